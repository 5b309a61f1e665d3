// Dates as documents write them, in English, Russian and French: "5–6 December", "December 2011", "16 декабря 2011 года",
// "le 5 décembre 2014". A date without its year takes the year of the document's own date.
import { daysInMonth, formatPartialDate, parsePartialDate, type PartialDate } from '../domain/partial-date.ts';
import { spanOf, type Span } from './types.ts';

/** A date found in the text: a partial date, or a range of them. */
export interface DateMention {
  span: Span;
  start: string;
  end: string | null;
  /** The year was not in the text and came from the document's date. */
  yearInferred: boolean;
}

// Month names by number; Russian ones are stems so that every case form matches (декабря, декабре, декабрь).
const MONTHS: readonly [number, string][] = [
  [1, 'january|jan\\.?|janvier|январ\\p{L}*'],
  [2, 'february|feb\\.?|février|fevrier|феврал\\p{L}*'],
  [3, 'march|mar\\.?|mars|март\\p{L}*'],
  [4, 'april|apr\\.?|avril|апрел\\p{L}*'],
  [5, 'may|mai|ма[йяе]'],
  [6, 'june|jun\\.?|juin|июн\\p{L}*'],
  [7, 'july|jul\\.?|juillet|июл\\p{L}*'],
  [8, 'august|aug\\.?|août|aout|август\\p{L}*'],
  [9, 'september|sept?\\.?|septembre|сентябр\\p{L}*'],
  [10, 'october|oct\\.?|octobre|октябр\\p{L}*'],
  [11, 'november|nov\\.?|novembre|ноябр\\p{L}*'],
  [12, 'december|dec\\.?|décembre|decembre|декабр\\p{L}*'],
];
const MONTH_RE = MONTHS.map(([n, re]) => ({ n, re: new RegExp(`^(?:${re})$`, 'iu') }));
const MONTH = `(?:${MONTHS.map(([, re]) => re).join('|')})`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th|er|-?го|-?е)?';
const YEAR = '((?:1[89]|20)\\d{2})';
const YEAR_TAIL = `(?:\\s*,?\\s*${YEAR}(?:\\s*(?:года|году|г\\.))?)?`;
const DASH = '\\s*(?:[-–—]|to|and|et|au|по|и|until|till)\\s*';
// Letters around a match must not continue a word: \b does not know Cyrillic.
const L = '(?<![\\p{L}\\d])';
const R = '(?![\\p{L}\\d])';

const PATTERNS: readonly {
  re: RegExp;
  kind: 'iso' | 'numeric' | 'dayRange' | 'day' | 'monthDay' | 'month' | 'monthAlone' | 'year';
}[] = [
  { kind: 'iso', re: new RegExp(`${L}(\\d{4})-(\\d{2})-(\\d{2})${R}`, 'gu') },
  // "05.01.2022", and "05-01-2022" as news sites date their pages (day first, the same mark twice).
  { kind: 'numeric', re: new RegExp(`${L}(\\d{1,2})([.-])(\\d{1,2})\\2(\\d{4})${R}`, 'gu') },
  {
    kind: 'dayRange',
    re: new RegExp(`${L}(?:from\\s+|du\\s+|с\\s+)?${DAY}${DASH}${DAY}\\s+(?:of\\s+)?(${MONTH})${YEAR_TAIL}${R}`, 'giu'),
  },
  { kind: 'day', re: new RegExp(`${L}${DAY}\\s+(?:of\\s+)?(${MONTH})${YEAR_TAIL}${R}`, 'giu') },
  { kind: 'monthDay', re: new RegExp(`${L}(${MONTH})\\s+${DAY}(?:${DASH}${DAY})?(?:\\s*,\\s*${YEAR})?${R}`, 'giu') },
  // "May 2017", "May, 2017", "May of 2017".
  {
    kind: 'month',
    re: new RegExp(`${L}(${MONTH})(?:\\s*,)?\\s+(?:of\\s+)?${YEAR}(?:\\s*(?:года|году|г\\.))?${R}`, 'giu'),
  },
  // "arrested in May", « depuis septembre », «в мае»: a month after its preposition, the year the document's.
  {
    kind: 'monthAlone',
    re: new RegExp(
      `(?<=(?<![\\p{L}])(?:in|since|en|depuis|в|во|с)\\s+(?:early\\s+|late\\s+|mid-|début\\s+|fin\\s+)?)(${MONTH})${R}(?!\\s*,?\\s*\\d)`,
      'giu',
    ),
  },
  {
    kind: 'year',
    re: new RegExp(
      `(?<=(?:in|of|since|until|from|by|в|с|до|en|de|depuis|à)\\s+)${YEAR}(?:\\s*(?:года|году|г\\.))?${R}|${L}${YEAR}\\s*(?:года|году|г\\.)`,
      'giu',
    ),
  },
];

function monthNumber(word: string): number | undefined {
  return MONTH_RE.find((m) => m.re.test(word))?.n;
}

function valid(year: number, month: number, day?: number): PartialDate | undefined {
  if (month < 1 || month > 12) return undefined;
  if (day !== undefined && (day < 1 || day > daysInMonth(year, month))) return undefined;
  return day === undefined ? { year, month } : { year, month, day };
}

/** Parses a document date given by a person or found in the document; undefined when it is not a date. */
export function parseDocumentDate(text: string): PartialDate | undefined {
  const trimmed = text.trim();
  const exact = parsePartialDate(trimmed);
  if (exact) return exact;
  const found = findDates(trimmed, undefined)[0];
  return found && !found.yearInferred ? parsePartialDate(found.start) : undefined;
}

/** Finds every date in the text, longest forms first; a missing year comes from `documentDate` (or the date is dropped). */
export function findDates(text: string, documentDate: PartialDate | undefined): DateMention[] {
  const taken: [number, number][] = [];
  const out: DateMention[] = [];
  const free = (s: number, e: number) => taken.every(([a, b]) => e <= a || s >= b);
  for (const { re, kind } of PATTERNS) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!free(start, end)) continue;
      const found = interpret(kind, m, documentDate);
      if (!found) continue;
      taken.push([start, end]);
      out.push({ span: spanOf(text, start, end), ...found });
    }
  }
  // "the next day", «на следующий день», « le lendemain »: the day after the full date written last before it.
  for (const m of text.matchAll(NEXT_DAY)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    const before = out
      .filter((d) => d.span.end <= m.index && m.index - d.span.end <= 600 && /^\d{4}-\d{2}-\d{2}$/.test(d.start))
      .sort((a, b) => b.span.end - a.span.end)[0];
    if (!before) continue;
    const next = new Date(`${before.start}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    out.push({
      span: spanOf(text, m.index, m.index + m[0].length),
      start: next.toISOString().slice(0, 10),
      end: null,
      yearInferred: before.yearInferred,
    });
  }
  // "today", « hier », «вчера»: the document's own day, or the day before it, when the document's date has its day.
  if (documentDate?.day !== undefined)
    for (const m of text.matchAll(RELATIVE_DAY)) {
      // «Вчера, 22 февраля 2016 года»: the date written beside the word is the one meant.
      if (
        !free(m.index, m.index + m[0].length) ||
        /^\s*,?\s*(?:le\s+|on\s+)?\d/iu.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))
      )
        continue;
      const day = new Date(Date.UTC(documentDate.year, documentDate.month! - 1, documentDate.day));
      if (/^(?:yesterday|hier|вчера)$/iu.test(m[0])) day.setUTCDate(day.getUTCDate() - 1);
      out.push({
        span: spanOf(text, m.index, m.index + m[0].length),
        start: day.toISOString().slice(0, 10),
        end: null,
        yearInferred: true,
      });
    }
  // « Le 5, la police arrête … », "On the 8th, …": a day alone opening a sentence, in the month of the date that heads
  // the chronicle (« 2-8 juin 2021 » on a line of its own) or of the day alone before it; not of a date told in passing.
  const heads = out.filter((d) => /(?:^|\n)[ \t]*$/u.test(text.slice(Math.max(0, d.span.start - 40), d.span.start)));
  for (const m of text.matchAll(DAY_ALONE)) {
    const at = m.index + m[0].length - m[1]!.length;
    if (!free(at, at + m[1]!.length)) continue;
    const before = heads
      .filter((d) => d.span.end <= m.index && /^\d{4}-\d{2}/.test(d.end ?? d.start))
      .sort((a, b) => b.span.end - a.span.end)[0];
    const month = before ? parsePartialDate((before.end ?? before.start).slice(0, 7)) : undefined;
    const day = month?.month !== undefined ? valid(month.year, month.month, Number(m[1])) : undefined;
    if (!day) continue;
    const alone = {
      span: spanOf(text, at, at + m[1]!.length),
      start: formatPartialDate(day),
      end: null,
      yearInferred: before!.yearInferred,
    };
    out.push(alone);
    heads.push(alone);
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

const RELATIVE_DAY = /(?<![\p{L}])(?:today|yesterday|aujourd['’]hui|hier|сегодня|вчера)(?![\p{L}])/giu;
const DAY_ALONE = /(?:^|\n|[.!?]\s+)(?:Le|On\s+the)\s+(\d{1,2})(?:er|st|nd|rd|th)?(?=\s*,)/gu;

const NEXT_DAY =
  /(?<![\p{L}])(?:the\s+(?:next|following)\s+day|a\s+day\s+later|на\s+следующий\s+день|на\s+другой\s+день|le\s+lendemain|le\s+jour\s+suivant)(?![\p{L}])/giu;

function interpret(
  kind: (typeof PATTERNS)[number]['kind'],
  m: RegExpMatchArray,
  doc: PartialDate | undefined,
): Omit<DateMention, 'span'> | undefined {
  const num = (i: number) => (m[i] === undefined ? undefined : Number(m[i]));
  const yearOr = (y: number | undefined) =>
    y !== undefined ? { year: y, inferred: false } : doc ? { year: doc.year, inferred: true } : undefined;
  const one = (d: PartialDate | undefined, inferred: boolean) =>
    d ? { start: formatPartialDate(d), end: null, yearInferred: inferred } : undefined;
  switch (kind) {
    case 'iso':
      return one(valid(num(1)!, num(2)!, num(3)), false);
    case 'numeric':
      return one(valid(num(4)!, num(3)!, num(1)), false);
    case 'dayRange': {
      const month = monthNumber(m[3]!);
      const y = yearOr(num(4));
      if (!month || !y) return undefined;
      const a = valid(y.year, month, num(1));
      const b = valid(y.year, month, num(2));
      if (!a || !b || a.day! > b.day!) return undefined;
      return { start: formatPartialDate(a), end: formatPartialDate(b), yearInferred: y.inferred };
    }
    case 'day': {
      const month = monthNumber(m[2]!);
      const y = yearOr(num(3));
      return month && y ? one(valid(y.year, month, num(1)), y.inferred) : undefined;
    }
    case 'monthDay': {
      const month = monthNumber(m[1]!);
      const y = yearOr(num(4));
      if (!month || !y) return undefined;
      const a = valid(y.year, month, num(2));
      const b = m[3] !== undefined ? valid(y.year, month, num(3)) : undefined;
      if (!a) return undefined;
      if (m[3] !== undefined && (!b || b.day! < a.day!)) return undefined;
      return { start: formatPartialDate(a), end: b ? formatPartialDate(b) : null, yearInferred: y.inferred };
    }
    case 'month': {
      const month = monthNumber(m[1]!);
      return month ? one(valid(num(2)!, month), false) : undefined;
    }
    case 'monthAlone': {
      const month = monthNumber(m[1]!);
      if (!month || !doc) return undefined;
      // A month later in the year than the document's own date is last year's.
      const year = doc.month !== undefined && month > doc.month ? doc.year - 1 : doc.year;
      return one(valid(year, month), true);
    }
    case 'year': {
      const y = num(1) ?? num(2);
      return y ? { start: String(y), end: null, yearInferred: false } : undefined;
    }
  }
}
