// A search box's text as the two indexes read it: full-text groups (words, "phrases", prefix*) and cross-script name
// terms (word skeletons, a patronymic's root). Pure.
import { patronymicRoots } from '../../domain/names.ts';
import { fixLookAlikes, foldText } from '../../text/fold.ts';
import {
  asciiWords,
  eastSlavicReadings,
  eastSlavicSpelling,
  looseKey,
  NEAR_FROM,
  oneLetterLess,
  skeletonVariants,
  unglue,
} from '../../text/transliterate.ts';
import type { FtsTerm } from '../../db/dialects/search.ts';
import type { KeyTerm } from '../../db/repos/search.repo.ts';

/** A parsed query. */
export interface ParsedQuery {
  /** Full-text groups: each a word or a phrase; every group must match. */
  groups: FtsTerm[][];
  /** Name-key terms, one per word outside phrases; empty when the query has a phrase (phrases need the full text). */
  keyTerms: KeyTerm[];
  /** For each key term, whether it is shaped like a patronymic: such a part may differ or be missing (it ranks, it does not filter). */
  keyTermOptional: boolean[];
  /** Folded words of the query, for ranking and highlighting. */
  words: string[];
  /** Skeletons of the query words, for highlighting across scripts. */
  skeletons: string[];
  /** The skeleton readings of each of `words`, for ranking. */
  wordSkeletons: string[][];
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
  const keyTermOptional: boolean[] = [];
  let hasPhrase = false;
  const rest = q.replace(/"([^"]*)"/g, (_m, phrase: string) => {
    const words = foldText(phrase).split(' ').filter(Boolean);
    if (words.length > 0) {
      groups.push(words.map((text) => ({ text, prefix: false })));
      hasPhrase = true;
    }
    return ' ';
  });
  // A Belarusian or Ukrainian name is also looked for as its Russian readings (the index keys it the same way).
  const eastSlavic = eastSlavicSpelling(rest);
  for (const raw of unglue(fixLookAlikes(rest)).split(/\s+/).filter(Boolean)) {
    const prefix = /\*$/.test(raw);
    const words = foldText(raw).split(' ').filter(Boolean);
    if (words.length === 0) continue;
    // "Co-operation" folds to two words: kept together as a phrase.
    groups.push(words.map((text, i) => ({ text, prefix: prefix && i === words.length - 1 })));
    const bare = raw.replace(/\*$/, '');
    const readings = eastSlavic ? eastSlavicReadings(bare, eastSlavic).map((r) => asciiWords(r)) : [];
    for (const [i, word] of asciiWords(bare).entries()) {
      const alternatives: KeyTerm['alternatives'] = [];
      let patronymic = false;
      const sks = new Set(skeletonVariants(word));
      for (const r of readings) for (const sk of r[i] === undefined ? [] : skeletonVariants(r[i]!)) sks.add(sk);
      for (const sk of [...sks].filter(Boolean)) {
        alternatives.push({ key: sk, prefix: prefix || sk.length >= PREFIX_FROM, tier: 0 });
        // The loose key finds the other language's spelling (Тасбулатов, Тасболатов); an explicit prefix* asks for letters as typed.
        if (!prefix) {
          const loose = looseKey(sk);
          alternatives.push({ key: `#${loose}`, prefix: false, tier: 1 });
          // A dropped, doubled-in or mistyped letter in a part of five letters or more: the index keeps each name word's
          // loose key short of one letter ("%"), so a key one letter off on either side meets it.
          if (sk.length >= 5 && loose.length >= NEAR_FROM - 1)
            alternatives.push({ key: `%${loose}`, prefix: false, tier: 2 });
          if (sk.length >= 5 && loose.length >= NEAR_FROM)
            for (const d of oneLetterLess(loose))
              alternatives.push({ key: `#${d}`, prefix: false, tier: 2 }, { key: `%${d}`, prefix: false, tier: 2 });
        }
        for (const root of patronymicRoots(sk)) {
          patronymic = true;
          alternatives.push(
            { key: `~${root}`, prefix: false, tier: 0 },
            { key: `~#${looseKey(root)}`, prefix: false, tier: 1 },
          );
        }
      }
      if (alternatives.length > 0) {
        keyTerms.push({ alternatives });
        keyTermOptional.push(patronymic);
      }
    }
  }
  const words = groups.flat().map((t) => t.text);
  return {
    groups: groups.slice(0, MAX_GROUPS),
    keyTerms: hasPhrase ? [] : keyTerms.slice(0, MAX_GROUPS),
    keyTermOptional: hasPhrase ? [] : keyTermOptional.slice(0, MAX_GROUPS),
    words,
    skeletons: asciiWords(q.replace(/["*]/g, ' ')).flatMap(skeletonVariants).filter(Boolean),
    wordSkeletons: words.map((w) => asciiWords(w).flatMap(skeletonVariants).filter(Boolean)),
    folded: foldText(q),
  };
}
