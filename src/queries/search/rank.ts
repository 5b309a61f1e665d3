// Ranking and snippets, computed in the application so that both databases give the same order and the same marks.
import { patronymicRoots } from '../../domain/names.ts';
import { foldText } from '../../text/fold.ts';
import { looseKey, looseNear, skeletons } from '../../text/transliterate.ts';
import type { ParsedQuery } from './parse-query.ts';

/** A piece of text with the parts that matched the query marked, as [start, end) offsets. */
export interface Marked {
  text: string;
  highlights: [number, number][];
}

// Words repeat across titles and snippets: their folded forms are kept for the words seen last.
const folds = new Map<string, string>();
function fold(word: string): string {
  let f = folds.get(word);
  if (f === undefined) {
    f = foldText(word);
    if (folds.size >= 50_000) folds.clear();
    folds.set(word, f);
  }
  return f;
}

const TYPE_WEIGHT: Record<string, number> = {
  person: 0.4,
  organisation: 0.3,
  case: 0.3,
  event: 0.2,
  appeal: 0.2,
  source: 0.1,
};
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’ʼ]*/gu;

/** Does one written word match a query word (folded equality or prefix, or the same skeleton across scripts)? */
function wordMatches(word: string, q: ParsedQuery): boolean {
  const folded = fold(word);
  if (folded === '') return false;
  if (q.words.some((w) => folded === w || (w.length >= 3 && folded.startsWith(w)))) return true;
  const sk = skeletons(word).join('');
  return sk !== '' && q.skeletons.some((s) => sk === s || (s.length >= 5 && sk.startsWith(s)));
}

/** Marks the words of `text` that match the query, looking at most at `limit` words. */
export function mark(text: string, q: ParsedQuery, limit = 200): Marked {
  const highlights: [number, number][] = [];
  let n = 0;
  for (const m of text.matchAll(WORD)) {
    if (n++ >= limit) break;
    if (wordMatches(m[0], q)) highlights.push([m.index, m.index + m[0].length]);
  }
  return { text, highlights };
}

/** A window of the body around its first match (or its start), at most ~`width` characters, marked. */
export function snippet(body: string, q: ParsedQuery, width = 220): Marked {
  let first = -1;
  let n = 0;
  for (const m of body.matchAll(WORD)) {
    if (n++ >= 400) break;
    if (wordMatches(m[0], q)) {
      first = m.index;
      break;
    }
  }
  let start = 0;
  if (first > width / 3) {
    start = body.lastIndexOf(' ', first - Math.floor(width / 3));
    start = start < 0 ? 0 : start + 1;
  }
  let end = Math.min(body.length, start + width);
  if (end < body.length) {
    const space = body.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  const prefix = start > 0 ? '…' : '';
  const suffix = end < body.length ? '…' : '';
  const marked = mark(body.slice(start, end), q);
  return {
    text: `${prefix}${marked.text}${suffix}`,
    highlights: marked.highlights.map(([s, e]) => [s + prefix.length, e + prefix.length] as [number, number]),
  };
}

/** What ranking needs of a candidate document. */
export interface Rankable {
  record_type: string;
  title: string;
}

/** The loose forms of a word skeleton: its loose key, and "~" + the loose key of its father's name when it is a patronymic. */
function looseForms(sk: string): string[] {
  let f = looseFormsCache.get(sk);
  if (f === undefined) {
    f = [looseKey(sk), ...patronymicRoots(sk).map((r) => `~${looseKey(r)}`)];
    if (looseFormsCache.size >= 50_000) looseFormsCache.clear();
    looseFormsCache.set(sk, f);
  }
  return f;
}
// Ranking compares the same few query words with every candidate's title words: their loose forms are kept.
const looseFormsCache = new Map<string, string[]>();

/**
 * A relevance score from the title alone (the body matched already, or the document would not be a candidate): query
 * words found whole in the title count most, then as the start of a title word or as another spelling of it (its loose
 * key: Kazakh and Russian forms, a patronymic of the same father), then elsewhere; an exact title counts extra. A part
 * of a name that differs or is missing (often the patronymic) thus lowers the rank without dropping the person.
 */
export function score(doc: Rankable, q: ParsedQuery): number {
  const titleWords = doc.title.match(WORD) ?? [];
  const titleFolded = titleWords.map(fold);
  const titleSk = titleWords.map((w) => skeletons(w).join(''));
  const titleLoose = new Set(titleSk.flatMap(looseForms));
  let s = 0;
  q.words.forEach((w, i) => {
    const sks = q.wordSkeletons[i] ?? [];
    if (titleFolded.includes(w) || sks.some((sk) => titleSk.includes(sk))) s += 3;
    else if (
      titleFolded.some((t) => t.startsWith(w)) ||
      sks.some((sk) => sk.length >= 3 && titleSk.some((t) => t.startsWith(sk)))
    )
      s += 2;
    else if (sks.some((sk) => looseForms(sk).some((l) => titleLoose.has(l)))) s += 2;
    // One letter off (a typo): found, but below every exact and every other-spelling match.
    else if (
      sks.some((sk) => sk.length >= 5 && titleSk.some((t) => t.length >= 5 && looseNear(looseKey(sk), looseKey(t))))
    )
      s += 1.5;
    else s += 1;
  });
  if (titleFolded.join(' ') === q.folded) s += 2;
  return s + (TYPE_WEIGHT[doc.record_type] ?? 0);
}
