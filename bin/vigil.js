#!/usr/bin/env node
// The `vigil` command: runs the bundled CLI in dist/bundle/ (built by `npm run build`, which `npm install` runs too).
// A few bundled files compiled ahead of time start in a fraction of the time that resolving and reading the ~1,300 modules
// they hold would take, let alone compiling TypeScript at run time. `vigil serve` starts its job worker in a thread
// running this same file, which then hands over to the worker's side instead of parsing arguments.
import fs from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const entry = new URL('../dist/bundle/vigil.js', import.meta.url);
if (!fs.existsSync(entry)) {
  process.stderr.write('vigil: not built yet; run `npm run build` (or `npm install`) in the Vigil folder first\n');
  process.exit(1);
}
const { run, runJobThread } = await import(entry.href);
if (isMainThread) process.exitCode = await run(process.argv.slice(2), { script: new URL(import.meta.url) });
else await runJobThread();
