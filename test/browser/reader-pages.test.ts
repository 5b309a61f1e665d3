// Public pages as first-time readers meet them, in Chromium: the appeal page opens with its count, progress line and sign
// form in the first screen on a desktop and on a phone; no public page scrolls sideways at 390 px, in English and
// Russian, with JavaScript off and on; a refused signature puts focus on a summary that links every field; and axe finds
// nothing. axe is a script: it runs in a context with scripts on, on the same pages the readers without script get.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from '../support/axe.ts';
import { browserSkipReason, launchBrowser } from '../support/browser.ts';
import { startServer, tempDataDir, vigil } from '../support/cli.ts';
import { APPEAL, confirmationPath, PUBLIC_PAGES, sidewaysOverflow } from '../support/reader-walk.ts';

const skip = browserSkipReason();

describe('public pages on a desktop and a phone', { skip }, () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startServer>>;
  let pages: string[];

  before(async () => {
    const dataDir = tempDataDir();
    const env = { VIGIL_DATA_DIR: dataDir };
    assert.equal(vigil(['demo'], env).code, 0);
    server = await startServer(env);
    browser = await launchBrowser();
    pages = [...PUBLIC_PAGES, await confirmationPath(server.url, dataDir, 'walker@example.org')];
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  const pageAt = async (width: number, height: number, js = false, locale = 'en-GB'): Promise<Page> => {
    const context = await browser.newContext({
      javaScriptEnabled: js,
      bypassCSP: js,
      locale,
      viewport: { width, height },
    });
    return context.newPage();
  };

  for (const [width, height] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    it(`shows the count, the progress line and the sign form in the first screen at ${width}×${height}`, async () => {
      const page = await pageAt(width, height);
      await page.goto(`${server.url}${APPEAL}`);
      for (const selector of ['.signing .count', '#sign-progress', 'form.sign-form']) {
        const box = await page.locator(selector).boundingBox();
        assert.ok(box, `${selector} is shown`);
        assert.ok(
          box.y + Math.min(box.height, 40) <= height,
          `${selector} starts at ${Math.round(box.y)} px, below the ${height} px screen`,
        );
      }
      const form = await page.locator('form.sign-form').boundingBox();
      const annex = await page.locator('#annex-h').boundingBox();
      assert.ok(form && annex && annex.y > form.y, 'the annex follows the form');
      await page.context().close();
    });
  }

  // Two pages at a time: each language and script setting walks every public page type.
  for (const [locale, js] of [
    ['en-GB', false],
    ['ru-RU', false],
    ['en-GB', true],
    ['ru-RU', true],
  ] as const) {
    it(
      `has no public page scrolling sideways at 390 px (${locale}, JavaScript ${js ? 'on' : 'off'})`,
      { timeout: 300_000 },
      async () => {
        const tabs = [await pageAt(390, 844, js, locale), await pageAt(390, 844, js, locale)];
        const wide: string[] = [];
        await Promise.all(
          tabs.map(async (tab, k) => {
            for (const p of pages.filter((_, n) => n % tabs.length === k)) {
              const problem = await sidewaysOverflow(tab, `${server.url}${p}`);
              if (problem) wide.push(`${p}: ${problem}`);
            }
          }),
        );
        assert.deepEqual(wide, []);
        await Promise.all(tabs.map((tab) => tab.context().close()));
      },
    );
  }

  it(
    'on a refused signature, titles the page as an error and moves focus to a summary that links and marks each refused field',
    { timeout: 180_000 },
    async () => {
      for (const js of [false, true]) {
        const page = await pageAt(390, 844, js);
        await page.goto(`${server.url}${APPEAL}`);
        await Promise.all([
          page.waitForURL(`**${APPEAL}/sign`, { waitUntil: 'domcontentloaded' }),
          page.click('form.sign-form button[type="submit"]'),
        ]);
        await page.locator('#sign-errors').waitFor();
        assert.match(
          await page.title(),
          /^Error: /,
          `JavaScript ${js ? 'on' : 'off'}: the title says there is an error`,
        );
        assert.equal(
          await page.evaluate(() => document.activeElement?.id),
          'sign-errors',
          `JavaScript ${js ? 'on' : 'off'}: focus is on the summary`,
        );
        const first = await page.locator('form.sign-form > *').first().getAttribute('id');
        assert.equal(first, 'sign-errors', 'the summary is first in the form');
        const links = await page.locator('#sign-errors a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        assert.deepEqual(links, ['#sign-name', '#sign-country', '#sign-email']);
        for (const id of ['sign-name', 'sign-country', 'sign-email']) {
          assert.equal(await page.locator(`#${id}`).getAttribute('aria-invalid'), 'true', id);
          assert.match(
            (await page.locator(`#${id}`).getAttribute('aria-describedby')) ?? '',
            new RegExp(`${id}-error`),
            id,
          );
        }
        if (js) assert.deepEqual(await axeViolations(page), []);
        await page.context().close();
      }
    },
  );

  // The appeal page is checked in every language by reader-languages.test.ts.
  it(
    'the briefing, the home page and a confirmation page are clean for axe at 390 px',
    { timeout: 180_000 },
    async () => {
      const page = await pageAt(390, 844, true);
      for (const p of ['/briefings/KZ?asOf=2014-12-04', '/', pages[pages.length - 1]!]) {
        await page.goto(`${server.url}${p}`);
        assert.deepEqual(await axeViolations(page), [], p);
      }
      await page.context().close();
    },
  );
});
