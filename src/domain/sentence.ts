// Sentence lengths are kept in whole months: 7.5 years is 90 months.

/** A sentence length split into whole years and remaining months. */
export interface YearsMonths {
  readonly years: number;
  readonly months: number;
}

/** Splits a length in months into years and months (90 → 7 years 6 months). */
export function splitMonths(total: number): YearsMonths {
  if (!Number.isInteger(total) || total < 0) throw new RangeError(`not a length in whole months: ${total}`);
  return { years: Math.floor(total / 12), months: total % 12 };
}

/** Joins years and months back into months. */
export function joinMonths(ym: YearsMonths): number {
  return ym.years * 12 + ym.months;
}

/** Converts a length in years (7.5) into whole months (90); undefined when it is not a whole number of months. */
export function yearsToMonths(years: number): number | undefined {
  if (!Number.isFinite(years) || years < 0) return undefined;
  const months = Math.round(years * 12);
  return Math.abs(months - years * 12) < 1e-9 ? months : undefined;
}

/** English text for a length, "7 years 6 months", for exports and logs (the UI formats per locale). */
export function describeMonths(total: number): string {
  const { years, months } = splitMonths(total);
  const parts: string[] = [];
  if (years > 0) parts.push(`${years} year${years === 1 ? '' : 's'}`);
  if (months > 0 || years === 0) parts.push(`${months} month${months === 1 ? '' : 's'}`);
  return parts.join(' ');
}
