// Import and export rates of the transfer commands on each dialect, in process (no CLI start-up): imports a generated
// register into a fresh database (a fresh schema on PostgreSQL, from VIGIL_TEST_PG_URL), exports it again and checks
// the round trip. `node --import tsx bench/transfer-dialects.ts --n 2000 [--dialect sqlite|postgres]`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { exportJson } from '../src/commands/transfer/export-json.ts';
import { importJson } from '../src/commands/transfer/import-json.ts';
import { testCtx, testDb } from '../test/support/db.ts';
import { generate } from './generate.ts';
import { firstDifference } from './lib.ts';

const { values } = parseArgs({ options: { n: { type: 'string', default: '2000' }, dialect: { type: 'string' } } });
const n = Number(values.n);
const dialects = values.dialect ? [values.dialect as 'sqlite' | 'postgres'] : (['sqlite', 'postgres'] as const);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-transfer-'));
try {
  const gen = generate(path.join(tmp, 'register.json'), n, 1);
  for (const dialect of dialects) {
    const t = await testDb(dialect);
    try {
      const ctx = testCtx(t);
      const cpu = (since: NodeJS.CpuUsage) => {
        const u = process.cpuUsage(since);
        return (u.user + u.system) / 1e6;
      };
      let c0 = process.cpuUsage();
      let t0 = performance.now();
      await importJson(ctx, fs.createReadStream(gen.file));
      const imp = (performance.now() - t0) / 1000;
      const impCpu = cpu(c0);
      c0 = process.cpuUsage();
      const out = path.join(tmp, `export-${dialect}.json`);
      const stream = fs.createWriteStream(out);
      t0 = performance.now();
      await exportJson(ctx, stream);
      await new Promise<void>((resolve, reject) => stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
      const exp = (performance.now() - t0) / 1000;
      const expCpu = cpu(c0);
      const same = firstDifference(gen.file, out) === -1;
      console.log(
        `${dialect}: ${gen.records} records; import ${imp.toFixed(2)} s (${Math.round(gen.records / imp)} records/s; ` +
          `${impCpu.toFixed(2)} s of this process's CPU), export ${exp.toFixed(2)} s (${Math.round(gen.records / exp)} records/s; ${expCpu.toFixed(2)} s CPU), round trip ${same ? 'byte-identical' : 'DIFFERS'}; ` +
          `load ${os
            .loadavg()
            .map((x) => x.toFixed(2))
            .join(' ')}, ${new Date().toISOString()}`,
      );
    } finally {
      await t.cleanup();
    }
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
