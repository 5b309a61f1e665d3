// The calendar, an occasion's page and a country briefing in Chromium with JavaScript off, checked with axe-core.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { axeViolations } from '../support/axe.ts';
import { browserSkipReason, launchBrowser } from '../support/browser.ts';
import { startServer, tempDataDir, vigil } from '../support/cli.ts';

const skip = browserSkipReason();

describe('the calendar and briefings in a browser without JavaScript', { skip }, () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startServer>>;

  before(async () => {
    const env = { VIGIL_DATA_DIR: tempDataDir() };
    assert.equal(vigil(['demo'], env).code, 0);
    server = await startServer(env);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('filters the calendar to a month and a country, and opens the visit and the briefing', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${server.url}/calendar?month=2014-12`);
    await page.getByLabel('Country').selectOption('FR');
    await page.getByRole('button', { name: 'Show' }).click();
    assert.match(page.url(), /country=FR/);
    const grid = await page.locator('table.month').innerText();
    assert.match(grid, /French President's state visit to Kazakhstan/);
    assert.doesNotMatch(grid, /Zhanaozen/, 'the anniversary concerns Kazakhstan only');
    await page
      .locator('table.month')
      .getByRole('link', { name: /state visit/ })
      .first()
      .click();
    const main = await page.locator('main').innerText();
    assert.match(main, /Raise human rights during your visit to Kazakhstan/, 'the appeal timed to the visit');
    assert.match(main, /Asia\/Almaty/);
    await page.getByRole('link', { name: 'Kazakhstan', exact: true }).click();
    await page.getByLabel('As of').fill('2014-12-01');
    await page.getByRole('button', { name: 'Show' }).click();
    assert.match(await page.locator('main').innerText(), /Vadim Kuramshin[\s\S]*12 years/);
    await context.close();
  });

  it('has no accessibility violations on the calendar, an occasion, the briefing', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const p of [
      '/calendar?month=2014-12',
      '/events/hollande-visit-kazakhstan-2014',
      '/briefings/KZ?asOf=2014-12-01',
    ]) {
      await page.goto(`${server.url}${p}`);
      for (const v of await axeViolations(page))
        problems.push(`${p}: ${v.id} (${v.impact}) ${v.help} at ${v.targets.join(', ')}`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
});
