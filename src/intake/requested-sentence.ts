// A length a prosecutor asked for, or one a person "faces", is not a sentence handed down: «прокурор запросил 7 лет»,
// "the prosecution sought 12 years", "facing up to 10 years", « 16 ans de prison requis ». Such lengths are dropped
// before acts are read, so no case gets a sentence the court never gave. A court's sentence written after the request
// ("asked for 9 years; the court sentenced him to 7") is kept: only the cue nearest before a length counts.
import { numberValue, type LengthMention } from './sentence-length.ts';
import { sentenceAt } from './tokens.ts';
import { spanOf } from './types.ts';

// Words of asking for or risking a penalty, before the length.
const REQUEST_BEFORE = new RegExp(
  [
    String.raw`\b(?:asked|asking|asks|requested|requesting|requests|demanded|demanding|demands|sought|seeking|seeks)\b(?:\s+(?:the\s+court\s+)?(?:for|that))?`,
    String.raw`\b(?:fac(?:e|es|ed|ing)|risk(?:s|ed|ing)?|could\s+(?:get|receive)|may\s+(?:get|receive)|punishable\s+by)\b`,
    String.raw`(?:за|по)?просил\p{L}*|проси[тл]\p{L}*|потребова\p{L}*|требова\p{L}*|требу\p{L}*|требовани\p{L}*|грозит|грозило|грозят|грозил\p{L}*|светит|рискует|рискуют|наказывается`,
    String.raw`\b(?:requis|requiert|requ[ée]r\p{L}*|réquisitions?|réclam\p{L}*|demand[ée]\p{L}*|encour\p{L}*|risqu\p{L}*|passible)\b`,
  ].join('|'),
  'giu',
);
// Words of a sentence handed down, before the length: after one of these, an earlier request no longer speaks for it.
// Serving a term is one handed down too ("release X, serving 7 years").
const HANDED_BEFORE =
  /\b(?:sentenced|sentencing|jailed|convicted|gave|given|handed|serving|serves|served|got|received|ended\s+up\s+with)\b|приговор\p{L}*|осужд\p{L}*|осуди\p{L}*|получил\p{L}*|назначил\p{L}*|назначен\p{L}*|отбыва\p{L}*|\bcondamn\p{L}*|\binflig\p{L}*|\bpurge\p{L}*/giu;
// "16 ans de prison requis", "7 лет лишения свободы запросил прокурор", "12 years were sought": the request after it.
const REQUEST_AFTER =
  /^[^.;:!?]{0,40}?(?:\brequis\b|\bréclam\p{L}*|\bwere\s+(?:sought|requested|demanded)\b|\b(?:was|were)\s+asked\s+for\b|(?:за|по)?просил\p{L}*|потребовал\p{L}*|запрошен\p{L}*)/iu;

// «прокурор просил у судьи для крымских татар … в том числе по 20 лет для A», "the prosecution asked the court to …
// impose 12 years": a prosecutor's request reaches to the end of its sentence, until a word of a sentence handed down.
const PROSECUTOR_ASKED =
  /(?<![\p{L}])(?:прокурор\p{L}*|прокуратур\p{L}*|гособвинени\p{L}*|сторона\s+обвинения|prosecutors?|prosecution|procureure?|parquet|ministère\s+public)(?![\p{L}])[^.;!?]{0,60}?(?<![\p{L}])(?:(?:за|по)?просил\p{L}*|(?:по)?требовал\p{L}*|requested|asked|sought|demanded|requis|a\s+demandé|réclamé)(?![\p{L}])/giu;

/** The last index at which `re` matches in `s`, or -1. */
function lastMatch(re: RegExp, s: string): number {
  let at = -1;
  for (const m of s.matchAll(re)) at = m.index;
  return at;
}

/** True when the length is asked for or risked in its sentence, not handed down. */
export function isRequestedLength(text: string, bounds: readonly [number, number][], l: LengthMention): boolean {
  const [from, to] = sentenceAt(bounds, l.span.start);
  // A request speaks for the length only close before it: a letter's "we demand the release of …" a clause earlier does not.
  const before = text.slice(Math.max(from, l.span.start - 50), l.span.start);
  const request = lastMatch(REQUEST_BEFORE, before);
  if (request >= 0 && request > lastMatch(HANDED_BEFORE, before)) return true;
  const sentenceBefore = text.slice(from, l.span.start);
  const asked = lastMatch(PROSECUTOR_ASKED, sentenceBefore);
  if (asked >= 0 && asked > lastMatch(HANDED_BEFORE, sentenceBefore)) return true;
  return REQUEST_AFTER.test(text.slice(l.span.end, Math.max(l.span.end, to)));
}

/** The lengths that may be sentences handed down: those asked for or risked are left out, and the court's answer to a
 * request written as a bare figure ("asked for 10 years. The court gave eight.") is added in the request's unit. */
export function handedDownLengths(
  text: string,
  bounds: readonly [number, number][],
  lengths: readonly LengthMention[],
): LengthMention[] {
  // «Прокурор попросил назначить 17 лет A, по 15 лет B и C, D — 13 лет»: the lengths listed after a request in its
  // sentence are asked for too, until a word of a sentence handed down.
  const requested: LengthMention[] = [];
  for (const [i, l] of lengths.entries()) {
    const prev = lengths[i - 1];
    const listed =
      prev !== undefined &&
      requested.includes(prev) &&
      sentenceAt(bounds, prev.span.start)[0] === sentenceAt(bounds, l.span.start)[0] &&
      lastMatch(HANDED_BEFORE, text.slice(prev.span.end, l.span.start)) < 0;
    if (listed || isRequestedLength(text, bounds, l)) requested.push(l);
  }
  const answers = requested.flatMap((l) => courtAnswer(text, bounds, l) ?? []);
  return [...lengths.filter((l) => !requested.includes(l)), ...answers].sort((a, b) => a.span.start - b.span.start);
}

// «Суд дал восемь.», "The court gave him eight.", « Le tribunal en a prononcé huit. »: a figure without its unit.
const COURT_GAVE =
  /(?<![\p{L}])(?:суд|судья|the\s+court|the\s+judge|le\s+tribunal|la\s+cour|le\s+juge)\s+(?:же\s+|then\s+|finally\s+)?(?:дал|назначил|gave|imposed|handed\s+down|(?:en\s+)?a\s+(?:prononcé|infligé|donné))\s+(?:ему|ей|им|him|her|them)?\s*([\p{L}\d.,½]+?)(?=\s*(?:[.;!]|$))/iu;

/**
 * The length a court gave in answer to a request, in the sentence after it or later in its own, when written as a bare
 * figure; it is said of the person the request named (`about`).
 */
function courtAnswer(text: string, bounds: readonly [number, number][], l: LengthMention): LengthMention | undefined {
  const [, end] = sentenceAt(bounds, l.span.start);
  const nextEnd = sentenceAt(bounds, end)[1];
  const after = text.slice(l.span.end, Math.max(end, nextEnd));
  const m = COURT_GAVE.exec(after);
  const figure = m?.[1];
  const given = figure === undefined ? undefined : numberValue(figure);
  const asked = numberValue(/^[\p{L}\d.,½]+/u.exec(l.span.text)?.[0] ?? '');
  if (!m || given === undefined || !asked) return undefined;
  const start = l.span.end + m.index + m[0].length - figure!.length;
  const months = Math.round((l.months / asked) * given);
  return { span: spanOf(text, start, start + figure!.length), months, about: l.span.start };
}
