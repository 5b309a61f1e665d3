// Readers in each interface language (en, ru, fr, kk), on a desktop and a phone: the page is in the reader's language,
// names are in the form for it, the appeal's sign form is in the first screen, chart text and the map's legend are
// drawn at 14 px or more, axe finds nothing, and a set of pages does not scroll sideways in French and Kazakh with
// JavaScript off or on. axe and the measures run as scripts, so those contexts have scripts on.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from '../support/axe.ts';
import { browserSkipReason, launchBrowser } from '../support/browser.ts';
import { startServer, tempDataDir, vigil } from '../support/cli.ts';
import { APPEAL, sidewaysOverflow } from '../support/reader-walk.ts';

const skip = browserSkipReason();

const LANGS = { en: 'en-GB', ru: 'ru-RU', fr: 'fr-FR', kk: 'kk-KZ' } as const;
/** The heading of a person's and an organisation's page: the name stored for the language, else the one in its script. */
const NAMES: Record<keyof typeof LANGS, [string, string]> = {
  en: ['Roza Tuletayeva', 'Alga'],
  fr: ['Roza Tuletayeva', 'Alga'],
  ru: ['Роза Тулетаева', 'Алга'],
  kk: ['Роза Тулетаева', 'Алга'],
};
const SUBSET = [
  '/',
  APPEAL,
  '/cases/kozlov-alga',
  '/persons/roza-tuletayeva',
  '/calendar?month=2014-12',
  '/briefings/KZ?asOf=2014-12-04',
];

/** Chart text and map legend entries drawn smaller than 14 px on the page as it is now. */
async function smallText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const small: string[] = [];
    for (const svg of Array.from(document.querySelectorAll<SVGSVGElement>('svg.chart'))) {
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      for (const t of Array.from(svg.querySelectorAll('text'))) {
        const px = parseFloat(getComputedStyle(t).fontSize) * scale;
        if (px < 14) small.push(`${t.textContent ?? ''}: ${px.toFixed(1)} px`);
      }
    }
    for (const li of Array.from(document.querySelectorAll('.map-legend li'))) {
      const px = parseFloat(getComputedStyle(li).fontSize);
      if (px < 14 || li.getBoundingClientRect().right > document.documentElement.clientWidth)
        small.push(`legend ${li.textContent ?? ''}: ${px} px`);
    }
    return small;
  });
}

describe('readers in every language', { skip }, () => {
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

  const open = async (locale: string, width: number, height: number, js = true): Promise<Page> => {
    const context = await browser.newContext({
      javaScriptEnabled: js,
      bypassCSP: js,
      locale,
      viewport: { width, height },
    });
    return context.newPage();
  };

  for (const [lang, locale] of Object.entries(LANGS) as [keyof typeof LANGS, string][]) {
    for (const [width, height] of [
      [1280, 800],
      [390, 844],
    ] as const) {
      it(
        `${lang} at ${width}×${height}: the reader's language and names, the sign form in the first screen, legible charts, axe clean`,
        { timeout: 180_000 },
        async () => {
          const page = await open(locale, width, height);
          await page.goto(`${server.url}${APPEAL}`);
          assert.equal(await page.getAttribute('html', 'lang'), lang);
          const form = await page.locator('form.sign-form').boundingBox();
          assert.ok(
            form && form.y + 40 <= height,
            `the sign form starts at ${Math.round(form?.y ?? -1)} px, below the ${height} px screen`,
          );
          // axe once per language and width, on the appeal page at a phone's width and on a person's page on a desktop.
          if (width === 390) assert.deepEqual(await axeViolations(page), [], `${lang} ${APPEAL}`);

          const [person, organisation] = NAMES[lang];
          await page.goto(`${server.url}/persons/roza-tuletayeva`);
          assert.equal((await page.locator('h1').innerText()).trim(), person);
          if (width === 1280) assert.deepEqual(await axeViolations(page), [], `${lang} person page`);
          if (width === 1280) {
            await page.goto(`${server.url}/organisations/alga`);
            assert.equal((await page.locator('h1').innerText()).trim(), organisation);
          }

          for (const p of ['/', '/briefings/KZ?asOf=2014-12-04']) {
            await page.goto(`${server.url}${p}`);
            assert.deepEqual(await smallText(page), [], `${lang} ${p}: text under 14 px`);
          }
          await page.context().close();
        },
      );
    }
  }

  for (const lang of ['fr', 'kk'] as const) {
    it(
      `${lang}: a page of each kind does not scroll sideways at 390 px, JavaScript off or on`,
      { timeout: 180_000 },
      async () => {
        const wide: string[] = [];
        for (const js of [false, true]) {
          const page = await open(LANGS[lang], 390, 844, js);
          for (const p of SUBSET) {
            const problem = await sidewaysOverflow(page, `${server.url}${p}`);
            if (problem) wide.push(`${p} (JavaScript ${js ? 'on' : 'off'}): ${problem}`);
          }
          await page.context().close();
        }
        assert.deepEqual(wide, []);
      },
    );
  }
});
