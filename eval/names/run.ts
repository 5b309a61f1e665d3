// `npm run eval:names`: precision and recall of Vigil's name matching (the same function the duplicate finder uses)
// on two labelled sets: the transliteration samples shipped with the `iuliia` package (a Cyrillic name against its
// Latin form under each of the package's systems, and against the other names' forms as non-matches), and the
// hand-checked pairs in hand-checked.tsv. Prints a table; exits 1 when either figure falls below the target.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Schemas } from 'iuliia';
import { compareNames, MATCH_THRESHOLD } from '../../src/domain/similarity.ts';
import { duplicateErrors, duplicateQuality, searchMisses, searchRecall, type Tally } from './real-eval.ts';
import { loadRealSet } from './real-set.ts';

const TARGET = 0.95;
const here = path.dirname(fileURLToPath(import.meta.url));

interface Pair {
  a: string;
  b: string;
  same: boolean;
  note: string;
}

/** The iuliia samples that are names (at most three words, no sentence punctuation), paired across every system. */
function iuliiaPairs(): Pair[] {
  const out: Pair[] = [];
  for (const name of Schemas.names()) {
    const samples = Schemas.get(name)!.samples.filter(
      ([src]) => /^[\p{L}\p{M}\s-]+$/u.test(src!) && src!.trim().split(/\s+/).length <= 3,
    );
    for (const [src, lat] of samples) {
      for (const [src2, lat2] of samples)
        out.push({ a: src!, b: lat2!, same: src === src2, note: `${name}: ${src} / ${lat2}` });
      void lat;
    }
  }
  return out;
}

/** The hand-checked pairs. */
function handPairs(): Pair[] {
  return fs
    .readFileSync(path.join(here, 'hand-checked.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => {
      const [a, b, label, note] = l.split('\t');
      return { a: a!, b: b!, same: label === '1', note: note ?? '' };
    });
}

function measure(pairs: Pair[]) {
  let tp = 0,
    fp = 0,
    fn = 0,
    tn = 0;
  const errors: string[] = [];
  for (const p of pairs) {
    const { score } = compareNames(p.a, p.b);
    const said = score >= MATCH_THRESHOLD;
    if (said && p.same) tp++;
    else if (said) {
      fp++;
      errors.push(`false match   ${score.toFixed(3)}  ${p.a} ~ ${p.b}  (${p.note})`);
    } else if (p.same) {
      fn++;
      errors.push(`missed match  ${score.toFixed(3)}  ${p.a} ~ ${p.b}  (${p.note})`);
    } else tn++;
  }
  return {
    n: pairs.length,
    positives: tp + fn,
    tp,
    fp,
    fn,
    tn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    errors,
  };
}

const sets: [string, Pair[]][] = [
  ['iuliia samples', iuliiaPairs()],
  ['hand-checked', handPairs()],
];
sets.push(['all', sets.flatMap(([, p]) => p)]);
const verbose = process.argv.includes('--verbose');
let ok = true;
console.log(`name matching, threshold ${MATCH_THRESHOLD}, target ≥ ${TARGET} precision and recall\n`);
console.log('set               pairs  matches  precision  recall   false+  missed');
for (const [label, pairs] of sets) {
  const m = measure(pairs);
  console.log(
    `${label.padEnd(16)} ${String(m.n).padStart(6)} ${String(m.positives).padStart(8)}  ${m.precision.toFixed(3).padStart(9)}  ${m.recall.toFixed(3).padStart(6)}  ${String(m.fp).padStart(6)}  ${String(m.fn).padStart(6)}`,
  );
  if (label === 'all') ok = m.precision >= TARGET && m.recall >= TARGET;
  if (label !== 'all' && (verbose || m.errors.length <= 20)) for (const e of m.errors) console.log(`    ${e}`);
}
console.log(ok ? '\ntarget met' : '\ntarget NOT met');
process.exitCode = ok ? 0 : 1;

// The real-name set: the app's own search and duplicate finder on real persons (see real-eval.ts).
const PATTERNS = [
  'all',
  'patronymic kk/ru',
  'Kazakh letters',
  'х/қ',
  'vowel changes',
  'dropped -ов/-ев',
  'дж/ж',
  'passport Latin',
  'ASCII Latin (ICAO, BGN)',
  'other Latin',
  'Belarusian Cyrillic',
  'glued parts',
  'look-alike letters',
];
const fmt = (c: { ok: number; n: number } | undefined) =>
  (c && c.n > 0 ? `${(c.ok / c.n).toFixed(3)} (${c.n})` : '—').padStart(13);
function table(title: string, tallies: [string, Tally][], rows = PATTERNS) {
  console.log(`\n${title}`);
  console.log(
    `${'pattern'.padEnd(26)}${tallies.flatMap(([label]) => [`${label} tuning`.padStart(13), `held-out`.padStart(13)]).join(' ')}`,
  );
  for (const p of rows)
    console.log(
      `${p.padEnd(26)}${tallies.flatMap(([, t]) => [fmt(t.tuning?.[p]), fmt(t['held-out']?.[p])]).join(' ')}`,
    );
}
const real = loadRealSet();
const recall5: Tally = {},
  top1: Tally = {},
  byForm: Tally = {},
  dupPrecision: Tally = {},
  dupRecall: Tally = {};
const started = Date.now();
for (const list of [...new Set(real.map((p) => p.list))]) {
  const persons = real.filter((p) => p.list === list);
  await searchRecall(persons, recall5, top1, byForm);
  await duplicateQuality(persons, dupPrecision, dupRecall);
}
console.log(
  `\nreal names: ${real.length} persons (${real.filter((p) => p.heldOut).length} held out), ${real.reduce((n, p) => n + p.forms.length, 0)} forms; ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
table(
  'person search: right person in the first 5 (and first) when one Cyrillic form is stored and each other form searched',
  [
    ['recall@5', recall5],
    ['top-1', top1],
  ],
);
const formRows = [...new Set([...Object.keys(byForm.tuning ?? {}), ...Object.keys(byForm['held-out'] ?? {})])]
  .filter((k) => k !== 'all')
  .sort();
table(
  "person search per form searched: recall@5 by the searched form's language and kind",
  [['recall@5', byForm]],
  formRows,
);
table('duplicate finder: every form stored as its own record', [
  ['precision', dupPrecision],
  ['recall', dupRecall],
]);
if (verbose) for (const line of [...searchMisses, ...duplicateErrors]) console.log(`    ${line}`);
