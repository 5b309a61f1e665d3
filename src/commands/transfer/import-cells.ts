// Reading one spreadsheet cell as what a field holds: partial dates in a given layout, lists, full names split into
// their parts, sentence lengths written out ("7 years 6 months", «7 лет 6 месяцев»). Failures are plain messages;
// the importer prefixes them with the column and the row.
import { formatPartialDate, parsePartialDate, type PartialDate } from '../../domain/partial-date.ts';
import { findLengths, numberValue } from '../../intake/sentence-length.ts';
import type { NAME_ORDERS } from './import-map.ts';

/** A cell as the readers give it: CSV cells are text, XLSX cells may be numbers, booleans or dates. */
export type Cell = string | number | boolean | Date | null | undefined;

/** The cell as trimmed text ('' when empty); an XLSX date becomes YYYY-MM-DD. */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/** A cell that could not be read; its message names what was expected. */
export class CellError extends Error {}

const layouts = new Map<string, RegExp[]>();

/** The patterns of a layout: the whole date, then the month and year, then the year alone (partial dates). */
function patternsOf(format: string): RegExp[] {
  let found = layouts.get(format);
  if (found) return found;
  const toRegex = (f: string) =>
    new RegExp(
      `^${f
        .replace(/[./\- ]/g, (s) => (s === ' ' ? '\\s+' : `\\${s}`))
        .replace('YYYY', '(?<y>\\d{4})')
        .replace(/MM?/, '(?<m>\\d{1,2})')
        .replace(/DD?/, '(?<d>\\d{1,2})')}$`,
    );
  // Dropping the day (and the separator next to it) gives the layout of a date known to the month: 03.1987 for DD.MM.YYYY.
  const monthOnly = format.replace(/DD?[./\- ]?|[./\- ]?DD?/, '');
  found = [toRegex(format), toRegex(monthOnly)];
  layouts.set(format, found);
  return found;
}

/** Reads a partial date: YYYY, YYYY-MM, YYYY-MM-DD always; otherwise by the layout (full or without the day). */
export function readDate(cell: Cell, format: string | undefined): string {
  if (cell instanceof Date) return cellText(cell);
  const text = cellText(cell);
  if (typeof cell === 'number' && Number.isInteger(cell) && cell >= 1000 && cell <= 9999) return String(cell);
  const iso = parsePartialDate(text);
  if (iso) return formatPartialDate(iso);
  for (const re of format ? patternsOf(format) : []) {
    const g = re.exec(text)?.groups;
    if (!g) continue;
    const d: PartialDate = {
      year: Number(g.y),
      ...(g.m ? { month: Number(g.m) } : {}),
      ...(g.d ? { day: Number(g.d) } : {}),
    };
    const checked = parsePartialDate(formatPartialDate(d));
    if (checked) return formatPartialDate(checked);
    throw new CellError(`"${text}" is not a real date`);
  }
  throw new CellError(`"${text}" is not a date as ${format ? `${format}, ` : ''}YYYY, YYYY-MM or YYYY-MM-DD`);
}

/** Splits a list cell on the separator (by default any of , ; |), dropping empty items. */
export function readList(cell: Cell, separator: string | undefined): string[] {
  const text = cellText(cell);
  const parts = separator ? text.split(separator) : text.split(/[,;|]/);
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** The parts of a full name in the given word order; a patronymic is only taken when the order has one and the name three words. */
export function splitName(
  full: string,
  order: (typeof NAME_ORDERS)[number],
): { givenName?: string; familyName?: string; patronymic?: string } {
  const words = full.split(/\s+/).filter(Boolean);
  if (words.length < 2) return {};
  const last = words[words.length - 1]!;
  switch (order) {
    case 'given-family':
      return { givenName: words.slice(0, -1).join(' '), familyName: last };
    case 'family-given':
      return { familyName: words[0]!, givenName: words.slice(1).join(' ') };
    case 'family-given-patronymic':
      return words.length >= 3
        ? { familyName: words[0]!, givenName: words.slice(1, -1).join(' '), patronymic: last }
        : { familyName: words[0]!, givenName: last };
    case 'given-patronymic-family':
      return words.length >= 3
        ? { givenName: words[0]!, patronymic: words.slice(1, -1).join(' '), familyName: last }
        : { givenName: words[0]!, familyName: last };
  }
}

const SUSPENDED = /(suspended|условн|avec\s+sursis)/iu;

/**
 * Reads a sentence length in whole months: a bare number counts `unit` (years by default), text is read in English,
 * Russian or French, and the parts of "7 years 6 months" or «7 лет 6 месяцев» add up. A suspended sentence says so.
 */
export function readSentence(cell: Cell, unit: 'years' | 'months' = 'years'): { months: number; suspended: boolean } {
  const text = cellText(cell);
  const bare = typeof cell === 'number' ? cell : /^\d+(?:[.,]\d+)?$/.test(text) ? numberValue(text) : undefined;
  if (bare !== undefined) {
    const months = unit === 'years' ? bare * 12 : bare;
    if (!Number.isInteger(Math.round(months * 1e6) / 1e6))
      throw new CellError(`"${text}" ${unit} is not a whole number of months`);
    return { months: Math.round(months), suspended: false };
  }
  const found = findLengths(text);
  if (found.length === 0)
    throw new CellError(`could not read a length from "${text}" (write e.g. "7 years 6 months" or "7 лет 6 месяцев")`);
  return { months: found.reduce((sum, l) => sum + l.months, 0), suspended: SUSPENDED.test(text) };
}
