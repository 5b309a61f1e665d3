// What the browser tests of readers' pages share: one of each public page type on the sample register (with a
// confirmation link made by signing through the API), and the check that a page does not scroll sideways.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

/** The sample register's open appeal. */
export const APPEAL = '/appeals/hollande-kazakhstan-2014';

/** One of each public page type on the sample register (the confirmation page is added once a link exists). */
export const PUBLIC_PAGES = [
  '/',
  '/appeals',
  APPEAL,
  `${APPEAL}/sign`,
  `${APPEAL}/sign/sent`,
  '/cases',
  '/cases/kozlov-alga',
  '/persons',
  '/persons/roza-tuletayeva',
  '/organisations',
  '/organisations/alga',
  '/events',
  '/events/zhanaozen-shooting-2011',
  '/sources',
  '/sources/open-letter-hollande-kazakhstan-2014',
  '/calendar?month=2014-12',
  '/briefings',
  '/briefings/KZ?asOf=2014-12-04',
  '/search?q=Kozlov',
  '/login',
  '/api/docs',
];

/** Signs the sample appeal through the API and returns the path of the emailed confirmation page (read from the outbox). */
export async function confirmationPath(url: string, dataDir: string, email: string): Promise<string> {
  const res = await fetch(`${url}/api/v1${APPEAL}/signatures`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Reader', country: 'KZ', email, showName: false }),
  });
  if (res.status !== 202) throw new Error(`signing answered ${res.status}: ${await res.text()}`);
  const outbox = path.join(dataDir, 'outbox');
  const until = Date.now() + 15_000;
  while (Date.now() < until) {
    for (const f of fs.existsSync(outbox) ? fs.readdirSync(outbox) : []) {
      const raw = fs.readFileSync(path.join(outbox, f), 'utf8').replace(/=\r?\n/g, '');
      const link = /https?:\/\/[^\s/]+(\/appeals\/[^\s]+\/confirm\/[A-Za-z0-9_-]+)/.exec(raw)?.[1];
      if (link && raw.includes(email)) return link;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('no confirmation message in the outbox');
}

/** Opens a page and says how it overflows sideways ('' when it does not): widths and the first element past the edge. */
export async function sidewaysOverflow(page: Page, url: string): Promise<string> {
  const res = await page.goto(url);
  if (res?.status() !== 200) return `answered ${res?.status()}`;
  const { scroll, client, culprit } = await page.evaluate(() => {
    const root = document.documentElement;
    const over = Array.from(document.querySelectorAll('body *')).find(
      (e) => e.getBoundingClientRect().right > root.clientWidth + 1,
    );
    return {
      scroll: root.scrollWidth,
      client: root.clientWidth,
      culprit: over ? `${over.tagName.toLowerCase()}.${over.className}` : '',
    };
  });
  return scroll > client ? `${scroll} > ${client} (${culprit})` : '';
}
