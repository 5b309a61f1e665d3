// The public register in Chromium with JavaScript off, as a reader on Tor Browser's "Safest" level would see it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations } from '../support/axe.ts';
import { browserSkipReason, launchBrowser } from '../support/browser.ts';
import { startServer, tempDataDir, vigil } from '../support/cli.ts';

const skip = browserSkipReason();
const ARTIFACTS = path.resolve(import.meta.dirname, '../../test-artifacts');

describe('the register in a browser without JavaScript', { skip }, () => {
  let browser: Browser;
  let context: BrowserContext;
  let server: Awaited<ReturnType<typeof startServer>>;
  const hosts = new Set<string>();

  before(async () => {
    const env = { VIGIL_DATA_DIR: tempDataDir() };
    assert.equal(vigil(['demo'], env).code, 0);
    server = await startServer(env);
    browser = await launchBrowser();
    context = await browser.newContext({ javaScriptEnabled: false, locale: 'en-GB' });
    context.on('request', (r) => hosts.add(new URL(r.url()).host));
    fs.mkdirSync(ARTIFACTS, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  const open = async (page: Page, pathname: string) => {
    const res = await page.goto(`${server.url}${pathname}`);
    assert.equal(res?.status(), 200, pathname);
    return res!;
  };

  it('browses to the cases in Kazakhstan, filters, and opens a case', async () => {
    const page = await context.newPage();
    await open(page, '/');
    await page.getByRole('link', { name: 'Cases', exact: true }).first().click();
    await page.getByLabel('Country').selectOption('KZ');
    await page.getByLabel('Status').selectOption('serving_sentence');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    assert.match(page.url(), /country=KZ/);
    const results = page.locator('ol.records > li');
    assert.ok((await results.count()) >= 3);
    await page
      .getByRole('link', { name: /Kozlov/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    assert.match(await page.locator('main').innerText(), /7 years 6 months/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'case.png'), fullPage: true });
    await page.close();
  });

  it('shows a person page in Russian after choosing Русский', async () => {
    const page = await context.newPage();
    await open(page, '/persons/roza-tuletayeva');
    await page.getByRole('link', { name: 'Русский' }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'ru');
    assert.match(await page.locator('main').innerText(), /Тулетаева/);
    await open(page, '/cases');
    assert.equal(await page.locator('html').getAttribute('lang'), 'ru', 'the choice persists');
    await page.screenshot({ path: path.join(ARTIFACTS, 'person-ru.png'), fullPage: true });
    await page.close();
    await context.clearCookies();
  });

  it('makes no request to any other host', () => {
    assert.deepEqual([...hosts], [new URL(server.url).host]);
  });

  it('has no accessibility violations on any page type', async () => {
    const axeContext = await browser.newContext({ bypassCSP: true });
    const page = await axeContext.newPage();
    const pages = [
      '/',
      '/cases?country=KZ',
      '/cases/',
      '/persons',
      '/persons/roza-tuletayeva',
      '/organisations',
      '/events',
      '/sources',
      '/login',
      '/no-such-page',
    ];
    const firstOf = async (list: string) => {
      await page.goto(`${server.url}${list}`);
      return page.locator(`ol.records a[href^="${list}/"]`).first().getAttribute('href');
    };
    pages.push((await firstOf('/organisations'))!, (await firstOf('/events'))!, (await firstOf('/sources'))!);
    pages[2] = (await firstOf('/cases'))!;
    const problems: string[] = [];
    for (const p of pages) {
      await page.goto(`${server.url}${p}`);
      for (const v of await axeViolations(page))
        problems.push(`${p}: ${v.id} (${v.impact}) ${v.help} at ${v.targets.join(', ')}`);
    }
    await page.goto(`${server.url}/`);
    await page.screenshot({ path: path.join(ARTIFACTS, 'home.png'), fullPage: true });
    await axeContext.close();
    assert.deepEqual(problems, []);
  });
});
