// Helpers shared by the benchmarks: result rows, percentiles, child processes (CLI runs with peak RSS, servers) and the table.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { isCurrent } from '../scripts/build.js';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const BIN = path.join(ROOT, 'bin', 'vigil.js');
export const BASELINE = path.join(import.meta.dirname, 'baseline-server.ts');
export const RESULTS = path.join(import.meta.dirname, 'results');
export const GNU_TIME = '/usr/bin/time';

/** Fails unless dist/ was built from the current sources: a benchmark of a stale build measures other code. */
export function assertBuilt(): void {
  if (!isCurrent()) throw new Error('dist/ is stale or missing: run `npm run build` first (npm run bench does)');
}

export interface Row {
  name: string;
  value: number;
  unit: string;
  baseline: number | null;
  ratio: number | null;
  target: string | null;
  met: boolean | null;
}

/** A target as written in PERFORMANCE.md: a comparison and a limit. */
export interface Target {
  op: '>=' | '<=' | '<';
  limit: number;
}

/** Builds a row; `ratio` is value / baseline, and `met` compares the value with the target. */
export function row(
  name: string,
  value: number,
  unit: string,
  opts: { baseline?: number | null; target?: Target; digits?: number } = {},
): Row {
  const digits = opts.digits ?? 2;
  const round = (x: number): number => Number(x.toFixed(digits));
  const baseline = opts.baseline ?? null;
  const t = opts.target;
  const met = t ? (t.op === '>=' ? value >= t.limit : t.op === '<=' ? value <= t.limit : value < t.limit) : null;
  return {
    name,
    value: round(value),
    unit,
    baseline: baseline === null ? null : round(baseline),
    ratio: baseline === null || baseline === 0 ? null : Number((value / baseline).toFixed(2)),
    target: t ? `${t.op} ${t.limit}` : null,
    met,
  };
}

/** The q-quantile (0..1) of a list of numbers, nearest-rank. */
export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

// ---------------------------------------------------------------------------------------------------------------
// Child processes.

/** True when GNU time is here and understands `-f %M -o FILE` (then it gives each child's peak RSS). */
export function gnuTimeWorks(): boolean {
  if (!fs.existsSync(GNU_TIME)) return false;
  const probe = path.join(os.tmpdir(), `vigil-bench-time-${process.pid}`);
  const r = spawnSync(GNU_TIME, ['-f', '%M', '-o', probe, process.execPath, '-e', ''], { stdio: 'ignore' });
  const ok = r.status === 0 && /^\d+\s*$/.test(fs.existsSync(probe) ? fs.readFileSync(probe, 'utf8') : '');
  fs.rmSync(probe, { force: true });
  return ok;
}
export const USE_GNU_TIME = gnuTimeWorks();

/** The peak resident set (VmHWM) of a running process in MB, from /proc; null where there is no /proc. */
export function vmHwmMb(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** The environment of a child: ours without any VIGIL_*, PORT or HOST setting, plus the given ones. */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env))
    if (!k.startsWith('VIGIL_') && k !== 'PORT' && k !== 'HOST') env[k] = v;
  return { ...env, ...extra };
}

/** The outcome of one measured CLI run. */
export interface Measured {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  peakRssMb: number | null;
}

/** Runs `node bin/vigil.js …args` to completion, measuring wall time and peak RSS (GNU time, else polling VmHWM). */
export async function measureCli(args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<Measured> {
  const rssFile = path.join(os.tmpdir(), `vigil-bench-rss-${process.pid}-${Date.now()}`);
  const [cmd, argv] = USE_GNU_TIME
    ? [GNU_TIME, ['-f', '%M', '-o', rssFile, process.execPath, BIN, ...args]]
    : [process.execPath, [BIN, ...args]];
  const start = performance.now();
  const child = spawn(cmd, argv, { env, cwd: os.tmpdir(), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout = (stdout + d.toString()).slice(-20_000)));
  child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-20_000)));
  let polled: number | null = null;
  const poll = USE_GNU_TIME ? undefined : setInterval(() => (polled = vmHwmMb(child.pid) ?? polled), 20);
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  const ms = performance.now() - start;
  clearTimeout(timer);
  if (poll) clearInterval(poll);
  let peakRssMb: number | null = polled;
  if (USE_GNU_TIME) {
    const text = fs.existsSync(rssFile) ? fs.readFileSync(rssFile, 'utf8') : '';
    const kb = /(\d+)\s*$/.exec(text.trim());
    peakRssMb = kb ? Number(kb[1]) / 1024 : null;
    fs.rmSync(rssFile, { force: true });
  }
  return { code, stdout, stderr, ms, peakRssMb };
}

/** Fails with the command's output when it did not exit 0. */
export function check(what: string, r: Measured): Measured {
  if (r.code !== 0) throw new Error(`${what} exited with ${r.code}:\n${r.stderr.slice(-2000)}${r.stdout.slice(-1000)}`);
  return r;
}

/** A server running in a child process. */
export interface Server {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Starts a server child (in `cwd`, where `--import tsx` must resolve) and resolves once it printed `"url":"http://…"` on stdout; its output keeps being drained. */
export async function startServer(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd = os.tmpdir(),
): Promise<Server> {
  const child = spawn(cmd, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let head = '';
  let listening = false;
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${head}`)), 60_000);
    const seen = (d: Buffer): void => {
      if (listening) return; // from here on the output (request logs) is only drained, not kept
      head = (head + d.toString()).slice(-20_000);
      const m = /"url":"(http:\/\/[^"]+)"/.exec(head);
      if (m) {
        listening = true;
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout.on('data', seen);
    child.stderr.on('data', seen);
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${head}`)));
  });
  return {
    url,
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.removeAllListeners('exit');
        child.on('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Measurements.

/** GETs a URL and reads the whole body; fails on anything but 200. */
export async function get(url: string): Promise<{ ms: number; body: string }> {
  const t0 = performance.now();
  const res = await fetch(url);
  const body = await res.text();
  const ms = performance.now() - t0;
  if (res.status !== 200) throw new Error(`GET ${url}: ${res.status} ${body.slice(0, 300)}`);
  return { ms, body };
}

/** Latencies (ms) of `n` sequential GETs of one path on two servers, interleaved so both see the same machine noise. */
export async function latencies(
  pathQuery: string,
  a: string,
  b: string,
  n: number,
  warmup: number,
): Promise<{ a: number[]; b: number[] }> {
  const out = { a: [] as number[], b: [] as number[] };
  for (let i = 0; i < warmup + n; i++) {
    const order: ('a' | 'b')[] = i % 2 === 0 ? ['a', 'b'] : ['b', 'a'];
    for (const which of order) {
      const { ms } = await get(`${which === 'a' ? a : b}${pathQuery}`);
      if (i >= warmup) out[which].push(ms);
    }
  }
  return out;
}

/** Offset of the first byte where two files differ, or -1 when they are identical. */
export function firstDifference(fileA: string, fileB: string): number {
  const fa = fs.openSync(fileA, 'r');
  const fb = fs.openSync(fileB, 'r');
  try {
    const size = 1 << 20;
    const ba = Buffer.alloc(size);
    const bb = Buffer.alloc(size);
    for (let pos = 0; ; pos += size) {
      const na = fs.readSync(fa, ba, 0, size, pos);
      const nb = fs.readSync(fb, bb, 0, size, pos);
      const n = Math.min(na, nb);
      for (let i = 0; i < n; i++) if (ba[i] !== bb[i]) return pos + i;
      if (na !== nb) return pos + n;
      if (na === 0) return -1;
    }
  } finally {
    fs.closeSync(fa);
    fs.closeSync(fb);
  }
}

/** Bytes around an offset of a file, for a readable "differs here" note. */
export function excerpt(file: string, at: number): string {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(160);
    const n = fs.readSync(fd, buf, 0, 160, Math.max(0, at - 80));
    return buf.subarray(0, n).toString('utf8');
  } finally {
    fs.closeSync(fd);
  }
}

export const fmt = (x: number): string => x.toLocaleString('en-US');

/** Prints the rows as an aligned table. */
export function printTable(rows: Row[]): void {
  const head = ['name', 'value', 'unit', 'baseline', 'ratio', 'target', 'met'];
  const cells = rows.map((r) => [
    r.name,
    fmt(r.value),
    r.unit,
    r.baseline === null ? '-' : fmt(r.baseline),
    r.ratio === null ? '-' : `${r.ratio}×`,
    r.target ?? '-',
    r.met === null ? '-' : r.met ? 'yes' : 'NO',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]): string =>
    c.map((x, i) => (i === 0 || i === 2 || i === 5 ? x.padEnd(widths[i]!) : x.padStart(widths[i]!))).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const c of cells) console.log(line(c));
}
