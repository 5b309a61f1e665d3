// Document intake in a real browser with JavaScript switched off: upload a letter of the 2014 kind, review the marked proposals,
// leave one out, accept, and find the records; every request goes to the server only; axe finds nothing on both pages.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { browserSkipReason, launchBrowser } from '../support/browser.ts';
import { startServer, tempDataDir, vigil } from '../support/cli.ts';
import { sessionForEmail } from '../support/session.ts';
import { seedLetters } from '../support/letters.ts';

// The real letter when the corpus is beside the project (always in CI), else the project's own letter of that kind.
const corpus = seedLetters().at(-1)!.file;
const skip = browserSkipReason();
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
type AxeResult = { violations: { id: string; nodes: unknown[] }[] };

describe('intake in a browser without JavaScript', { skip }, () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startServer>>;
  const env = { VIGIL_DATA_DIR: tempDataDir() };

  before(async () => {
    assert.equal(vigil(['demo'], env).code, 0);
    assert.equal(vigil(['user', 'add', '--email', 'researcher@example.org', '--role', 'researcher'], env).code, 0);
    server = await startServer(env);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('uploads the letter, reviews it and accepts it', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.addCookies([
      {
        name: 'vigil_session',
        value: await sessionForEmail(env, 'researcher@example.org'),
        url: server.url,
        httpOnly: true,
        sameSite: 'Strict',
      },
    ]);
    const page = await context.newPage();
    const hosts = new Set<string>();
    page.on('request', (r) => hosts.add(new URL(r.url()).host));

    await page.goto(`${server.url}/intake`);
    assert.equal(await page.locator('h1').innerText(), 'Read a document');
    await page.setInputFiles('#f-file', corpus);
    await page.fill('#f-date', '2014-12');
    await page.click('form[action="/intake"] button[type="submit"]');
    assert.match(new URL(page.url()).pathname, /^\/intake\/[0-9A-Z]{26}$/);
    const reviewUrl = page.url();

    // The document with its marked passages beside the proposals; the occasion and signatories are read.
    assert.ok((await page.locator('mark', { hasText: 'Vadim Kuramshin' }).count()) >= 1);
    assert.match(await page.locator('main').innerText(), /Visit to Kazakhstan \(2014-12-05 – 2014-12-06\)/);
    assert.equal(await page.locator('input[name^="signatories["][type="checkbox"]:checked').count(), 4);

    // Leave Nazarbayev out, rename the OSCE conference and tick it, accept.
    const nazarbayev = page
      .locator('.proposal', { has: page.locator('input[value="Nursultan Nazarbayev"]') })
      .locator('input[type="checkbox"]');
    await nazarbayev.uncheck();
    const conference = page.locator('input[name$="[title]"][value="OSCE conference in Warsaw"]');
    await conference.fill('OSCE human-dimension conference, Warsaw');
    // The conference has no date in the letter: the rules are unsure of it, so the reviewer ticks it.
    const conferenceBox = page.locator('.proposal', { has: conference }).locator('input[type="checkbox"]');
    assert.equal(await conferenceBox.isChecked(), false);
    await conferenceBox.check();
    await page.click('form[action^="/intake/"] button[type="submit"]');
    assert.equal(page.url(), reviewUrl);
    const done = await page.locator('[role="status"]').innerText();
    assert.match(done, /Accepted/);
    assert.match(done, /OSCE human-dimension conference, Warsaw/);
    assert.match(done, /Vladimir Kozlov/);
    assert.doesNotMatch(done, /Nazarbayev/);

    await page.locator('[role="status"] a', { hasText: 'OSCE human-dimension conference, Warsaw' }).click();
    assert.match(await page.locator('main').innerText(), /Open letter of|Francois Hollande|characters/);
    assert.deepEqual([...hosts], [new URL(server.url).host]);
    await context.close();
  });

  it('passes axe on the intake form and a review page', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    await context.addCookies([
      {
        name: 'vigil_session',
        value: await sessionForEmail(env, 'researcher@example.org'),
        url: server.url,
        httpOnly: true,
        sameSite: 'Strict',
      },
    ]);
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
    await page.goto(`${server.url}/intake`);
    await check('/intake');
    await page.locator('ul.records a').first().click();
    await check('review page');
    await context.close();
  });
});
