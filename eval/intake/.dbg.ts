import fs from 'node:fs';
import { propose } from '../../src/intake/propose.ts';
import { stripHeader } from './run.ts';
const f = process.argv[2]!;
const t = f.endsWith('.txt') ? stripHeader(fs.readFileSync(f, 'utf8')) : f;
const p = propose({ text: t });
console.log(JSON.stringify(p.signatories.map((s) => [s.kind, s.name, s.confidence ?? '', s.spans[0]?.text]), null, 0));
console.log(JSON.stringify(p.addressees.map((s) => [s.name, s.title])));
console.log(JSON.stringify(p.persons.map((s) => s.name)));
