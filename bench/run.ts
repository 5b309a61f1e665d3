// The benchmark suite (targets in shared/design/PERFORMANCE.md): `npm run bench` (100,000 cases) or
// `npm run bench -- --quick` (2,000 cases, smaller search sets, 2-second load rounds). Generates a synthetic register, then
// measures in separate child processes: `vigil import` (Vigil JSON, and a CSV spreadsheet in csv-import.ts) and
// `vigil export --out` (wall time and peak RSS), list latency
// of `vigil serve` against a bare Fastify baseline, the HTTP figures of http.ts (sign-on, appeal page, counter, limiter,
// cold start) and search and duplicates (search.ts), each with its baseline in the same run. Prints a table and writes
// bench/results/latest.json.
//
// Options: --quick, --n N (persons = cases), --seed S, --requests R (per endpoint, default 300, quick 100),
// --search-docs N (default 1,000,000, quick 20,000), --persons N (duplicates, default 100,000, quick 5,000),
// --csv-rows N (spreadsheet import, default 20,000, quick 500), --keep. A run whose register holds 1,000,000 records or
// more (--n 400000) also writes bench/results/full.json, with its notes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { generate, type Generated } from './generate.ts';
import { benchCsvImport } from './csv-import.ts';
import { benchHttp } from './http.ts';
import { benchSearch } from './search.ts';
import {
  assertBuilt,
  BASELINE,
  BIN,
  check,
  childEnv,
  excerpt,
  firstDifference,
  fmt,
  get,
  GNU_TIME,
  latencies,
  measureCli,
  percentile,
  printTable,
  RESULTS,
  ROOT,
  row,
  startServer,
  USE_GNU_TIME,
  vmHwmMb,
  type Row,
  type Server,
} from './lib.ts';

async function main(): Promise<void> {
  assertBuilt();
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      n: { type: 'string' },
      seed: { type: 'string', default: '1' },
      requests: { type: 'string' },
      keep: { type: 'boolean', default: false },
      'search-docs': { type: 'string' },
      persons: { type: 'string' },
      'csv-rows': { type: 'string' },
    },
  });
  const n = Number(values.n ?? (values.quick ? 2_000 : 100_000));
  const seed = Number(values.seed);
  const requests = Number(values.requests ?? (values.quick ? 100 : 300));
  const timeoutMs = values.quick ? 10 * 60_000 : 120 * 60_000;
  const notes: string[] = [];
  const rows: Row[] = [];
  const started = performance.now();
  let records = 0;
  const log = (s: string): void =>
    void process.stderr.write(`bench: [${((performance.now() - started) / 1000).toFixed(0)} s] ${s}\n`);

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-bench-'));
  const dataDir = path.join(tmp, 'data');
  const env = childEnv({ VIGIL_DATA_DIR: dataDir, VIGIL_LOG_LEVEL: 'warn' });
  try {
    // The register.
    log(`generating ${fmt(n)} persons/cases in ${tmp}`);
    const t0 = performance.now();
    const gen: Generated = generate(path.join(tmp, 'register.json'), n, seed);
    records = gen.records;
    notes.push(
      `data: ${fmt(gen.records)} records (${Object.entries(gen.counts)
        .map(([k, v]) => `${fmt(v)} ${k}`)
        .join(', ')}), ` +
        `${(gen.bytes / 1e6).toFixed(1)} MB, generated in ${((performance.now() - t0) / 1000).toFixed(1)} s (seed ${seed})`,
    );

    // An empty, migrated database; then the bare cost of starting the CLI, which every CLI figure below includes.
    check('vigil migrate', await measureCli(['migrate'], env, timeoutMs));
    const starts: number[] = [];
    for (let i = 0; i < 2; i++)
      starts.push(check('vigil migrate --status', await measureCli(['migrate', '--status'], env, timeoutMs)).ms);
    const startup = Math.min(...starts);
    rows.push(row('cli start-up (migrate --status)', startup, 'ms', { digits: 0 }));

    // (a) import.
    log('import');
    const imp = check('vigil import', await measureCli(['import', gen.file], env, timeoutMs));
    if (!/imported:/.test(imp.stdout)) throw new Error(`vigil import printed no summary: ${imp.stdout}`);
    rows.push(
      row('import rate', gen.records / (imp.ms / 1000), 'records/s', {
        target: { op: '>=', limit: 20_000 },
        digits: 0,
      }),
    );
    if (imp.peakRssMb !== null)
      rows.push(row('import peak RSS', imp.peakRssMb, 'MB', { target: { op: '<', limit: 300 }, digits: 1 }));
    notes.push(
      `import: ${(imp.ms / 1000).toFixed(1)} s wall for ${fmt(gen.records)} records ` +
        `(${fmt(Math.round(gen.records / Math.max(0.001, (imp.ms - startup) / 1000)))} records/s without CLI start-up)`,
    );

    // (a') spreadsheet import (bench/csv-import.ts), into a database of its own.
    const csvRows = values['csv-rows'] ? Number(values['csv-rows']) : values.quick ? 500 : 20_000;
    const ci = await benchCsvImport({ tmp, rows: csvRows, seed, timeoutMs, log });
    rows.push(...ci.rows);
    notes.push(...ci.notes);

    // (b) export.
    log('export');
    const exported = path.join(tmp, 'export.json');
    const exp = check('vigil export', await measureCli(['export', '--out', exported], env, timeoutMs));
    rows.push(
      row('export rate', gen.records / (exp.ms / 1000), 'records/s', {
        target: { op: '>=', limit: 50_000 },
        digits: 0,
      }),
    );
    if (exp.peakRssMb !== null)
      rows.push(row('export peak RSS', exp.peakRssMb, 'MB', { target: { op: '<', limit: 300 }, digits: 1 }));
    notes.push(
      `export: ${(exp.ms / 1000).toFixed(1)} s wall (${fmt(Math.round(gen.records / Math.max(0.001, (exp.ms - startup) / 1000)))} records/s without CLI start-up)`,
    );
    const diff = firstDifference(gen.file, exported);
    notes.push(
      diff === -1
        ? 'round trip: the export is byte-identical to the generated file'
        : `round trip: the export differs from the generated file at byte ${diff}:\n  generated: ${excerpt(gen.file, diff)}\n  exported:  ${excerpt(exported, diff)}`,
    );
    fs.rmSync(exported, { force: true });

    // (c) API list latency against a bare Fastify server answering with a same-size JSON body.
    log(`API latency (${requests} requests per endpoint and server)`);
    const paths = {
      cases: '/api/v1/cases?country=KZ&limit=50',
      persons: `/api/v1/persons?q=${encodeURIComponent(gen.commonSurname)}`,
    };
    const vigil = await startServer(
      process.execPath,
      [BIN, 'serve'],
      childEnv({ VIGIL_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', VIGIL_LOG_LEVEL: 'info' }),
    );
    let baseline: Server | undefined;
    try {
      const bodies: Record<string, string> = {};
      for (const [name, pq] of Object.entries(paths)) {
        const { body } = await get(`${vigil.url}${pq}`);
        const count = (JSON.parse(body) as { data: unknown[] }).data.length;
        bodies[pq.split('?')[0]!] = body;
        notes.push(
          `GET ${decodeURIComponent(pq)}: ${count} records, ${(Buffer.byteLength(body) / 1024).toFixed(1)} KB per response (${name})`,
        );
      }
      const bodiesFile = path.join(tmp, 'bodies.json');
      fs.writeFileSync(bodiesFile, JSON.stringify(bodies));
      baseline = await startServer(
        process.execPath,
        ['--import', 'tsx', BASELINE],
        childEnv({ BENCH_BODIES_FILE: bodiesFile, PORT: '0' }),
        ROOT,
      );
      for (const [name, pq] of Object.entries(paths)) {
        const l = await latencies(pq, vigil.url, baseline.url, requests, 20);
        for (const q of [0.5, 0.95] as const) {
          const label = q === 0.5 ? 'p50' : 'p95';
          rows.push(
            row(`GET ${name} list ${label}`, percentile(l.a, q), 'ms', {
              baseline: percentile(l.b, q),
              ...(q === 0.95 ? { target: { op: '<=' as const, limit: 50 } } : {}),
            }),
          );
        }
      }
      const serveRss = vmHwmMb(vigil.child.pid);
      if (serveRss !== null)
        rows.push(
          row('serve peak RSS (after the requests)', serveRss, 'MB', {
            baseline: vmHwmMb(baseline.child.pid),
            target: { op: '<', limit: 300 },
            digits: 1,
          }),
        );
    } finally {
      await Promise.all([vigil.stop(), baseline?.stop()]);
    }

    // (d) The HTTP measurements (sign-on, appeal page, counter, limiter, cold start) on the same database plus the demo appeal.
    check('vigil demo', await measureCli(['demo'], env, timeoutMs));
    const http = await benchHttp({ dataDir, tmp, quick: values.quick, log });
    rows.push(...http.rows);
    notes.push(...http.notes);
    notes.push(
      `cold start: on the imported database (${fmt(gen.records)} records plus the demo register); a 1,000,000-record database needs --n 400000`,
    );

    // (e) Search latency and duplicate candidates (bench/search.ts), on their own generated data.
    const sr = await benchSearch({
      quick: values.quick,
      seed,
      log,
      ...(values['search-docs'] ? { docs: Number(values['search-docs']) } : values.quick ? { docs: 20_000 } : {}),
      ...(values.persons ? { persons: Number(values.persons) } : values.quick ? { persons: 5_000 } : {}),
    });
    rows.push(...sr.rows);
    notes.push(...sr.notes);

    notes.push(
      `peak RSS measured with ${USE_GNU_TIME ? `${GNU_TIME} -f %M (max RSS of the child)` : '/proc/<pid>/status VmHWM polled every 20 ms'}` +
        '; serve RSS is VmHWM from /proc. CLI times are wall time from spawn to exit, so they include start-up.',
    );
    notes.push(
      `machine: ${os.availableParallelism()} cores, node ${process.version}, ${os.platform()} ${os.release()}, ` +
        `load average ${os
          .loadavg()
          .map((x) => x.toFixed(2))
          .join(' ')}, ${new Date().toISOString()}`,
    );
  } finally {
    if (values.keep) log(`kept ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  }

  console.log(`\nVigil benchmarks (${values.quick ? 'quick' : values.n ? 'custom' : 'full'}, n = ${fmt(n)})\n`);
  printTable(rows);
  console.log('');
  for (const note of notes) console.log(`- ${note}`);
  fs.mkdirSync(RESULTS, { recursive: true });
  fs.writeFileSync(path.join(RESULTS, 'latest.json'), `${JSON.stringify(rows, null, 2)}\n`);
  console.log(`\nwritten: ${path.relative(process.cwd(), path.join(RESULTS, 'latest.json'))}`);
  // A run at full size (a register of 1,000,000 records or more) is kept apart, with its notes (machine, load, date).
  if (!values.quick && records >= 1_000_000) {
    fs.writeFileSync(path.join(RESULTS, 'full.json'), `${JSON.stringify({ n, records, rows, notes }, null, 2)}\n`);
    console.log(`written: ${path.relative(process.cwd(), path.join(RESULTS, 'full.json'))}`);
  }
}

await main();
