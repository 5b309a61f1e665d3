#!/usr/bin/env node
// The `vigil` command: runs the compiled CLI from dist/ (built by `npm run build`, which `npm install` runs too).
// Compiled JavaScript starts in a fraction of the time TypeScript compiled at run time would take.
import fs from 'node:fs';

const entry = new URL('../dist/cli/index.js', import.meta.url);
if (!fs.existsSync(entry)) {
  process.stderr.write('vigil: not built yet; run `npm run build` (or `npm install`) in the Vigil folder first\n');
  process.exit(1);
}
const { run } = await import(entry.href);
process.exitCode = await run(process.argv.slice(2));
