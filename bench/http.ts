// The HTTP measurements of PERFORMANCE.md, each against its baseline in the same run: public sign-on throughput (every
// 202 durable) against a bare Fastify JSON POST handler, the cost of the rate limiter when on but not reached, the
// public appeal page against @fastify/static serving a file of the same size, counter freshness (confirmed signature →
// public count) and cold start to the first 200 on /healthz. Vigil runs as `vigil serve` (web and worker) in a child
// process on 127.0.0.1; the load comes from autocannon in this process, so the server has the other core to itself.
//
// All load comes from one address, so the measured server runs with its per-address and per-appeal signing limits off
// (VIGIL_SIGN_IP_LIMIT=0, VIGIL_SIGN_APPEAL_LIMIT=0); a second server with limits far above the load measures what the
// limiter itself costs.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { BASELINE, BIN, childEnv, fmt, ROOT, row, startServer, type Row, type Server } from './lib.ts';

export const DEMO_SLUG = 'hollande-kazakhstan-2014';

/** What one HTTP benchmark run needs: a data dir holding a migrated database with the demo appeal. */
export interface HttpBenchOptions {
  dataDir: string;
  tmp: string;
  quick: boolean;
  log: (s: string) => void;
}

/** A free TCP port on 127.0.0.1. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/** Waits until GET url answers 200; returns the time it took from `since`. */
async function firstOk(url: string, since: number, timeoutMs: number, alive: () => boolean): Promise<number> {
  for (;;) {
    if (!alive()) throw new Error(`the server exited before answering ${url}`);
    try {
      const res = await fetch(url);
      await res.arrayBuffer();
      if (res.status === 200) return performance.now() - since;
    } catch {
      // not listening yet
    }
    if (performance.now() - since > timeoutMs) throw new Error(`no 200 from ${url} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Starts `vigil serve` on a free port and resolves once /healthz answers 200, with the time that took. */
export async function startVigil(
  dataDir: string,
  extra: Record<string, string> = {},
): Promise<Server & { startMs: number }> {
  const port = await freePort();
  const env = childEnv({
    VIGIL_DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    VIGIL_LOG_LEVEL: 'info',
    ...extra,
  });
  const t0 = performance.now();
  // cwd: the project, whose tsconfig tells tsx how to compile the views' JSX.
  const child = spawn(process.execPath, [BIN, 'serve'], { env, cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  let startMs: number;
  try {
    startMs = await firstOk(`${url}/healthz`, t0, 60_000, () => child.exitCode === null);
  } catch (e) {
    child.kill('SIGKILL');
    throw new Error(`${(e as Error).message}\n${err}`);
  }
  return {
    url,
    child,
    startMs,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.on('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** The result of one autocannon run that matters here. */
interface Load {
  ok: number;
  errors: number;
  rate: number;
  p50: number;
  p99: number;
}

/** Runs autocannon against url for `seconds`; with `sign`, every request is a signing with a distinct email. */
async function load(url: string, seconds: number, opts: { sign?: { prefix: string } } = {}): Promise<Load> {
  let n = 0;
  const common = { url, connections: 32, duration: seconds };
  const result = opts.sign
    ? await autocannon({
        ...common,
        requests: [
          {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            setupRequest: (req) => ({
              ...req,
              body: JSON.stringify({
                name: `Signer ${n}`,
                country: 'FR',
                email: `${opts.sign!.prefix}.${n++}@example.org`,
                showName: n % 2 === 0,
              }),
            }),
          },
        ],
      })
    : await autocannon({ ...common, method: 'GET' });
  const ok = result['2xx'];
  return {
    ok,
    errors: result.non2xx + result.errors + result.timeouts,
    rate: ok / seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
}

/**
 * Runs each load in turn, `rounds` times over, in reverse order every other round (a server's worker is still writing
 * the mails of its last round while the next load runs, so no load may always come right after the same one); merges
 * each one's rounds (rates averaged, worst p99).
 */
async function alternate(rounds: number, runs: (() => Promise<Load>)[]): Promise<Load[]> {
  const all: Load[][] = runs.map(() => []);
  for (let r = 0; r < rounds; r++) {
    const order = runs.map((_, i) => (r % 2 === 0 ? i : runs.length - 1 - i));
    for (const i of order) all[i]!.push(await runs[i]!());
  }
  return all.map((ls) => ({
    ok: ls.reduce((a, l) => a + l.ok, 0),
    errors: ls.reduce((a, l) => a + l.errors, 0),
    rate: ls.reduce((a, l) => a + l.rate, 0) / ls.length,
    p50: ls.reduce((a, l) => a + l.p50, 0) / ls.length,
    p99: Math.max(...ls.map((l) => l.p99)),
  }));
}

/** Rows of signatures of an appeal in the SQLite database of a data dir (read after the server stopped). */
function storedSignatures(dataDir: string): number {
  const db = new Database(path.join(dataDir, 'vigil.db'), { readonly: true });
  try {
    return (db.prepare('select count(*) as n from signatures').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/** The public count the appeal page shows (0 for "no one has signed yet"). */
async function publicCount(url: string): Promise<number> {
  const res = await fetch(`${url}/appeals/${DEMO_SLUG}?lang=en`, { headers: { 'accept-language': 'en' } });
  const html = await res.text();
  const m = /class="count">\s*<strong>([^<]*)</.exec(html);
  if (!m) throw new Error(`the appeal page shows no count (${res.status}): ${html.slice(0, 500)}`);
  const digits = m[1]!.replace(/[^\d]/g, '');
  return digits === '' ? 0 : Number(digits);
}

/** Signs with one new address, confirms by the emailed link, and times how long until the public page counts it. */
async function counterFreshness(url: string, dataDir: string, i: number): Promise<number> {
  const outbox = path.join(dataDir, 'outbox');
  const before = new Set(fs.existsSync(outbox) ? fs.readdirSync(outbox) : []);
  const email = `fresh.${process.pid}.${i}@example.org`;
  const res = await fetch(`${url}/api/v1/appeals/${DEMO_SLUG}/signatures`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Fresh Signer', country: 'FR', email }),
  });
  if (res.status !== 202) throw new Error(`signing answered ${res.status}: ${await res.text()}`);
  let link: string | undefined;
  for (const t0 = performance.now(); !link; await new Promise((r) => setTimeout(r, 50))) {
    if (performance.now() - t0 > 30_000) throw new Error('no confirmation mail within 30 s');
    for (const f of fs.existsSync(outbox) ? fs.readdirSync(outbox) : []) {
      if (before.has(f)) continue;
      // The body may be quoted-printable: undo soft line breaks and =3D before looking for the link.
      const text = fs
        .readFileSync(path.join(outbox, f), 'utf8')
        .replace(/=\r?\n/g, '')
        .replace(/=3D/g, '=');
      if (!text.includes(email)) continue;
      link = /https?:\/\/\S+\/confirm\/[A-Za-z0-9_-]+/.exec(text)?.[0];
    }
  }
  const confirmPath = new URL(link).pathname;
  const start = await publicCount(url);
  const confirmed = await fetch(`${url}${confirmPath}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: '',
  });
  await confirmed.text();
  if (confirmed.status !== 200) throw new Error(`confirming answered ${confirmed.status}`);
  const t0 = performance.now();
  for (;;) {
    if ((await publicCount(url)) > start) return (performance.now() - t0) / 1000;
    if (performance.now() - t0 > 60_000) throw new Error('the public count did not change within 60 s');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Runs the HTTP measurements; returns rows and notes for the table. */
export async function benchHttp(opts: HttpBenchOptions): Promise<{ rows: Row[]; notes: string[] }> {
  const { dataDir, tmp, quick, log } = opts;
  // Alternating short rounds put the servers under the same machine noise (the machine may be shared).
  const rounds = quick ? 2 : 4;
  const seconds = quick ? 2 : 5;
  const rows: Row[] = [];
  const notes: string[] = [];
  const limitsOff = { VIGIL_SIGN_IP_LIMIT: '0', VIGIL_SIGN_APPEAL_LIMIT: '0' };
  const limitsHigh = { VIGIL_SIGN_IP_LIMIT: '1000000000', VIGIL_SIGN_APPEAL_LIMIT: '1000000000' };

  // Cold start on the database as the import left it (before any signing), against the bare server's start.
  log('cold start');
  const coldStarts: number[] = [];
  for (let i = 0; i < 3; i++) {
    const s = await startVigil(dataDir, limitsOff);
    coldStarts.push(s.startMs);
    await s.stop();
  }
  const b0 = performance.now();
  const bare = await startServer(process.execPath, ['--import', 'tsx', BASELINE], childEnv({ PORT: '0' }), ROOT);
  await (
    await fetch(`${bare.url}/api/v1/appeals/x/signatures`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    })
  ).text();
  const bareStart = performance.now() - b0;
  await bare.stop();
  rows.push(
    row('cold start to first 200 on /healthz', Math.min(...coldStarts) / 1000, 's', {
      baseline: bareStart / 1000,
      target: { op: '<', limit: 2 },
    }),
  );

  // The limiter-cost server runs on a copy of the database, so that both can run and be measured in alternation.
  const limitedDir = path.join(tmp, 'data-limited');
  fs.cpSync(dataDir, limitedDir, { recursive: true });
  const vigil = await startVigil(dataDir, limitsOff);
  let limited: Server | undefined;
  let baseline: Server | undefined;
  try {
    // Counter freshness first, on a quiet worker (the load below queues thousands of confirmation mails).
    log('counter freshness');
    const fresh: number[] = [];
    for (let i = 0; i < (quick ? 1 : 3); i++) fresh.push(await counterFreshness(vigil.url, dataDir, i));
    rows.push(
      row('counter freshness (confirmed → public count)', Math.max(...fresh), 's', { target: { op: '<=', limit: 10 } }),
    );
    notes.push(
      `counter freshness: ${fresh.map((x) => x.toFixed(2)).join(', ')} s (worst shown); the count is refreshed by the worker every 5 s (VIGIL_COUNT_INTERVAL_SECONDS) in one UPDATE, never +1 per signature`,
    );

    // The public appeal page against @fastify/static serving a file of the same size.
    const page = await (await fetch(`${vigil.url}/appeals/${DEMO_SLUG}`)).text();
    const pageFile = path.join(tmp, 'appeal-page.html');
    fs.writeFileSync(pageFile, page);
    baseline = await startServer(
      process.execPath,
      ['--import', 'tsx', BASELINE],
      childEnv({ PORT: '0', BENCH_STATIC_FILE: pageFile }),
      ROOT,
    );
    limited = await startVigil(limitedDir, limitsHigh);
    const base = baseline;
    log(`appeal page (${rounds} rounds of ${seconds} s each)`);
    const [pageBase, pageVigil] = await alternate(rounds, [
      () => load(`${base.url}/static/appeal-page.html`, seconds),
      () => load(`${vigil.url}/appeals/${DEMO_SLUG}`, seconds),
    ]);
    rows.push(
      row('appeal page', pageVigil!.rate, 'req/s', {
        baseline: pageBase!.rate,
        target: { op: '>=', limit: 8000 },
        digits: 0,
      }),
    );
    rows.push(
      row('appeal page / static file', pageVigil!.rate / Math.max(1, pageBase!.rate), 'ratio', {
        target: { op: '>=', limit: 0.5 },
      }),
    );
    notes.push(
      `appeal page: ${(Buffer.byteLength(page) / 1024).toFixed(1)} KB of HTML; ${pageVigil!.errors} errors, p99 ${pageVigil!.p99} ms (static ${pageBase!.p99} ms)`,
    );

    // Public sign-on: distinct emails, every 202 must be durable (checked below by counting the stored rows); the
    // limiter's own cost: the same load with limits on, far above what one address sends.
    log(`public sign-on (${rounds} rounds of ${seconds} s each: bare POST, limits off, limits on)`);
    let round = 0;
    const lim = limited;
    // Warm-up, not measured: the limits-on server has served nothing yet (cold JIT, modules loaded on first use).
    for (const [url, prefix] of [
      [base.url, 'warm-bare'],
      [vigil.url, 'warm-off'],
      [lim.url, 'warm-on'],
    ] as const) {
      await load(`${url}/api/v1/appeals/${url === base.url ? 'x' : DEMO_SLUG}/signatures`, 1, { sign: { prefix } });
    }
    const [signBase, signVigil, signLimited] = await alternate(rounds, [
      () => load(`${base.url}/api/v1/appeals/x/signatures`, seconds, { sign: { prefix: `bare${round++}` } }),
      () => load(`${vigil.url}/api/v1/appeals/${DEMO_SLUG}/signatures`, seconds, { sign: { prefix: `off${round++}` } }),
      () => load(`${lim.url}/api/v1/appeals/${DEMO_SLUG}/signatures`, seconds, { sign: { prefix: `on${round++}` } }),
    ]);
    rows.push(
      row('public sign-on (accepted, durable)', signVigil!.rate, 'signatures/s', {
        baseline: signBase!.rate,
        target: { op: '>=', limit: 3000 },
        digits: 0,
      }),
    );
    rows.push(
      row('public sign-on / bare JSON POST', signVigil!.rate / Math.max(1, signBase!.rate), 'ratio', {
        target: { op: '>=', limit: 0.4 },
      }),
    );
    rows.push(
      row('public sign-on p99', signVigil!.p99, 'ms', { baseline: signBase!.p99, target: { op: '<', limit: 50 } }),
    );
    rows.push(
      row('sign-on, limits on (not reached)', signLimited!.rate, 'signatures/s', {
        baseline: signVigil!.rate,
        digits: 0,
      }),
    );
    notes.push(
      `sign-on: ${fmt(signVigil!.ok)} accepted, ${signVigil!.errors} errors, p50 ${signVigil!.p50} ms (bare POST: ${fmt(signBase!.ok)}, p50 ${signBase!.p50} ms); 32 connections`,
    );
    notes.push(
      `limiter cost: with VIGIL_SIGN_IP_LIMIT and VIGIL_SIGN_APPEAL_LIMIT at 10^9 the rate is ${(signLimited!.rate / Math.max(1, signVigil!.rate)).toFixed(2)}× the rate with limits off (${signLimited!.errors} errors)`,
    );
    await Promise.all([vigil.stop(), limited.stop()]);
    const stored = storedSignatures(dataDir) + storedSignatures(limitedDir);
    const accepted = signVigil!.ok + signLimited!.ok + fresh.length;
    notes.push(
      `durability: ${fmt(accepted)} signings answered 202, ${fmt(stored)} signature rows stored after the servers stopped` +
        (stored >= accepted ? '' : ' — MISSING ROWS'),
    );
    if (stored < accepted) throw new Error(`only ${stored} of ${accepted} accepted signatures were stored`);
  } finally {
    await Promise.all([vigil.stop(), limited?.stop(), baseline?.stop()]);
  }
  return { rows, notes };
}
