// Measures the application's own search and duplicate finder on the real-name set, on a real (SQLite) database built
// by the same commands the app uses: the person search is `search()` (name keys, full text, ranking), the duplicate
// finder is `findDuplicates()`. Nothing here re-implements matching.
import { createRecord } from '../../src/commands/records/create-record.ts';
import { personDef } from '../../src/records/registry.ts';
import type { Ctx } from '../../src/context.ts';
import { findDuplicates } from '../../src/queries/duplicates/find-duplicates.ts';
import { search, SearchInputSchema } from '../../src/queries/search/search.ts';
import { testCtx, testDb } from '../../test/support/db.ts';
import { patternsOf, type Form, type RealPerson } from './real-set.ts';

/** Hits and trials, overall and per pattern, split into the tuning part and the held-out part. */
export interface Tally {
  [part: string]: { [pattern: string]: { ok: number; n: number } };
}

function count(t: Tally, part: string, patterns: string[], ok: boolean): void {
  for (const p of ['all', ...patterns]) {
    const row = ((t[part] ??= {})[p] ??= { ok: 0, n: 0 });
    row.n++;
    if (ok) row.ok++;
  }
}

async function withDb<T>(fn: (ctx: Ctx) => Promise<T>): Promise<T> {
  const t = await testDb('sqlite');
  try {
    return await fn(testCtx(t));
  } finally {
    await t.cleanup();
  }
}

async function addPerson(ctx: Ctx, full: string): Promise<string> {
  return (await createRecord(ctx, personDef, { names: [{ full }], roles: ['politician'] })).id;
}

const cyrillic = (p: RealPerson): Form[] => p.forms.filter((f) => f.lang !== 'latn');

/** The label a searched form is counted under per form: its language or script and its kind ("latn official-list"). */
export function formLabel(f: Form): string {
  return `${f.lang} ${f.kind.replace(/^wikidata-label-.*/, 'wikidata-label')}`;
}

/** The failures seen, for --verbose (tuning part only: the held-out part is reported as figures alone). */
export const searchMisses: string[] = [];

/**
 * Recall at 5: each person is stored under one Cyrillic form (round 0: its first, round 1: its second, when it has one),
 * every other form of theirs is searched, and the trial succeeds when the person is among the first five persons found.
 */
export async function searchRecall(persons: RealPerson[], tally: Tally, top1: Tally, byForm?: Tally): Promise<void> {
  for (const round of [0, 1]) {
    await withDb(async (ctx) => {
      const ids = new Map<string, string>();
      for (const p of persons) {
        const cyr = cyrillic(p);
        ids.set(p.id, await addPerson(ctx, (cyr[round] ?? cyr[0]!).text));
      }
      for (const p of persons) {
        const stored = cyrillic(p)[round];
        if (!stored) continue;
        for (const q of p.forms) {
          if (q === stored) continue;
          const res = await search(ctx, SearchInputSchema.parse({ q: q.text, type: 'person', limit: 5 }));
          const rank = res.hits.findIndex((h) => h.id === ids.get(p.id));
          const part = p.heldOut ? 'held-out' : 'tuning';
          const patterns = patternsOf(stored, q);
          count(tally, part, patterns, rank >= 0);
          count(top1, part, patterns, rank === 0);
          // Recall per written form searched: its script or language and the list's kind of form.
          if (byForm) count(byForm, part, [formLabel(q)], rank >= 0);
          if (rank < 0 && !p.heldOut)
            searchMisses.push(
              `${stored.text}  ←  ${q.text}  [${patterns.join(', ')}]  got: ${res.hits.map((h) => h.title.text).join(' | ') || '(nothing)'}`,
            );
        }
      }
    });
  }
}

/** The duplicate finder's false and missed pairs, for --verbose (tuning part only). */
export const duplicateErrors: string[] = [];

/**
 * Precision and recall of duplicate candidates: every form of every person is stored as a record of its own, and the
 * pairs the duplicate finder proposes are checked against who is who. Precision per pattern counts the proposed pairs
 * showing that pattern; recall per pattern the true pairs showing it.
 */
export async function duplicateQuality(persons: RealPerson[], precision: Tally, recall: Tally): Promise<void> {
  await withDb(async (ctx) => {
    const owner = new Map<string, { person: RealPerson; form: Form }>();
    for (const p of persons) for (const f of p.forms) owner.set(await addPerson(ctx, f.text), { person: p, form: f });
    const found = new Set<string>();
    for (const pair of await findDuplicates(ctx)) {
      const a = owner.get(pair.a.id)!;
      const b = owner.get(pair.b.id)!;
      const same = a.person === b.person;
      const part = a.person.heldOut || b.person.heldOut ? 'held-out' : 'tuning';
      count(precision, part, patternsOf(a.form, b.form), same);
      if (same) found.add([pair.a.id, pair.b.id].sort().join(' '));
      else if (part === 'tuning') duplicateErrors.push(`false pair  ${pair.score}  ${a.form.text} ~ ${b.form.text}`);
    }
    const byPerson = new Map<RealPerson, string[]>();
    for (const [id, o] of owner) byPerson.set(o.person, [...(byPerson.get(o.person) ?? []), id]);
    for (const [p, recs] of byPerson) {
      for (let i = 0; i < recs.length; i++)
        for (let j = i + 1; j < recs.length; j++) {
          const ok = found.has([recs[i]!, recs[j]!].sort().join(' '));
          const a = owner.get(recs[i]!)!.form,
            b = owner.get(recs[j]!)!.form;
          count(recall, p.heldOut ? 'held-out' : 'tuning', patternsOf(a, b), ok);
          if (!ok && !p.heldOut) duplicateErrors.push(`missed pair  ${a.text} ~ ${b.text}`);
        }
    }
  });
}
