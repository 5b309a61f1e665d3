// How alike two names are, once both are reduced to skeletons: Jaro-Winkler per word, words paired whatever their order,
// initials against whole words, and the patronymic compared as its own part. Pure; the duplicate finder and the
// evaluation (`npm run eval:names`) use the same function, so what is measured is what runs.
import { jaroWinkler } from '@skyra/jaro-winkler';
import { nameParts, type NameParts } from './names.ts';

/** Two words are the same name at or above this Jaro-Winkler similarity of their skeletons. */
export const WORD_THRESHOLD = 0.9;
/** Two names match at or above this score. */
export const MATCH_THRESHOLD = 0.9;

/** One letter apart at the end, "a": a feminine form (Иванова, Ivanova, Островская) is another person's name. */
function genderVariants(a: string, b: string): boolean {
  if (a === b) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (!long.endsWith('a') || short.endsWith('a')) return false;
  const stem = long.slice(0, -1);
  return stem === short || (stem.length > 4 && jaroWinkler(stem, short) >= 0.96 && stem.slice(0, -1) === short.slice(0, -1));
}

/** Similarity of two word skeletons, 0…1 (0 for a masculine/feminine pair of the same surname). */
export function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (genderVariants(a, b)) return 0;
  return jaroWinkler(a, b);
}

/** The result of comparing two names: a score 0…1 and why. */
export interface NameComparison {
  score: number;
  reasons: string[];
}

/** Pairs words greedily by similarity (best first); returns the similarities of the pairs at or above the threshold and the unpaired words of each side. */
function pairWords(a: readonly string[], b: readonly string[]) {
  const cands: { i: number; j: number; s: number }[] = [];
  for (let i = 0; i < a.length; i++) for (let j = 0; j < b.length; j++) cands.push({ i, j, s: wordSimilarity(a[i]!, b[j]!) });
  cands.sort((x, y) => y.s - x.s);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const sims: number[] = [];
  for (const c of cands) {
    if (c.s < WORD_THRESHOLD || usedA.has(c.i) || usedB.has(c.j)) continue;
    usedA.add(c.i);
    usedB.add(c.j);
    sims.push(c.s);
  }
  return { sims, restA: a.filter((_, i) => !usedA.has(i)), restB: b.filter((_, j) => !usedB.has(j)) };
}

/** Do the leftover words of one side agree with the initials of the other (M. for Mukhtar)? Consumes what it uses. */
function initialsCover(words: string[], initials: string[]): boolean {
  const pool = [...initials];
  for (const w of words) {
    const k = pool.indexOf(w[0]!);
    if (k === -1) return false;
    pool.splice(k, 1);
  }
  return true;
}

/** Compares two parsed names. */
export function compareParts(a: NameParts, b: NameParts): NameComparison {
  if (a.tokens.length === 0 || b.tokens.length === 0) return { score: 0, reasons: [] };
  const reasons: string[] = [];
  if (a.patronymic && b.patronymic) {
    const s = a.patronymic === b.patronymic ? 1 : Math.max(wordSimilarity(a.patronymic, b.patronymic), a.patronymic.startsWith(b.patronymic) || b.patronymic.startsWith(a.patronymic) ? 0.95 : 0);
    if (s < 0.88) return { score: 0, reasons: ['different patronymics'] };
    reasons.push('same patronymic');
  }
  const { sims, restA, restB } = pairWords(a.tokens, b.tokens);
  if (sims.length === 0) return { score: 0, reasons: [] };
  // What one side has and the other lacks must be explained by the other's initials; a whole unmatched word on both sides is a different name.
  if (restA.length > 0 && restB.length > 0) return { score: 0, reasons: [] };
  const extraA = restA.length > 0 && !initialsCover(restA, [...b.initials]);
  const extraB = restB.length > 0 && !initialsCover(restB, [...a.initials]);
  const initialsClash = a.initials.length > 0 && b.initials.length > 0 && restA.length === 0 && restB.length === 0 && !a.initials.some((i) => b.initials.includes(i));
  if (initialsClash) return { score: 0, reasons: ['different initials'] };
  let score = sims.reduce((x, y) => x + y, 0) / sims.length;
  if (restA.length + restB.length > 0) {
    if (extraA || extraB) {
      // Only a surname on one side ("Аблязов"): possibly the same person, not enough on its own.
      score *= 0.85;
      reasons.push('only part of the name in common');
    } else {
      score *= 0.97;
      reasons.push('initials agree');
    }
  }
  reasons.unshift(score >= 0.999 && restA.length + restB.length === 0 ? 'same name key' : `similar name (${score.toFixed(2)})`);
  return { score, reasons };
}

/** Compares two written names (any script, any order). */
export function compareNames(a: string, b: string): NameComparison {
  return compareParts(nameParts(a), nameParts(b));
}

/** Whether two written names are taken to be the same person's name. */
export function namesMatch(a: string, b: string): boolean {
  return compareNames(a, b).score >= MATCH_THRESHOLD;
}
