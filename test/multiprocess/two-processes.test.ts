// Several app processes on one PostgreSQL database, as behind a reverse proxy: two `vigil serve` processes (web and
// worker each) share a schema and a data folder; clients alternate between them. Concurrent signings of distinct
// addresses and of the same address must give exactly one signature per address, and the public count must come out
// exact once the confirmations (also sent to both processes, some twice at once) are counted.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { crashDb, DEMO_SLUG, kill, seed, serve, type Running } from '../crash/harness.ts';
import { PG_URL, REQUIRE_PG } from '../support/env.ts';

const skip = !PG_URL && !REQUIRE_PG ? 'PostgreSQL is not configured (VIGIL_TEST_PG_URL)' : false;

/** Runs `fn` over the items with at most `limit` at once. */
async function pool<T>(items: T[], limit: number, fn: (item: T, i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const i = next++;
        await fn(items[i]!, i);
      }
    }),
  );
}

/** Signs the demo appeal; returns the status. */
async function sign(url: string, email: string): Promise<number> {
  const res = await fetch(`${url}/api/v1/appeals/${DEMO_SLUG}/signatures`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Multi Signer', country: 'DE', email }),
  });
  await res.arrayBuffer();
  return res.status;
}

/** The confirmation links the outbox holds for an address (newest last). */
function linksFor(outbox: string, email: string): string[] {
  const out: string[] = [];
  for (const f of fs.existsSync(outbox) ? fs.readdirSync(outbox).sort() : []) {
    const text = fs
      .readFileSync(path.join(outbox, f), 'utf8')
      .replace(/=\r?\n/g, '')
      .replace(/=3D/g, '=');
    if (!text.includes(email)) continue;
    const m = /https?:\/\/\S+?(\/appeals\/[^/\s]+\/confirm\/[A-Za-z0-9_-]+)/.exec(text);
    if (m) out.push(m[1]!);
  }
  return out;
}

/** Waits until `check` returns true, polling. */
async function until(what: string, check: () => Promise<boolean> | boolean, ms = 60_000): Promise<void> {
  for (const t0 = Date.now(); !(await check()); await new Promise((r) => setTimeout(r, 200))) {
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
  }
}

describe('two app processes on one PostgreSQL database', { skip }, () => {
  it('signs and counts exactly with clients alternating between the processes', async () => {
    const db = await crashDb('postgres');
    const servers: Running[] = [];
    try {
      seed(db);
      const fast = { VIGIL_COUNT_INTERVAL_SECONDS: '1' };
      servers.push(await serve(db, fast), await serve(db, fast));
      const at = (i: number): string => servers[i % 2]!.url;

      // Distinct addresses, 40 at a time, alternating processes.
      const distinct = Array.from({ length: 120 }, (_, i) => `multi.${i}@example.org`);
      const statuses: number[] = [];
      await pool(distinct, 40, async (email, i) => void statuses.push(await sign(at(i), email)));
      // The same few addresses signed many times at once on both processes (with case and dots varied: one canonical address).
      const same = Array.from({ length: 8 }, (_, i) => `same.${i}@example.org`);
      const repeats = same.flatMap((e) => [e, e, e.toUpperCase(), e, e, e]);
      await pool(repeats, 48, async (email, i) => void statuses.push(await sign(at(i), email)));
      assert.deepEqual([...new Set(statuses)], [202]);

      const h = db.open();
      try {
        const rows = await sql<{
          email_hash: string;
          n: number | string;
        }>`select email_hash, count(*) as n from signatures group by email_hash`.execute(h.db);
        assert.equal(rows.rows.length, distinct.length + same.length, 'one signature per address');
        assert.ok(
          rows.rows.every((r) => Number(r.n) === 1),
          'no address signed twice',
        );

        // Confirm the distinct addresses through both processes, each link posted twice at once (once to each).
        const outbox = path.join(db.dir, 'outbox');
        await until('every confirmation mail', () => distinct.every((e) => linksFor(outbox, e).length === 1));
        await pool(distinct, 20, async (email) => {
          const link = linksFor(outbox, email)[0]!;
          const answers = await Promise.all(
            servers.map(async (s) => {
              const res = await fetch(`${s.url}${link}`, {
                method: 'POST',
                headers: { 'content-type': 'application/x-www-form-urlencoded' },
                body: '',
              });
              await res.arrayBuffer();
              return res.status;
            }),
          );
          assert.ok(answers.includes(200), `confirming ${email}: ${answers.join(', ')}`);
        });
        const confirmed = await sql<{
          n: number | string;
        }>`select count(*) as n from signatures where confirmed_at is not null`.execute(h.db);
        assert.equal(Number(confirmed.rows[0]!.n), distinct.length);
        // The count job runs in both workers; the stored count must be exact, whichever ran last.
        await until('the public count', async () => {
          const a = await sql<{
            signature_count: number | string;
          }>`select signature_count from appeals where slug = ${DEMO_SLUG}`.execute(h.db);
          return Number(a.rows[0]!.signature_count) === distinct.length;
        });
        const page = await (
          await fetch(`${at(1)}/appeals/${DEMO_SLUG}`, { headers: { 'accept-language': 'en' } })
        ).text();
        assert.match(page, new RegExp(`<strong>${distinct.length} people have signed`));
      } finally {
        await h.close();
      }
    } finally {
      await Promise.all(servers.map((s) => kill(s.child)));
      await db.cleanup();
    }
  });
});
