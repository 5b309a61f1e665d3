// What the home page shows: headline counts, cases by status, year and country, prison sentence lengths and the latest changes,
// all over records the reader may see (the levels are applied in SQL by the repository).
import type { Ctx } from '../../context.ts';
import { displayName } from '../../domain/person.ts';
import { CASE_STATUSES, type CaseStatus } from '../../domain/vocabulary.ts';
import {
  casesByCountry,
  casesByFirstYear,
  casesByStatus,
  prisonSentenceLengths,
  recentlyUpdated,
  visibleCounts,
  type RecentRecord,
} from '../../db/repos/stats.repo.ts';
import { timeHeld } from '../../domain/time-held.ts';
import { readableLevels } from '../../policies/authorize.ts';
import { casesWithStatus } from '../occasions/country-cases.ts';
import { recordPath } from './record-links.ts';

/** A band of prison sentence lengths in whole years: from (inclusive) to (exclusive; null for no upper bound). */
export interface SentenceBand {
  fromYears: number;
  toYears: number | null;
  count: number;
}

/** A record in the list of latest changes, ready to link. */
export interface LatestChange {
  type: RecentRecord['type'];
  label: string;
  path: string;
  updatedAt: string;
}

/** The home page's figures. */
export interface HomeStats {
  /**
   * `held` follows the briefings' rule (domain/time-held.ts): a case still marked as serving a sentence that has run out
   * with no release recorded is not counted but set apart in `heldToReview`.
   */
  counts: { cases: number; persons: number; organisations: number; events: number; held: number; heldToReview: number };
  /** Every status in vocabulary order, with zero where no case has it. */
  byStatus: { status: CaseStatus; count: number }[];
  /** Consecutive years from the first to the last, with zero for years without a new case. */
  byYear: { year: number; count: number }[];
  sentences: SentenceBand[];
  /** Countries with at least one case, most cases first. */
  byCountry: { country: string; count: number }[];
  latest: LatestChange[];
}

/** The bands of the sentence chart, in years. */
export const SENTENCE_BANDS: readonly (readonly [number, number | null])[] = [
  [0, 1],
  [1, 3],
  [3, 5],
  [5, 10],
  [10, 15],
  [15, null],
];

/** Sorts sentence lengths (in months) into the bands of SENTENCE_BANDS. */
export function sentenceBands(lengths: readonly { months: number; count: number }[]): SentenceBand[] {
  return SENTENCE_BANDS.map(([fromYears, toYears]) => ({
    fromYears,
    toYears,
    count: lengths
      .filter((l) => l.months >= fromYears * 12 && (toYears === null || l.months < toYears * 12))
      .reduce((n, l) => n + l.count, 0),
  }));
}

/** Fills the years between the first and the last with zeros, so the time axis is not distorted. */
export function continuousYears(rows: readonly { value: string; count: number }[]): { year: number; count: number }[] {
  const counts = new Map<number, number>();
  for (const r of rows) {
    const year = Number(r.value);
    if (Number.isInteger(year)) counts.set(year, (counts.get(year) ?? 0) + r.count);
  }
  if (counts.size === 0) return [];
  const years = [...counts.keys()];
  const out: { year: number; count: number }[] = [];
  for (let y = Math.min(...years); y <= Math.max(...years); y++) out.push({ year: y, count: counts.get(y) ?? 0 });
  return out;
}

function labelOf(r: RecentRecord): string {
  return r.type === 'case' || r.type === 'event' ? (r.title ?? r.slug) : displayName(r.names) || r.slug;
}

/** Gathers everything the home page shows, for the context's actor. */
export async function homeStats(ctx: Ctx, opts: { latest?: number } = {}): Promise<HomeStats> {
  const levels = readableLevels(ctx.actor);
  const [counts, status, years, lengths, countries, recent] = await Promise.all([
    visibleCounts(ctx.db, levels),
    casesByStatus(ctx.db, levels),
    casesByFirstYear(ctx.db, levels),
    prisonSentenceLengths(ctx.db, levels),
    casesByCountry(ctx.db, levels),
    recentlyUpdated(ctx.db, levels, opts.latest ?? 10),
  ]);
  const statusCounts = new Map(status.map((s) => [s.value, s.count]));
  // Only a case marked as serving a sentence can have outlived its sentence: those are read in full and checked.
  const today = ctx.now().toISOString().slice(0, 10);
  const serving = await casesWithStatus(ctx.db, 'serving_sentence', levels);
  const heldToReview = serving.filter((c) => c.subject.type === 'person' && timeHeld(c, today).review !== null).length;
  return {
    counts: { ...counts, held: counts.held - heldToReview, heldToReview },
    byStatus: CASE_STATUSES.map((s) => ({ status: s, count: statusCounts.get(s) ?? 0 })),
    byYear: continuousYears(years),
    sentences: sentenceBands(lengths),
    byCountry: countries
      .map((c) => ({ country: c.value, count: c.count }))
      .sort((a, b) => b.count - a.count || a.country.localeCompare(b.country)),
    latest: recent.map((r) => ({
      type: r.type,
      label: labelOf(r),
      path: recordPath(r.type, r.slug),
      updatedAt: r.updatedAt,
    })),
  };
}
