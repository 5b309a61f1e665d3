// Signing in in a real browser with JavaScript switched off (Tor Browser's "Safest" level): password, forced TOTP
// enrolment with the QR code drawn on the server, recovery codes, then password + code; and an invitation from the CLI's
// outbox, checked with axe on every sign-in screen.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { authenticator } from 'otplib';
import type { Browser, Page } from 'playwright-core';
import { startServer, tempDataDir, vigil } from '../support/cli.ts';
import { browserSkipReason, launchBrowser } from '../support/browser.ts';

const skip = browserSkipReason();
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const PASSWORD = 'windows open onto the steppe';

type AxeResult = { violations: { id: string; nodes: unknown[] }[] };

/** The TOTP code `offsetMs` from now for a secret shown on the enrolment page. */
const code = (secret: string, offsetMs = 0) => authenticator.clone({ epoch: Date.now() + offsetMs }).generate(secret);

describe('signing in in a browser without JavaScript', { skip }, () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startServer>>;
  const env = { VIGIL_DATA_DIR: tempDataDir() };

  before(async () => {
    const added = vigil(
      ['user', 'add', '--email', 'lawyer@example.org', '--role', 'editor', '--password-stdin'],
      env,
      `${PASSWORD}\n`,
    );
    assert.equal(added.code, 0, added.stderr);
    server = await startServer(env);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Submits the form posting to `action`. */
  const submit = (page: Page, action: string) => page.click(`form[action="${action}"] button[type="submit"]`);

  it('signs in with a password, enrols TOTP, keeps the recovery codes, then signs in with password and code', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const hosts = new Set<string>();
    page.on('request', (r) => hosts.add(new URL(r.url()).host));

    await page.goto(`${server.url}/login`);
    await page.fill('#f-email', 'lawyer@example.org');
    await page.fill('#f-password', 'not the right one at all');
    await submit(page, '/login');
    assert.equal(await page.locator('#f-email[aria-invalid="true"]').count(), 1);
    await page.fill('#f-password', PASSWORD);
    await submit(page, '/login');
    assert.equal(new URL(page.url()).pathname, '/account/two-factor');
    assert.equal((await page.locator('.qr svg path').count()) > 0, true, 'the QR code is drawn inline');
    const secret = (await page.locator('#totp-secret').innerText()).replace(/\s/g, '');
    await page.goto(`${server.url}/edit`);
    assert.equal(new URL(page.url()).pathname, '/account/two-factor', 'nothing else until enrolment is done');

    await page.fill('#f-code', code(secret));
    await submit(page, '/account/two-factor');
    assert.equal(await page.locator('.recovery-codes li').count(), 10);
    await page.click('a[href="/edit"].button');
    assert.equal(await page.locator('h1').innerText(), 'Editing');
    const cookie = (await context.cookies()).find((c) => c.name === 'vigil_session');
    assert.ok(cookie?.httpOnly && cookie.sameSite === 'Strict');

    await submit(page, '/logout');
    assert.equal(new URL(page.url()).pathname, '/');
    await page.goto(`${server.url}/login`);
    await page.fill('#f-email', 'lawyer@example.org');
    await page.fill('#f-password', PASSWORD);
    await submit(page, '/login');
    assert.equal(new URL(page.url()).pathname, '/login/code');
    await page.fill('#f-code', code(secret, 30_000)); // the next step's code: the enrolment code is spent
    await submit(page, '/login/code');
    assert.equal(new URL(page.url()).pathname, '/edit');
    assert.equal(await page.locator('h1').innerText(), 'Editing');
    assert.deepEqual([...hosts], [new URL(server.url).host]);
    await context.close();
  });

  it('accepts an invitation from the outbox, and passes axe on every sign-in screen', async () => {
    const invited = vigil(['user', 'invite', '--email', 'researcher@example.org', '--role', 'researcher'], env);
    assert.equal(invited.code, 0, invited.stderr);
    const outbox = path.join(env.VIGIL_DATA_DIR, 'outbox');
    const eml = fs.readFileSync(path.join(outbox, fs.readdirSync(outbox)[0]!), 'utf8').replace(/=\r?\n/g, '');
    const link = /\/invite\/[A-Za-z0-9_-]{43}/.exec(eml)![0];

    // axe is injected as a script, so this context alone bypasses the CSP; the pages themselves are unchanged.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const check = async (what: string) => {
      await page.addScriptTag({ path: AXE });
      const result = await page.evaluate(() =>
        (globalThis as unknown as { axe: { run: () => Promise<AxeResult> } }).axe.run(),
      );
      assert.deepEqual(
        result.violations.map((v) => `${v.id} (${v.nodes.length})`),
        [],
        what,
      );
    };
    await page.goto(server.url + link);
    await check('invitation');
    await page.fill('#f-password', 'short');
    await page.fill('#f-confirm', 'short');
    await page.click('form button[type="submit"]');
    await check('invitation with an error');
    await page.fill('#f-password', PASSWORD);
    await page.fill('#f-confirm', PASSWORD);
    await page.click('form button[type="submit"]');
    assert.equal(new URL(page.url()).pathname, '/account/two-factor');
    await check('enrolment');
    const secret = (await page.locator('#totp-secret').innerText()).replace(/\s/g, '');
    await page.fill('#f-code', code(secret));
    await submit(page, '/account/two-factor');
    await check('recovery codes');
    await page.goto(`${server.url}/account`);
    await check('account');
    await submit(page, '/logout');
    await page.goto(`${server.url}/login`);
    await check('login');
    await page.fill('#f-email', 'researcher@example.org');
    await page.fill('#f-password', PASSWORD);
    await submit(page, '/login');
    assert.equal(new URL(page.url()).pathname, '/login/code');
    await check('code');
    await context.close();
  });
});
