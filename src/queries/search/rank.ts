// Ranking and snippets, computed in the application so that both databases give the same order and the same marks.
import { foldForSearch, skeletons } from '../../domain/transliterate.ts';
import type { DocRow } from '../../db/repos/search.repo.ts';
import type { ParsedQuery } from './parse-query.ts';

/** A piece of text with the parts that matched the query marked, as [start, end) offsets. */
export interface Marked {
  text: string;
  highlights: [number, number][];
}

const TYPE_WEIGHT: Record<string, number> = { person: 0.4, organisation: 0.3, case: 0.3, event: 0.2, appeal: 0.2, source: 0.1 };
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’ʼ]*/gu;

/** Does one written word match a query word (folded equality or prefix, or the same skeleton across scripts)? */
function wordMatches(word: string, q: ParsedQuery): boolean {
  const folded = foldForSearch(word);
  if (folded === '') return false;
  if (q.words.some((w) => folded === w || (w.length >= 3 && folded.startsWith(w)))) return true;
  const sk = skeletons(word).join('');
  return sk !== '' && q.skeletons.some((s) => sk === s || (s.length >= 5 && sk.startsWith(s)));
}

/** Marks the words of `text` that match the query. */
export function mark(text: string, q: ParsedQuery): Marked {
  const highlights: [number, number][] = [];
  for (const m of text.matchAll(WORD)) if (wordMatches(m[0], q)) highlights.push([m.index, m.index + m[0].length]);
  return { text, highlights };
}

/** A window of the body around its first match (or its start), at most ~`width` characters, marked. */
export function snippet(body: string, q: ParsedQuery, width = 220): Marked {
  const all = mark(body, q);
  const first = all.highlights[0];
  let start = 0;
  if (first && first[0] > width / 3) {
    start = body.lastIndexOf(' ', first[0] - Math.floor(width / 3));
    start = start < 0 ? 0 : start + 1;
  }
  let end = Math.min(body.length, start + width);
  if (end < body.length) {
    const space = body.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  const prefix = start > 0 ? '…' : '';
  const suffix = end < body.length ? '…' : '';
  const shift = prefix.length - start;
  const highlights = all.highlights.filter(([s, e]) => s >= start && e <= end).map(([s, e]) => [s + shift, e + shift] as [number, number]);
  return { text: `${prefix}${body.slice(start, end)}${suffix}`, highlights };
}

/** A relevance score: query words in the title count most, then in the body; an exact title counts extra. */
export function score(doc: DocRow, q: ParsedQuery): number {
  const titleWords = doc.title.match(WORD) ?? [];
  const bodyWords = new Set(foldForSearch(doc.body).split(' '));
  const titleSk = titleWords.map((w) => skeletons(w).join(''));
  const titleFolded = titleWords.map((w) => foldForSearch(w));
  let s = 0;
  q.words.forEach((w, i) => {
    const sks = q.wordSkeletons[i] ?? [];
    if (titleFolded.includes(w) || sks.some((sk) => titleSk.includes(sk))) s += 3;
    else if (titleFolded.some((t) => t.startsWith(w)) || sks.some((sk) => titleSk.some((t) => t.startsWith(sk)))) s += 2;
    else if (bodyWords.has(w)) s += 1;
    else s += 0.5;
  });
  if (foldForSearch(doc.title) === q.folded) s += 2;
  return s + (TYPE_WEIGHT[doc.record_type] ?? 0);
}
