// How alike two names are, once both are reduced to skeletons: Jaro-Winkler per word, words paired whatever their order,
// initials against whole words, and the patronymic compared as its own part. Pure; the duplicate finder and the
// evaluation (`npm run eval:names`) use the same function, so what is measured is what runs.
import { jaroWinkler } from '@skyra/jaro-winkler';
import { nameParts, type NameParts } from './names.ts';
import { looseKey } from '../text/transliterate.ts';

/** Two words are the same name at or above this Jaro-Winkler similarity of their skeletons. */
export const WORD_THRESHOLD = 0.9;
/** Two names match at or above this score. */
export const MATCH_THRESHOLD = 0.9;

/**
 * The consonant outline of a skeleton (its loose key with the first letter kept, see looseKey): two words of one name
 * share it, whatever vowels the language or the system writes (Kalesnikava, Kolesnikova; Тасболатов, Тасбулатов) and
 * whichever of г, к, х, қ (Олег, Oleh; Бахыт, Бақыт) or с, з (Kozlov, Koslow) it uses after its first letter.
 */
export function outline(skeleton: string): string {
  return looseKey(skeleton, true);
}

/** A masculine and a feminine form of one name (Иванов/Иванова, Евгений/Евгения, Островский/Островская): different people. */
function genderVariants(a: string, b: string): boolean {
  if (a === b || a.endsWith('a') === b.endsWith('a')) return false;
  const [fem, masc] = a.endsWith('a') ? [a, b] : [b, a];
  const stem = fem.slice(0, -1);
  // Иванов/Иванова; Евгений/Евгения (evgeni/evgena); Островский/Островская (ostrovski/ostrovskaia).
  return stem === masc || (masc.endsWith('i') && (stem === masc.slice(0, -1) || stem === `${masc.slice(0, -1)}ai`));
}

/**
 * Similarity of two word skeletons, 0…1. Words with different consonant outlines are different names (Светова and
 * Светлова, Муратов and Мухтаров) however close their letters; so are masculine and feminine forms.
 */
export function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (genderVariants(a, b) || outline(a) !== outline(b)) return 0;
  const jw = jaroWinkler(a, b);
  return jw >= 0.8 ? Math.max(jw, WORD_THRESHOLD) : jw;
}

/** The result of comparing two names: a score 0…1 and why. */
export interface NameComparison {
  score: number;
  reasons: string[];
}

/** Pairs words greedily by similarity (best first); returns the similarities of the pairs at or above the threshold and the unpaired words of each side. */
function pairWords(a: readonly string[], b: readonly string[], va: NameParts['variants'], vb: NameParts['variants']) {
  const cands: { i: number; j: number; s: number }[] = [];
  for (let i = 0; i < a.length; i++)
    for (let j = 0; j < b.length; j++) {
      let s = 0;
      for (const x of va[i] ?? [a[i]!]) for (const y of vb[j] ?? [b[j]!]) s = Math.max(s, wordSimilarity(x, y));
      cands.push({ i, j, s });
    }
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

/** How alike two fathers' names are, as their patronymics carry them. */
function fatherSimilarity(x: string, y: string): number {
  if (x === y) return 1;
  // A father's name in its Kazakh and Russian forms may differ in any vowel, the first too (Өтеғұлұлы, Утегулович): their loose keys agree.
  const loose = looseKey(x) === looseKey(y) ? 0.9 : 0;
  return Math.max(wordSimilarity(x, y), loose, x.startsWith(y) || y.startsWith(x) ? 0.95 : 0);
}

/** Compares two parsed names. */
export function compareParts(a: NameParts, b: NameParts): NameComparison {
  if (a.tokens.length === 0 || b.tokens.length === 0) return { score: 0, reasons: [] };
  const reasons: string[] = [];
  if (a.patronymic && b.patronymic) {
    let s = 0;
    for (const x of a.patronymics) for (const y of b.patronymics) s = Math.max(s, fatherSimilarity(x, y));
    if (s < 0.88) return { score: 0, reasons: ['different patronymics'] };
    reasons.push('same patronymic');
  }
  const { sims, restA, restB } = pairWords(a.tokens, b.tokens, a.variants, b.variants);
  if (sims.length === 0) return { score: 0, reasons: [] };
  // What one side has and the other lacks must be explained by the other's initials; a whole unmatched word on both sides is a different name.
  if (restA.length > 0 && restB.length > 0) return { score: 0, reasons: [] };
  const extraA = restA.length > 0 && !initialsCover(restA, [...b.initials]);
  const extraB = restB.length > 0 && !initialsCover(restB, [...a.initials]);
  const initialsClash =
    a.initials.length > 0 &&
    b.initials.length > 0 &&
    restA.length === 0 &&
    restB.length === 0 &&
    !a.initials.some((i) => b.initials.includes(i));
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
  reasons.unshift(
    score >= 0.999 && restA.length + restB.length === 0 ? 'same name key' : `similar name (${score.toFixed(2)})`,
  );
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
