// How long a person has been held, as of a day, from what a case records. Dates keep the precision they were entered
// with ("2012-01" stays a month); durations are counted from the earliest day a date may stand for.
import type { Case } from './case.ts';
import { addMonths, formatPartialDate, parsePartialDate, partialDateRange } from './partial-date.ts';

/** Statuses in which a person is held. */
export const HELD_STATUSES: readonly Case['status'][] = ['detained_pre_trial', 'serving_sentence'];

/** Sentences served in custody: their end is when a person should walk free. */
const CUSTODIAL = new Set(['prison']);

/** What the register says about one person's time in custody as of a day. */
export interface TimeHeld {
  /** When custody began, as entered (a year, a month or a day); null when no arrest or detention is dated. */
  since: string | null;
  sinceApprox: boolean;
  /** When custody ended, if it has: a recorded release or, failing that, the end of a custodial sentence. */
  until: string | null;
  /** Whole months in custody up to `until` or the day asked about. */
  months: number | null;
  /** The day a custodial sentence runs out (same precision as its start), when its length is known. */
  sentenceEnds: string | null;
  /** Set when the case still says "serving" though the sentence ran out and no release is recorded: someone must check. */
  review: 'sentence_ended' | null;
}

const earliest = (d: string): string => {
  const p = parsePartialDate(d);
  return p ? partialDateRange(p).earliest : d;
};
const latest = (d: string): string => {
  const p = parsePartialDate(d);
  return p ? partialDateRange(p).latest : d;
};

/** Whole months from the earliest day `from` may mean to the day `to` (0 when `to` comes first). */
export function monthsFrom(from: string, to: string): number {
  const [fy, fm, fd] = earliest(from).split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = earliest(to).split('-').map(Number) as [number, number, number];
  return Math.max(0, (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0));
}

/** The first dated entry in date order, keeping its text and approximation. */
function first<T extends { date: string | null; dateApprox?: boolean }>(rows: T[]): T | undefined {
  return rows.filter((r) => r.date).sort((a, b) => earliest(a.date!).localeCompare(earliest(b.date!)))[0];
}

/** The time held as of `asOf` (YYYY-MM-DD), from arrests, releases, the status history and the sentence of a case. */
export function timeHeld(
  c: Pick<Case, 'status' | 'statusHistory' | 'acts' | 'timeline' | 'sentence'>,
  asOf: string,
): TimeHeld {
  const known = (d: string | null): d is string => d !== null && earliest(d) <= asOf;
  const start = first([
    ...c.acts.filter((a) => (a.kind === 'arrest' || a.kind === 'detention') && known(a.date)),
    ...c.timeline.filter((t) => t.kind === 'arrest' && known(t.date)),
  ]);
  const none: TimeHeld = {
    since: null,
    sinceApprox: false,
    until: null,
    months: null,
    sentenceEnds: null,
    review: null,
  };
  if (!start?.date) return none;
  const since = start.date;
  const held = HELD_STATUSES.includes(c.status);
  // A release is a timeline entry, or the status history leaving custody; either after custody began and by asOf.
  const releases = [
    ...c.timeline.filter((t) => t.kind === 'release').map((t) => t.date),
    ...c.statusHistory.filter((h) => !HELD_STATUSES.includes(h.status)).map((h) => h.since),
  ]
    .filter((d) => known(d) && latest(d) >= earliest(since))
    .sort((a, b) => earliest(a).localeCompare(earliest(b)));
  const released = held ? undefined : releases[0];
  const s = c.sentence;
  const sentenceStart = s?.startDate ? parsePartialDate(s.startDate) : parsePartialDate(since);
  const sentenceEnds =
    s && CUSTODIAL.has(s.kind) && s.months != null && sentenceStart
      ? formatPartialDate(addMonths(sentenceStart, s.months))
      : null;
  // Only a sentence that has certainly run out (its latest possible end before asOf) stops the count.
  const ranOut = sentenceEnds !== null && latest(sentenceEnds) < asOf;
  const until = released ?? (ranOut ? sentenceEnds : null);
  if (!held && !released) return { ...none, since, sinceApprox: start.dateApprox ?? false, sentenceEnds };
  return {
    since,
    sinceApprox: start.dateApprox ?? false,
    until,
    months: monthsFrom(since, until ?? asOf),
    sentenceEnds,
    review: held && ranOut && c.status === 'serving_sentence' ? 'sentence_ended' : null,
  };
}
