// A search box's text as the two indexes read it: full-text groups (words, "phrases", prefix*) and cross-script name
// terms (word skeletons, a patronymic's root). Pure.
import { patronymicRoot } from '../../domain/names.ts';
import { foldForSearch, skeletons } from '../../domain/transliterate.ts';
import type { FtsTerm } from '../../db/dialects/search.ts';
import type { KeyTerm } from '../../db/repos/search.repo.ts';

/** A parsed query. */
export interface ParsedQuery {
  /** Full-text groups: each a word or a phrase; every group must match. */
  groups: FtsTerm[][];
  /** Name-key terms, one per word outside phrases; empty when the query has a phrase (phrases need the full text). */
  keyTerms: KeyTerm[];
  /** Folded words of the query, for ranking and highlighting. */
  words: string[];
  /** Skeletons of the query words, for ranking and highlighting across scripts. */
  skeletons: string[];
  /** The whole query folded (substring fallback). */
  folded: string;
}

const MAX_GROUPS = 8;
/** Skeletons at least this long also match longer keys (Аблязова, the genitive, for Ablyazov). */
const PREFIX_FROM = 5;

/** Parses the text of a search box. */
export function parseQuery(q: string): ParsedQuery {
  const groups: FtsTerm[][] = [];
  const keyTerms: KeyTerm[] = [];
  let hasPhrase = false;
  const rest = q.replace(/"([^"]*)"/g, (_m, phrase: string) => {
    const words = foldForSearch(phrase).split(' ').filter(Boolean);
    if (words.length > 0) {
      groups.push(words.map((text) => ({ text, prefix: false })));
      hasPhrase = true;
    }
    return ' ';
  });
  for (const raw of rest.split(/\s+/).filter(Boolean)) {
    const prefix = /\*$/.test(raw);
    const words = foldForSearch(raw).split(' ').filter(Boolean);
    if (words.length === 0) continue;
    // "Co-operation" folds to two words: kept together as a phrase.
    groups.push(words.map((text, i) => ({ text, prefix: prefix && i === words.length - 1 })));
    for (const sk of skeletons(raw.replace(/\*$/, ''))) {
      const alternatives = [{ key: sk, prefix: prefix || sk.length >= PREFIX_FROM }];
      const root = patronymicRoot(sk);
      if (root) alternatives.push({ key: `~${root}`, prefix: false });
      keyTerms.push({ alternatives });
    }
  }
  const words = groups.flat().map((t) => t.text);
  return {
    groups: groups.slice(0, MAX_GROUPS),
    keyTerms: hasPhrase ? [] : keyTerms.slice(0, MAX_GROUPS),
    words,
    skeletons: skeletons(q.replace(/["*]/g, ' ')),
    folded: foldForSearch(q),
  };
}
