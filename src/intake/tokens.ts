// Words and sentences of a document, with their offsets, for the rules to walk over.
import { foldText } from '../text/fold.ts';
import { GIVEN_NAMES } from './gazetteer.ts';

/** One word of the text. */
export interface Token {
  start: number;
  end: number;
  raw: string;
  /** The folded form (case, accents, ё) used for lookups. */
  key: string;
  capital: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

const ELISION = /^(?:[dlnjsc]|qu|jusqu|lorsqu|puisqu)['’](?=\p{Lu})/iu;

/** Splits the text into words. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    // An English possessive is not part of the word: "Sadykov’s arrest" names Sadykov.
    let raw = /^\p{Script=Latin}{2,}['’]s$/u.test(m[0]) ? m[0].slice(0, -2) : m[0];
    // A French elision before a given name is not part of the word: « d’Ilham Aliyev » names Ilham Aliyev (« l’Etat »,
    // « d’Azerbaïdjan » keep theirs: a name of a body or a place runs on from it).
    const cut = ELISION.exec(raw)?.[0].length ?? 0;
    const elided = cut > 0 && GIVEN_NAMES.has(foldText(raw.slice(cut))) ? cut : 0;
    raw = raw.slice(elided);
    let start = m.index + elided;
    // "KarimovPresident", «Касым-ЖомартаТокаева»: a page that lost the space between two words; a word of four lower-case
    // letters or more running into a capital is two words ("McDonald", "MacLeod" stay whole).
    for (let glued = GLUED.exec(raw); glued; glued = GLUED.exec(raw)) {
      const cut = glued.index + glued[0].length - 1;
      const head = raw.slice(0, cut);
      out.push({ start, end: start + cut, raw: head, key: foldText(head), capital: /^\p{Lu}/u.test(head) });
      start += cut;
      raw = raw.slice(cut);
    }
    out.push({ start, end: start + raw.length, raw, key: foldText(raw), capital: CAPITAL.test(raw) });
  }
  return out;
}

// A capitalised word, or an Arabic surname after its article ("al-Hathloul", "el-Sisi", "bin-Talal").
const CAPITAL = /^(?:\p{Lu}|(?:al|el|ad|ar|as|ash|at|az|ibn|bin|bint|abu|ould)-\p{Lu})/u;

const GLUED =
  /(?<![\p{L}])\p{Lu}?\p{Ll}{3,}\p{Ll}\p{Lu}(?=\p{Ll}{2})|(?<=[-’'])\p{Lu}?\p{Ll}{3,}\p{Ll}\p{Lu}(?=\p{Ll}{2})/u;

// Words written with a full stop that do not end a sentence: a single letter (an initial, «о. Николай», «г. Алматы»)
// and the usual abbreviations before a name or a number («ст. 174», "Mr. Smith", "No. 5", « M. Dupont », "Dec. 5").
// "U.S. Senators …": capitals with full stops ("U.S.", "U.K.") do not end a sentence.
const ABBREVIATION_END =
  /(?:^|[\s(«"“'‘])(?:(?:\p{Lu}\.)+\p{Lu}|\p{L}|mr|mrs|ms|messrs|mmes|mm|dr|st|no|nos|prof|gen|col|lt|sgt|rep|reps|sen|sens|gov|jr|art|arts|para|vol|pp|jr|sr|mme|mlle|me|mgr|гг|ст|ч|пп|им|ул|д|тов|проф|акад|св|о|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|janv|févr|avr|juil|déc|янв|февр|сент|окт|нояб|дек)\.\s*$/iu;

// A full stop, a space and a digit: «… арестованы. 11 августа 2022 года …», « … arrêté. 12 militants … ».
const STOP_BEFORE_DIGIT = /[.!?…][»"”’)]*\s+(?=\d)/gu;

/**
 * A segment cut where a sentence ends before one opening on a number. The Unicode rules do not end a sentence before a
 * number followed by a word in lower case, which is how Russian and French write a date («11 августа», « 12 mai »).
 */
function atDigits(segment: string, index: number): { segment: string; index: number }[] {
  const out: { segment: string; index: number }[] = [];
  let from = 0;
  for (const m of segment.matchAll(STOP_BEFORE_DIGIT)) {
    const cut = m.index + m[0].length;
    if (ABBREVIATION_END.test(segment.slice(from, cut))) continue;
    out.push({ segment: segment.slice(from, cut), index: index + from });
    from = cut;
  }
  out.push({ segment: segment.slice(from), index: index + from });
  return out;
}

/** [start, end) of every sentence, by the platform's Unicode sentence rules; line breaks also end one (headers, signatures).
 * The platform ends a sentence at any full stop before a space and a capital or a digit, so a segment ending with an
 * abbreviation or an initial runs on into the next. */
export function sentences(text: string, language: string): [number, number][] {
  const out: [number, number][] = [];
  const seg = new Intl.Segmenter(language, { granularity: 'sentence' });
  let lineStart = 0;
  for (const line of text.split('\n')) {
    let open = false;
    for (const s of seg.segment(line)) {
      for (const piece of atDigits(s.segment, s.index)) {
        const start = lineStart + piece.index;
        const end = start + piece.segment.length;
        if (open) out[out.length - 1]![1] = end;
        else out.push([start, end]);
        // "N!DA", "Yahoo!News": a mark with a letter right after it is inside a word and ends nothing.
        open =
          ABBREVIATION_END.test(piece.segment) ||
          (/[!?]$/u.test(piece.segment) && /^\p{L}/u.test(line.slice(piece.index + piece.segment.length)));
      }
    }
    lineStart += line.length + 1;
  }
  return out;
}

// A line that cannot start a sentence: it opens with a comma, a closing bracket or a lower-case word.
const CONTINUES = /^[,;)\]]|^\p{Ll}/u;
// A line that cannot end one: it stops on a comma, an opening bracket, a dash or a word that joins ("et", "and", «и»).
const OPEN_END = /(?:[,;(–—-]|(?<![\p{L}])(?:and|or|of|the|to|et|ou|de|du|des|le|la|les|à|и|или|в|на|с))$/iu;
const CLOSED_END = /[.!?…][»"”’)]*$/u;

/**
 * The sentences of prose whose lines were broken by hand or by a web page ("a ete arrete\na Bakou", a name set on a
 * line of its own before ", correspondant de …"): a sentence is carried over a line break when the next line cannot
 * start a sentence or the line before cannot end one. Acts are read on these; headings and signatures keep `sentences`.
 */
export function proseSentences(text: string, bounds: readonly [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [start, end] of bounds) {
    const last = out.at(-1);
    if (last) {
      const gap = text.slice(last[1], start);
      const before = text.slice(last[0], last[1]).trimEnd();
      const next = text.slice(start, end).trimStart();
      const wrapped =
        /^\s*$/u.test(gap) &&
        gap.includes('\n') &&
        before !== '' &&
        !CLOSED_END.test(before) &&
        (CONTINUES.test(next) || OPEN_END.test(before));
      if (wrapped) {
        last[1] = end;
        continue;
      }
    }
    out.push([start, end]);
  }
  return out;
}

/** The sentence that holds an offset. */
export function sentenceAt(bounds: readonly [number, number][], offset: number): [number, number] {
  let lo = 0;
  let hi = bounds.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = bounds[mid]!;
    if (offset < s) hi = mid - 1;
    else if (offset >= e) lo = mid + 1;
    else return [s, e];
  }
  return [offset, offset];
}

/** Removes a Russian case ending, so Козлова, Козлову and Козлов meet, and Навальный and Навального (a rough stem, for
 * matching only). */
export function ruStem(key: string): string {
  return /[а-я]/.test(key)
    ? key.replace(/(?:ого|ому|ыми|ый|(?<=[сц]к)ий|ой|ою|ей|ем|ом|ым|ую|ая|ы|у|е|а|и|ю|я|ь|й)$/u, '')
    : key;
}
