// Editing in a real browser with JavaScript switched off (Tor Browser's "Safest" level): signed in, add a name, save, see it.
// Signing in itself is tested in login.test.ts; here the session is opened directly and put in the browser's cookie jar.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext } from 'playwright-core';
import { startServer, tempDataDir, vigil } from '../support/cli.ts';
import { browserSkipReason, launchBrowser } from '../support/browser.ts';
import { sessionForEmail } from '../support/session.ts';

const skip = browserSkipReason();
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

type AxeResult = { violations: { id: string; nodes: unknown[] }[] };

describe('the edit screens in a browser without JavaScript', { skip }, () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startServer>>;
  const env = { VIGIL_DATA_DIR: tempDataDir() };
  /** Signs the browser context in as the editor (a new session each time). */
  const signIn = async (context: BrowserContext) =>
    context.addCookies([
      {
        name: 'vigil_session',
        value: await sessionForEmail(env, 'editor@example.org'),
        url: server.url,
        httpOnly: true,
        sameSite: 'Strict',
      },
    ]);

  before(async () => {
    assert.equal(vigil(['demo'], env).code, 0);
    assert.equal(vigil(['user', 'add', '--email', 'editor@example.org', '--role', 'editor'], env).code, 0);
    server = await startServer(env);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('signed in, adds a Cyrillic alias to Roza Tuletayeva, saves, and shows it, with every request to the server only', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const hosts = new Set<string>();
    page.on('request', (r) => hosts.add(new URL(r.url()).host));

    await signIn(context);
    await page.goto(`${server.url}/edit`);
    assert.equal(new URL(page.url()).pathname, '/edit');
    assert.equal(await page.locator('h1').innerText(), 'Editing');

    // Open the record from the dashboard's form, by its slug.
    await page.selectOption('#open-type', 'persons');
    await page.fill('#open-id', 'roza-tuletayeva');
    await page.click('form[action="/edit/open"] button[type="submit"]');
    assert.equal(new URL(page.url()).pathname, '/edit/persons/roza-tuletayeva');
    const editUrl = page.url();
    assert.equal(await page.inputValue('#f-names-0-full'), 'Roza Tuletayeva');

    // The demo person has two names, so the form shows them and one empty row; "Add another name" adds a row without saving.
    const alias = 'Тулетаева Роза';
    await page.fill('#f-names-2-full', alias);
    await page.fill('#f-names-2-lang', 'ru');
    await page.selectOption('#f-names-2-kind', 'alias');
    await page.click('button[value="add:names"]');
    assert.equal(await page.inputValue('#f-names-2-full'), alias);
    assert.equal(await page.locator('#f-names-3-full').count(), 1);

    await page.locator('button[value="save"]').first().click();
    const shown = new URL(page.url()).pathname;
    assert.equal(shown, '/persons/roza-tuletayeva');
    const response = await page.goto(page.url());
    assert.equal(response?.status(), 200);
    assert.ok((await page.locator('main').innerText()).includes(alias), 'the new name is on the public page');
    await page.goto(editUrl);
    assert.equal(await page.inputValue('#f-names-2-kind'), 'alias');
    assert.equal(await page.inputValue('#f-names-2-script'), 'Cyrl');
    assert.deepEqual([...hosts], [new URL(server.url).host]);
    await context.close();
  });

  it('passes axe on the sign-in page, the dashboard, record forms and a form with errors', async () => {
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
    await page.goto(`${server.url}/login`);
    await check('/login');
    await signIn(context);
    for (const path of [
      '/edit',
      '/account',
      '/edit/cases/tuletayeva-zhanaozen',
      '/edit/persons/new',
      '/edit/sources/new',
    ]) {
      await page.goto(server.url + path);
      await check(path);
    }
    await page.goto(`${server.url}/edit/persons/new`);
    await page.fill('#f-birthDate', '1988-02-30');
    await page.locator('button[value="save"]').first().click();
    assert.equal(await page.locator('#f-birthDate[aria-invalid="true"]').count(), 1);
    await check('a form with errors');
    await context.close();
  });
});
