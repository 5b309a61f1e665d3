// Scores one batch of texts on its own: `node --import tsx eval/intake/batch.ts FIRST LAST [DIR]` adds up the texts
// whose number is from FIRST to LAST (in DIR, this folder by default), to give the first score of a batch nobody
// had read before the rules were run on it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { KINDS, addTally, emptyTally, figures, type Kind, type Tally } from './score.ts';
import { evaluate, loadProposer, loadSet } from './run.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The sum of each kind over the texts of a report whose number lies in [first, last]. */
export function batchTallies(
  perText: { name: string; tallies: Record<Kind, Tally> }[],
  first: number,
  last: number,
): Record<Kind, Tally> {
  const sum = Object.fromEntries(KINDS.map((k) => [k, emptyTally()])) as Record<Kind, Tally>;
  for (const t of perText) {
    const n = Number.parseInt(t.name, 10);
    if (!(n >= first && n <= last)) continue;
    for (const k of KINDS) addTally(sum[k], t.tallies[k]);
  }
  return sum;
}

async function main(): Promise<void> {
  const [a, b, dir] = process.argv.slice(2);
  const first = Number(a);
  const last = Number(b);
  if (!Number.isInteger(first) || !Number.isInteger(last)) throw new Error('usage: batch.ts FIRST LAST [DIR]');
  const set = loadSet(dir ? path.resolve(dir) : here).filter((t) => {
    const n = Number.parseInt(t.name, 10);
    return n >= first && n <= last;
  });
  const report = evaluate(set, await loadProposer(path.resolve(here, '../..')));
  const sum = batchTallies(report.perText, first, last);
  console.log(
    `Texts ${first}–${last} (${set.length})\n\n| kind | expected | proposed | found | precision | recall | F1 |`,
  );
  console.log('|---|---|---|---|---|---|---|');
  const fmt = (x: number | null): string => (x === null ? '—' : x.toFixed(2));
  for (const k of KINDS) {
    const t = sum[k];
    const f = figures(t);
    console.log(
      `| ${k} | ${t.tp + t.fn} | ${t.tp + t.fp} | ${t.tp} | ${fmt(f.precision)} | ${fmt(f.recall)} | ${fmt(f.f1)} |`,
    );
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
