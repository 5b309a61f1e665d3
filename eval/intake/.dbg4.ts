import fs from 'node:fs';
import { loadRussianMorph } from '../../src/intake/russian-morph.ts';
import { propose } from '../../src/intake/propose.ts';
await loadRussianMorph();
const t = fs.readFileSync(process.argv[2]!, 'utf8');
const p = propose({ text: t });
console.log(JSON.stringify(p.persons.map((x) => [x.name, x.spans.map((s) => s.text)])));
console.log(JSON.stringify(p.addressees.map((x) => x.name)), JSON.stringify(p.signatories.map((x) => x.name)));
