// Partial dates in the reduced ISO 8601 form Popolo uses: "2011", "2011-12" or "2011-12-16".

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A date known to the year, the month or the day. */
export interface PartialDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; returns undefined when the text is not a real partial date. */
export function parsePartialDate(text: string): PartialDate | undefined {
  const m = PATTERN.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (year < 1) return undefined;
  if (m[2] === undefined) return { year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  if (m[3] === undefined) return { year, month };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** True when the text is a valid partial date. */
export function isPartialDate(text: string): boolean {
  return parsePartialDate(text) !== undefined;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Writes a partial date back in its canonical text form. */
export function formatPartialDate(d: PartialDate): string {
  let out = pad(d.year, 4);
  if (d.month !== undefined) out += `-${pad(d.month, 2)}`;
  if (d.month !== undefined && d.day !== undefined) out += `-${pad(d.day, 2)}`;
  return out;
}

/** The first and last calendar day a partial date may stand for, as full "YYYY-MM-DD" strings. */
export function partialDateRange(d: PartialDate): { earliest: string; latest: string } {
  const month1 = d.month ?? 1;
  const month2 = d.month ?? 12;
  const day1 = d.day ?? 1;
  const day2 = d.day ?? daysInMonth(d.year, month2);
  return {
    earliest: formatPartialDate({ year: d.year, month: month1, day: day1 }),
    latest: formatPartialDate({ year: d.year, month: month2, day: day2 }),
  };
}

/** True when an interval from `start` to `end` is possible: the end cannot lie wholly before the start. */
export function isPossibleInterval(start: string, end: string): boolean {
  const s = parsePartialDate(start);
  const e = parsePartialDate(end);
  if (!s || !e) return false;
  return partialDateRange(e).latest >= partialDateRange(s).earliest;
}

/** Adds whole months to a partial date, keeping its precision; a day past the month's end is clamped to its last day. */
export function addMonths(d: PartialDate, months: number): PartialDate {
  if (d.month === undefined) return { year: d.year + Math.trunc(months / 12) };
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  if (d.day === undefined) return { year, month };
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}
