// A focused run of the two hot HTTP paths, for working on them without the whole suite: public sign-on against the
// bare JSON POST and the appeal page against @fastify/static, in alternating rounds, on a fresh demo register. With
// --profile DIR the Vigil server runs under `node --cpu-prof` and leaves its CPU profile there; --top N prints the
// N costliest functions of that profile (self time). With --other BIN (another checkout's bin/vigil.js, built), that
// version runs too on its own copy of the register, in the same alternating rounds: before/after on equal noise.
// --role split runs `vigil serve --role web` and, beside it, `vigil serve --role worker` (which writes the mails).
//
//   node --import tsx bench/signon.ts [--seconds 5] [--rounds 2] [--profile DIR] [--top 30] [--role all|web|split] [--only sign|page] [--other BIN]
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { DEMO_SLUG } from './http.ts';
import { assertBuilt, BASELINE, BIN, childEnv, measureCli, ROOT, startServer, type Server } from './lib.ts';

interface Load {
  ok: number;
  errors: number;
  rate: number;
  p50: number;
  p99: number;
  cpuUs: number;
}

/** CPU time (user + system, µs) a process has used so far, from /proc (0 where there is none). */
function cpuUsOf(pid: number | undefined): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1e6) / 100; // utime and stime, in clock ticks of 1/100 s
  } catch {
    return 0;
  }
}

/**
 * One load on a server, with the server's CPU time per answered request (µs): unlike the rate, this hardly depends on how
 * busy the machine is (though a crowded machine inflates it too), so it helps compare runs made under different loads.
 */
async function measured(
  server: Server,
  pids: (number | undefined)[],
  url: string,
  seconds: number,
  sign?: string,
): Promise<Load> {
  const cpu = (): number => {
    let total = cpuUsOf(server.child.pid);
    for (const p of pids) total += cpuUsOf(p);
    return total;
  };
  const before = cpu();
  const l = await load(url, seconds, sign);
  return { ...l, cpuUs: l.ok > 0 ? (cpu() - before) / l.ok : 0 };
}

async function load(url: string, seconds: number, sign?: string): Promise<Load> {
  let n = 0;
  const common = { url, connections: 32, duration: seconds };
  const r = sign
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
                email: `${sign}.${n++}@example.org`,
                showName: n % 2 === 0,
              }),
            }),
          },
        ],
      })
    : await autocannon({ ...common, method: 'GET' });
  return {
    ok: r['2xx'],
    errors: r.non2xx + r.errors + r.timeouts,
    rate: r['2xx'] / seconds,
    p50: r.latency.p50,
    p99: r.latency.p99,
    cpuUs: 0,
  };
}

/** Self time per function of a .cpuprofile, as shares of all samples. */
function topOfProfile(file: string, n: number): string[] {
  const prof = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
    samples: number[];
  };
  const byId = new Map(prof.nodes.map((x) => [x.id, x]));
  const self = new Map<string, number>();
  for (const id of prof.samples) {
    const f = byId.get(id)!.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*node_modules\//, '~/').replace(/^file:\/\/.*\/dist\//, 'dist/')}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + 1);
  }
  const total = prof.samples.length;
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${((100 * v) / total).toFixed(1).padStart(5)} %  ${k}`);
}

async function main(): Promise<void> {
  assertBuilt();
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '5' },
      rounds: { type: 'string', default: '2' },
      profile: { type: 'string' },
      top: { type: 'string', default: '30' },
      role: { type: 'string', default: 'all' },
      only: { type: 'string' },
      other: { type: 'string' },
    },
  });
  const seconds = Number(values.seconds);
  const rounds = Number(values.rounds);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-signon-'));
  const dataDir = path.join(tmp, 'data');
  const env = childEnv({ VIGIL_DATA_DIR: dataDir, VIGIL_LOG_LEVEL: 'warn' });
  let vigil: Server | undefined;
  let base: Server | undefined;
  let other: Server | undefined;
  let worker: ChildProcess | undefined;
  const split = values.role === 'split';
  const role = split ? 'web' : values.role!;
  try {
    for (const args of [['migrate'], ['demo']]) {
      const r = await measureCli(args, env, 120_000);
      if (r.code !== 0) throw new Error(`vigil ${args.join(' ')}: ${r.stderr}`);
    }
    const otherDir = path.join(tmp, 'data-other');
    if (values.other) fs.cpSync(dataDir, otherDir, { recursive: true });
    const profDir = values.profile ? path.resolve(values.profile) : undefined;
    const nodeArgs = profDir ? ['--cpu-prof', '--cpu-prof-dir', profDir] : [];
    if (split) {
      worker = spawn(process.execPath, [BIN, 'serve', '--role', 'worker'], {
        env: childEnv({ VIGIL_DATA_DIR: dataDir, VIGIL_LOG_LEVEL: 'warn' }),
        cwd: ROOT,
        stdio: 'ignore',
      });
    }
    vigil = await startServer(
      process.execPath,
      [...nodeArgs, BIN, 'serve', '--role', role],
      childEnv({
        VIGIL_DATA_DIR: dataDir,
        PORT: '0',
        HOST: '127.0.0.1',
        VIGIL_LOG_LEVEL: 'info',
        VIGIL_SIGN_IP_LIMIT: '0',
        VIGIL_SIGN_APPEAL_LIMIT: '0',
      }),
      ROOT,
    );
    if (values.other) {
      other = await startServer(
        process.execPath,
        [path.resolve(values.other), 'serve', '--role', role],
        childEnv({
          VIGIL_DATA_DIR: otherDir,
          PORT: '0',
          HOST: '127.0.0.1',
          VIGIL_LOG_LEVEL: 'info',
          VIGIL_SIGN_IP_LIMIT: '0',
          VIGIL_SIGN_APPEAL_LIMIT: '0',
        }),
        path.dirname(path.dirname(path.resolve(values.other))),
      );
    }
    const o = other;
    const page = await (await fetch(`${vigil.url}/appeals/${DEMO_SLUG}`)).text();
    const pageFile = path.join(tmp, 'appeal-page.html');
    fs.writeFileSync(pageFile, page);
    base = await startServer(
      process.execPath,
      ['--import', 'tsx', BASELINE],
      childEnv({ PORT: '0', BENCH_STATIC_FILE: pageFile }),
      ROOT,
    );
    const v = vigil;
    const b = base;
    await load(`${v.url}/api/v1/appeals/${DEMO_SLUG}/signatures`, 1, 'warm');
    await load(`${v.url}/appeals/${DEMO_SLUG}`, 1);
    await load(`${b.url}/api/v1/appeals/x/signatures`, 1, 'warm');
    if (o) {
      await load(`${o.url}/api/v1/appeals/${DEMO_SLUG}/signatures`, 1, 'warm');
      await load(`${o.url}/appeals/${DEMO_SLUG}`, 1);
    }
    const res: Record<string, Load[]> = { bare: [], sign: [], static: [], page: [], signOther: [], pageOther: [] };
    for (let r = 0; r < rounds; r++) {
      if (values.only !== 'page') {
        // Under --profile the bare rounds are left out, so that the profile covers the signing load only.
        if (!profDir)
          res.bare!.push(await measured(b, [], `${b.url}/api/v1/appeals/x/signatures`, seconds, `bare${r}`));
        res.sign!.push(
          await measured(v, [worker?.pid], `${v.url}/api/v1/appeals/${DEMO_SLUG}/signatures`, seconds, `s${r}`),
        );
        if (o)
          res.signOther!.push(
            await measured(o, [], `${o.url}/api/v1/appeals/${DEMO_SLUG}/signatures`, seconds, `o${r}`),
          );
      }
      if (values.only !== 'sign') {
        res.static!.push(await measured(b, [], `${b.url}/static/appeal-page.html`, seconds));
        res.page!.push(await measured(v, [], `${v.url}/appeals/${DEMO_SLUG}`, seconds));
        if (o) res.pageOther!.push(await measured(o, [], `${o.url}/appeals/${DEMO_SLUG}`, seconds));
      }
    }
    const avg = (ls: Load[]): Load => ({
      ok: ls.reduce((a, l) => a + l.ok, 0),
      errors: ls.reduce((a, l) => a + l.errors, 0),
      rate: ls.reduce((a, l) => a + l.rate, 0) / ls.length,
      p50: ls.reduce((a, l) => a + l.p50, 0) / ls.length,
      p99: Math.max(...ls.map((l) => l.p99)),
      cpuUs:
        ls.reduce((a, l) => a + l.cpuUs * l.ok, 0) /
        Math.max(
          1,
          ls.reduce((a, l) => a + l.ok, 0),
        ),
    });
    const line = (name: string, l: Load): string =>
      `${name.padEnd(8)} ${l.rate.toFixed(0).padStart(6)}/s  p50 ${l.p50.toFixed(1)} ms  p99 ${l.p99} ms  errors ${l.errors}  server CPU ${l.cpuUs.toFixed(0)} µs/request`;
    if (res.sign!.length) {
      const s = avg(res.sign!);
      console.log(line('sign', s));
      if (res.bare!.length) {
        const bb = avg(res.bare!);
        console.log(line('bare', bb));
        console.log(`sign-on / bare POST: ${(s.rate / bb.rate).toFixed(3)}`);
        if (res.signOther!.length)
          console.log(
            `${line('other', avg(res.signOther!))}  ratio ${(avg(res.signOther!).rate / bb.rate).toFixed(3)}`,
          );
      }
    }
    if (res.page!.length) {
      const p = avg(res.page!);
      const st = avg(res.static!);
      console.log(line('static', st));
      console.log(line('page', p));
      console.log(`page / static: ${(p.rate / st.rate).toFixed(3)}`);
      if (res.pageOther!.length)
        console.log(`${line('other', avg(res.pageOther!))}  ratio ${(avg(res.pageOther!).rate / st.rate).toFixed(3)}`);
    }
    console.log(
      `load average ${os
        .loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}, ${new Date().toISOString()}`,
    );
    await v.stop();
    vigil = undefined;
    if (profDir) {
      const files = fs
        .readdirSync(profDir)
        .filter((f) => f.endsWith('.cpuprofile'))
        .map((f) => path.join(profDir, f))
        .sort((x, y) => fs.statSync(y).mtimeMs - fs.statSync(x).mtimeMs);
      if (files[0]) {
        console.log(`\nprofile ${files[0]} (self time):`);
        for (const l of topOfProfile(files[0], Number(values.top))) console.log(l);
      }
    }
  } finally {
    const w = worker;
    const workerStopped = w && w.exitCode === null ? new Promise((resolve) => w.once('exit', resolve)) : undefined;
    w?.kill('SIGTERM');
    await Promise.all([vigil?.stop(), base?.stop(), other?.stop(), workerStopped]);
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
