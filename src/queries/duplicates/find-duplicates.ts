// Candidate duplicate persons, for an editor to confirm or dismiss: never merged automatically. Pairs come from
// blocking keys (the consonant outlines of two name words, of a word and an initial, or of a lone surname), so the
// comparison stays near-linear in the number of persons; each pair is then scored with Jaro-Winkler on the name parts
// and the facts around them: birth years, nationality, shared organisations, events and sources.
import type { Ctx } from '../../context.ts';
import { nameParts, type NameParts } from '../../domain/names.ts';
import { compareParts, outline } from '../../domain/similarity.ts';
import { personLinks, personsForMatching, type PersonForMatching } from '../../db/repos/duplicate.repo.ts';
import { authorize, readableLevels } from '../../policies/authorize.ts';
import { DEFAULT_MIN_SCORE } from './defaults.ts';

/** One side of a candidate pair. */
export interface DuplicateSide {
  id: string;
  slug: string;
  name: string;
}

/** A candidate pair with its score (0…1) and the reasons behind it. */
export interface DuplicatePair {
  a: DuplicateSide;
  b: DuplicateSide;
  score: number;
  reasons: string[];
}

/** Options of a duplicate search. */
export interface DuplicateOptions {
  /** Pairs scoring below this are not proposed. */
  minScore?: number;
  limit?: number;
  /** Only pairs that involve this person. */
  personId?: string;
}

/** Pairs below this name similarity are not worth looking at the facts for. */
const NAME_FLOOR = 0.84;
/** A block this large is a very common name: its pairs would drown the list, and each is weak evidence anyway. */
const MAX_BLOCK = 2000;
export { DEFAULT_MIN_SCORE };

type Role = 'F' | 'N';

/**
 * Blocking keys of one name, from each word's whole consonant outline (every reading of it). Two words can only match
 * when their outlines are equal (wordSimilarity), and two full names only when two of their words match, so keying
 * full names by each pair of outlines loses no candidate. F entries meet every entry of their block; N entries
 * (partial names: initials, a lone surname) only F entries.
 */
function blockingKeys(p: NameParts): [string, Role][] {
  const outl = p.variants.map((vs) => [...new Set(vs.map(outline))]);
  const out: [string, Role][] = [];
  if (p.tokens.length >= 2) {
    for (let i = 0; i < outl.length; i++)
      for (let j = i + 1; j < outl.length; j++) {
        for (const x of outl[i]!) for (const y of outl[j]!) out.push([`P:${[x, y].sort().join('|')}`, 'F']);
      }
    for (let i = 0; i < outl.length; i++)
      for (const x of outl[i]!) {
        out.push([`S:${x}`, 'F']);
        for (let j = 0; j < outl.length; j++) if (i !== j) out.push([`I:${x}|${p.tokens[j]![0]}`, 'F']);
      }
  }
  for (const c of p.initials) for (const xs of outl) for (const x of xs) out.push([`I:${x}|${c}`, 'N']);
  if (p.tokens.length === 1 && p.initials.length === 0) for (const x of outl[0]!) out.push([`S:${x}`, 'N']);
  return out;
}

/** Candidate pairs (person indexes, lower first) from the blocks. */
function candidatePairs(parsed: NameParts[][]): Set<number> {
  const blocks = new Map<string, { F: number[]; N: number[] }>();
  parsed.forEach((names, idx) => {
    const seen = new Set<string>();
    for (const p of names)
      for (const [key, role] of blockingKeys(p)) {
        if (seen.has(`${key}${role}`)) continue;
        seen.add(`${key}${role}`);
        let b = blocks.get(key);
        if (!b) blocks.set(key, (b = { F: [], N: [] }));
        b[role].push(idx);
      }
  });
  const pairs = new Set<number>();
  const n = parsed.length;
  const add = (x: number, y: number) => {
    if (x !== y) pairs.add(x < y ? x * n + y : y * n + x);
  };
  for (const [key, b] of blocks) {
    if (b.F.length + b.N.length > MAX_BLOCK) continue;
    if (key.startsWith('P:'))
      for (let i = 0; i < b.F.length; i++) for (let j = i + 1; j < b.F.length; j++) add(b.F[i]!, b.F[j]!);
    for (const x of b.N) {
      for (const y of b.F) add(x, y);
      for (const y of b.N) if (x < y) add(x, y);
    }
  }
  return pairs;
}

/** The best name comparison between two persons' names. */
function bestName(a: NameParts[], b: NameParts[]) {
  let best = { score: 0, reasons: [] as string[] };
  for (const x of a)
    for (const y of b) {
      const c = compareParts(x, y);
      if (c.score > best.score) best = c;
      if (best.score >= 0.999) return best;
    }
  return best;
}

/** Scores a pair from its names and the facts around it. */
function scorePair(
  a: PersonForMatching,
  b: PersonForMatching,
  name: { score: number; reasons: string[] },
  shared: string[],
): { score: number; reasons: string[] } {
  let score = name.score;
  const reasons = [...name.reasons];
  if (a.birthYear && b.birthYear) {
    if (a.birthYear === b.birthYear) {
      score += 0.05;
      reasons.push(`same birth year (${a.birthYear})`);
    } else {
      // Namesakes are common; different birth years almost always mean different people.
      score -= Math.abs(Number(a.birthYear) - Number(b.birthYear)) <= 1 ? 0.1 : 0.4;
      reasons.push(`different birth years (${a.birthYear}, ${b.birthYear})`);
    }
  }
  if (a.nationality && b.nationality && a.nationality !== b.nationality) {
    score -= 0.1;
    reasons.push(`different nationalities (${a.nationality}, ${b.nationality})`);
  }
  for (const kind of ['organisation', 'event', 'source']) {
    const n = shared.filter((s) => s.startsWith(`${kind}:`)).length;
    if (n > 0) {
      score += 0.03;
      reasons.push(
        kind === 'organisation'
          ? `shared organisation (${n})`
          : kind === 'event'
            ? `shared case event (${n})`
            : `cited by the same source (${n})`,
      );
    }
  }
  return { score: Math.max(0, Math.min(1, score)), reasons };
}

/** Finds candidate duplicate persons among those the actor may see (editors and above). */
export async function findDuplicates(ctx: Ctx, opts: DuplicateOptions = {}): Promise<DuplicatePair[]> {
  authorize(ctx.actor, 'update', 'person');
  const levels = readableLevels(ctx.actor);
  const persons = await personsForMatching(ctx.db, levels);
  const parsed = persons.map((p) => p.names.map(nameParts).filter((x) => x.tokens.length > 0));
  const n = persons.length;
  const focus = opts.personId ? persons.findIndex((p) => p.id === opts.personId) : -1;
  const scored: { x: number; y: number; name: { score: number; reasons: string[] } }[] = [];
  for (const code of candidatePairs(parsed)) {
    const x = Math.floor(code / n);
    const y = code % n;
    if (opts.personId && x !== focus && y !== focus) continue;
    const name = bestName(parsed[x]!, parsed[y]!);
    if (name.score >= NAME_FLOOR) scored.push({ x, y, name });
  }
  const involved = [...new Set(scored.flatMap((s) => [persons[s.x]!.id, persons[s.y]!.id]))];
  const links = new Map<string, Set<string>>();
  for (const [pid, target] of await personLinks(ctx.db, involved, levels)) {
    let set = links.get(pid);
    if (!set) links.set(pid, (set = new Set()));
    set.add(target);
  }
  const minScore = opts.minScore ?? DEFAULT_MIN_SCORE;
  const out: DuplicatePair[] = [];
  for (const { x, y, name } of scored) {
    const a = persons[x]!;
    const b = persons[y]!;
    const la = links.get(a.id) ?? new Set<string>();
    const shared = [...(links.get(b.id) ?? [])].filter((t) => la.has(t));
    const { score, reasons } = scorePair(a, b, name, shared);
    if (score < minScore) continue;
    out.push({
      a: { id: a.id, slug: a.slug, name: a.names[0] ?? '' },
      b: { id: b.id, slug: b.slug, name: b.names[0] ?? '' },
      score: Math.round(score * 1000) / 1000,
      reasons,
    });
  }
  out.sort((p, q) => q.score - p.score || p.a.id.localeCompare(q.a.id) || p.b.id.localeCompare(q.b.id));
  return opts.limit ? out.slice(0, opts.limit) : out;
}
