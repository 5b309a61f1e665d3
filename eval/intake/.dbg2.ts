import fs from 'node:fs';
import { findStructuralSigners } from '../../src/intake/signer-structure.ts';
import { sentences } from '../../src/intake/tokens.ts';
import { stripHeader } from './run.ts';
const f = process.argv[2]!;
const t = f.endsWith('.txt') ? stripHeader(fs.readFileSync(f, 'utf8')) : f;
for (const x of findStructuralSigners(t, sentences(t, 'en')))
  console.log(x.kind, '|', x.name, '|', x.lowReason ?? '', '|', t.slice(Math.max(0, x.span.start - 80), x.span.end + 60).replace(/\n/g, ' '));
