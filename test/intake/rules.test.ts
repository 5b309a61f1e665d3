// The intake rules' own test files (src/intake/*.test.ts), run in one process. Each of them alone spends a second or
// two loading the intake code and the Russian analyser's dictionaries before its first test; seventy-odd processes
// doing so cost minutes of CPU per run. The analyser is loaded first, as the application loads it for a Cyrillic
// document, so no file's result depends on which file ran before it. `npm run test:unit` runs this file instead of
// those; each still runs alone: `node --import tsx --test src/intake/<name>.test.ts`.
import { readdirSync } from 'node:fs';
import { loadRussianMorph } from '../../src/intake/russian-morph.ts';

const dir = new URL('../../src/intake/', import.meta.url);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.test.ts'))
  .sort();
if (files.length === 0) throw new Error(`no test files in ${dir.pathname}`);
await loadRussianMorph();
for (const file of files) await import(new URL(file, dir).href);
