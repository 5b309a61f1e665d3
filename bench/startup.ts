// Start-up cost of the `vigil` command, against `node -e 0` measured in the same run (so a busy machine slows both):
// CPU time (user + system, from GNU time) of `vigil --help`, `vigil --version` and `vigil migrate --status`, and the wall
// time from spawning `vigil serve` on a small database (the demo register) to its first 200 on /healthz.
//
//   npm run bench:startup                    # 9 runs each (medians), the built dist/ through bin/vigil.js
//   node --import tsx bench/startup.ts --runs 5 --bin /elsewhere/bin/vigil.js   # another checkout, e.g. before a change
//
// Results go to bench/results/startup-<time>.json and as a table to stdout.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { assertBuilt, BIN, childEnv, GNU_TIME, percentile, RESULTS, row, type Row } from './lib.ts';

/** Median CPU seconds (user + system) of `node args…` over `runs` runs; fails when a run exits non-zero. */
export function cpuSeconds(args: string[], env: NodeJS.ProcessEnv, runs: number): number[] {
  const out = path.join(os.tmpdir(), `vigil-startup-${process.pid}`);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(GNU_TIME, ['-f', '%U %S', '-o', out, process.execPath, ...args], {
      env,
      cwd: os.tmpdir(),
      encoding: 'utf8',
      timeout: 120_000,
    });
    if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${r.status}: ${r.stderr}`);
    const [user, sys] = fs.readFileSync(out, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
    samples.push(user! + sys!);
  }
  fs.rmSync(out, { force: true });
  return samples;
}

/** CPU seconds (user + system) a running process has used so far, from /proc; null where there is no /proc. */
function processCpuSeconds(pid: number | undefined): number | null {
  try {
    // Fields after the command name (which is in parentheses and may hold spaces): utime and stime are the 12th and 13th.
    const fields = fs
      .readFileSync(`/proc/${pid}/stat`, 'utf8')
      .replace(/^.*\) /s, '')
      .split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // clock ticks, 100 a second on Linux
  } catch {
    return null;
  }
}

/** Wall milliseconds and CPU seconds from spawning `vigil serve` to its first 200 on /healthz; the server is stopped afterwards. */
export async function coldStart(bin: string, env: NodeJS.ProcessEnv): Promise<{ ms: number; cpu: number | null }> {
  const started = performance.now();
  const child = spawn(process.execPath, [bin, 'serve'], {
    env: { ...env, PORT: '0', HOST: '127.0.0.1', VIGIL_LOG_LEVEL: 'info' },
    cwd: os.tmpdir(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let buf = '';
      const timer = setTimeout(() => reject(new Error(`vigil serve did not start: ${buf}`)), 60_000);
      child.stdout.on('data', (d: Buffer) => {
        buf += d.toString();
        const m = /"url":"(http:\/\/[^"]+)"/.exec(buf);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
      child.stderr.on('data', (d: Buffer) => (buf += d.toString()));
      child.on('exit', (code) => reject(new Error(`vigil serve exited with ${code}: ${buf}`)));
    });
    for (;;) {
      const res = await fetch(`${url}/healthz`).catch(() => null);
      if (res?.status === 200) return { ms: performance.now() - started, cpu: processCpuSeconds(child.pid) };
      await new Promise((r) => setTimeout(r, 5));
    }
  } finally {
    child.removeAllListeners('exit');
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
}

const median = (xs: number[]) => percentile(xs, 0.5);

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const runs = Number(opt('--runs') ?? 9);
  const bin = path.resolve(opt('--bin') ?? BIN);
  if (!fs.existsSync(GNU_TIME)) throw new Error(`${GNU_TIME} is needed to measure CPU time`);
  // The default bin runs dist/: measuring a stale build would measure other code than the sources say.
  if (bin === BIN) assertBuilt();

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-startup-'));
  const env = childEnv({ VIGIL_DATA_DIR: dir, VIGIL_LOG_LEVEL: 'warn' });
  try {
    const demo = spawnSync(process.execPath, [bin, 'demo'], {
      env,
      cwd: os.tmpdir(),
      encoding: 'utf8',
      timeout: 300_000,
    });
    if (demo.status !== 0) throw new Error(`vigil demo failed: ${demo.stderr}`);

    // Older versions had no --version: measured only where it exists, so that a checkout from before can be compared.
    const hasVersion =
      spawnSync(process.execPath, [bin, '--version'], { env, cwd: os.tmpdir(), stdio: 'ignore', timeout: 60_000 })
        .status === 0;
    // Interleaved, so that a change in the machine's load falls on every command alike.
    const samples: Record<string, number[]> = { node: [], help: [], version: [], status: [] };
    for (let i = 0; i < runs; i++) {
      samples.node!.push(...cpuSeconds(['-e', '0'], env, 1));
      samples.help!.push(...cpuSeconds([bin, '--help'], env, 1));
      if (hasVersion) samples.version!.push(...cpuSeconds([bin, '--version'], env, 1));
      samples.status!.push(...cpuSeconds([bin, 'migrate', '--status'], env, 1));
    }
    const serve: number[] = [];
    const serveCpu: number[] = [];
    for (let i = 0; i < Math.max(3, Math.ceil(runs / 2)); i++) {
      const r = await coldStart(bin, env);
      serve.push(r.ms);
      if (r.cpu !== null) serveCpu.push(r.cpu);
    }

    const node = median(samples.node!);
    const rows: Row[] = [
      row('node -e 0 (CPU)', node * 1000, 'ms', { digits: 0 }),
      row('vigil --help (CPU)', median(samples.help!) * 1000, 'ms', { baseline: node * 1000, digits: 0 }),
      ...(hasVersion
        ? [row('vigil --version (CPU)', median(samples.version!) * 1000, 'ms', { baseline: node * 1000, digits: 0 })]
        : []),
      row('vigil migrate --status (CPU)', median(samples.status!) * 1000, 'ms', { baseline: node * 1000, digits: 0 }),
      row('vigil serve to first /healthz 200 (wall)', median(serve), 'ms', {
        target: { op: '<=', limit: 1000 },
        digits: 0,
      }),
      // The wall time depends on what else the machine runs; the CPU the server used until then does much less.
      ...(serveCpu.length > 0
        ? [
            row('vigil serve to first /healthz 200 (CPU)', median(serveCpu) * 1000, 'ms', {
              baseline: node * 1000,
              digits: 0,
            }),
          ]
        : []),
    ];
    // The ratio targets compare with node -e 0, so they are checked on the ratio rather than the value.
    const ratioTargets: Record<string, number> = { 'vigil --help (CPU)': 4, 'vigil migrate --status (CPU)': 6 };
    for (const r of rows) {
      const limit = ratioTargets[r.name];
      if (limit !== undefined && r.ratio !== null)
        Object.assign(r, { target: `ratio <= ${limit}`, met: r.ratio <= limit });
    }

    const when = new Date().toISOString();
    const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'} ×${os.availableParallelism()}, load ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}, Node ${process.version}`;
    process.stdout.write(`start-up, ${runs} runs, medians — ${when} — ${machine} — ${bin}\n`);
    for (const r of rows) {
      process.stdout.write(
        `${r.name.padEnd(42)} ${String(r.value).padStart(6)} ${r.unit}${r.ratio === null ? '' : `  ${r.ratio}×`}${r.target ? `  target ${r.target}: ${r.met ? 'met' : 'NOT met'}` : ''}\n`,
      );
    }
    fs.mkdirSync(RESULTS, { recursive: true });
    fs.writeFileSync(
      path.join(RESULTS, `startup-${when.replace(/[:.]/g, '-')}.json`),
      `${JSON.stringify({ when, machine, bin, runs, rows, samples, serve, serveCpu }, null, 2)}\n`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.filename === process.argv[1]) await main();
