// Signing an appeal in a real browser with JavaScript off, against `vigil serve` with its worker in the same process:
// the form → "check your email" → the message in the outbox → its link's page → the button → the count rises (≤ 10 s).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { loadConfig } from '../../src/config.ts';
import { openDatabase, type DatabaseHandle } from '../../src/db/database.ts';
import { axeViolations } from '../support/axe.ts';
import { browserSkipReason, launchBrowser } from '../support/browser.ts';
import { startServer, tempDataDir } from '../support/cli.ts';

const skip = browserSkipReason();

/** Polls until `probe` returns a value, or fails after `ms`. */
async function waitFor<T>(what: string, ms: number, probe: () => Promise<T | undefined> | T | undefined): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

describe('signing an appeal in a browser without JavaScript', { skip }, () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startServer>>;
  let handle: DatabaseHandle;
  const dir = tempDataDir();
  const env = { VIGIL_DATA_DIR: dir, VIGIL_COUNT_INTERVAL_SECONDS: '1', VIGIL_WORKER_POLL_MS: '100' };
  const slug = 'free-the-defenders';

  before(async () => {
    server = await startServer(env);
    handle = openDatabase(loadConfig(env).database);
    const now = new Date().toISOString();
    await handle.db
      .insertInto('appeals')
      .values({
        id: '01JDSIGNBROWSER00000000000',
        slug,
        confidentiality: 'public',
        created_at: now,
        updated_at: now,
        created_by: 'system:test',
        title: 'Free the defenders before the state visit',
        status: 'published',
        occasion_event_id: null,
        deadline: null,
        letter_date: null,
        addressees: '[]',
        public_signing: 1,
        signing_paused: 0,
        counting_paused: 0,
        published_at: now,
        closed_at: null,
        annex_frozen: null,
        signature_count: 0,
        count_refreshed_at: null,
        deliveries: '[]',
        responses: '[]',
        outcomes: '[]',
      })
      .execute();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await handle?.close();
    await server?.stop();
  });

  it('signs with the form, confirms by the emailed link and its button, and sees the count rise', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const hosts = new Set<string>();
    page.on('request', (r) => hosts.add(new URL(r.url()).host));

    await page.goto(`${server.url}/appeals/${slug}/sign`);
    assert.equal(await page.locator('h1').innerText(), 'Sign this appeal');
    assert.equal(await page.locator('#sign-website').isVisible(), false, 'the trap field is hidden from people');
    await page.fill('#sign-name', 'Айгуль Example');
    await page.selectOption('#sign-country', 'KZ');
    await page.fill('#sign-email', 'aigul.example@example.org');
    await page.fill('#sign-comment', 'In solidarity');
    await page.check('#sign-show-name');
    await page.click('form.sign-form button[type="submit"]');
    assert.equal(new URL(page.url()).pathname, `/appeals/${slug}/sign/sent`);
    assert.equal(await page.locator('h1').innerText(), 'Check your email');

    const outboxDir = path.join(dir, 'outbox');
    const file = await waitFor('the confirmation message', 10_000, () =>
      fs.existsSync(outboxDir) ? fs.readdirSync(outboxDir).find((f) => f.endsWith('.eml')) : undefined,
    );
    const raw = fs.readFileSync(path.join(outboxDir, file), 'utf8').replace(/=\r?\n/g, '');
    const link = /(https?:\/\/[^\s]+\/appeals\/[^\s]+\/confirm\/[A-Za-z0-9_-]+)/.exec(raw)?.[1];
    assert.ok(link, raw);

    await page.goto(`${server.url}${new URL(link).pathname}`);
    assert.equal(await page.locator('h1').innerText(), 'Confirm your signature');
    const pending = await handle.db.selectFrom('signatures').select('status').executeTakeFirstOrThrow();
    assert.equal(pending.status, 'pending', 'opening the link alone confirms nothing');
    const confirmedAt = Date.now();
    await page.click('main form button[type="submit"]');
    assert.equal(await page.locator('h1').innerText(), 'Thank you');

    const count = await waitFor('the public count', 10_000, async () => {
      const row = await handle.db
        .selectFrom('appeals')
        .select('signature_count')
        .where('slug', '=', slug)
        .executeTakeFirstOrThrow();
      return Number(row.signature_count) === 1 ? 1 : undefined;
    });
    assert.equal(count, 1);
    assert.ok(Date.now() - confirmedAt <= 10_000, 'counted within ten seconds');
    assert.deepEqual([...hosts], [new URL(server.url).host], 'no request leaves the server');
    await context.close();
  });

  it('has no accessibility violations on the form, with its errors shown', async () => {
    // axe runs as a script, so this page has scripts on (the form itself was used with them off above).
    const context = await browser.newContext({ javaScriptEnabled: true, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${server.url}/appeals/${slug}/sign`);
    assert.deepEqual(await axeViolations(page), []);
    await page.fill('#sign-email', 'not an address');
    await page.click('form.sign-form button[type="submit"]');
    assert.equal(await page.locator('#sign-email-error').isVisible(), true);
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });
});
