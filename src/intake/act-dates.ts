// Dates an act takes from another telling of it: the telling of a group the victims belong to ("On 29 September 12
// activists were detained … Five of them — A, B, C, D and E — were remanded").
import type { DateMention } from './dates.ts';
import type { ActProposal } from './types.ts';

/** A dated act told of a group that the text does not name: its kind and its date. */
export interface GroupTelling {
  kind: ActProposal['kind'];
  date: DateMention;
  /** Where the group's people must be named by: a group the text does not count dates only the acts right after it. */
  reach?: number;
}

/**
 * Gives the date of a group's act to the acts of that kind told of named people without a date, when the text tells
 * that act of a group once (or always with one date) and of two people or more: the named people are of the group
 * ("the five activists, detained …" after "12 activists were detained on 29 September"). One undated victim alone is
 * more likely someone else's act than the group's, so it keeps no date.
 */
export function datedByGroup(acts: readonly ActProposal[], told: readonly GroupTelling[]): ActProposal[] {
  const counted = told.filter((t) => t.reach === undefined);
  const dateOf = new Map<ActProposal['kind'], DateMention | null>();
  for (const t of counted) {
    const seen = dateOf.get(t.kind);
    dateOf.set(t.kind, seen === undefined || seen?.start === t.date.start ? t.date : null);
  }
  const undated = (a: ActProposal) => a.personRef !== null && a.date === null;
  // The uncounted group whose reach covers the act, told before it.
  const nearGroup = (a: ActProposal) =>
    told.find(
      (t) =>
        t.reach !== undefined &&
        t.kind === a.kind &&
        a.spans[0]!.start >= t.date.span.end &&
        a.spans[0]!.start <= t.reach,
    )?.date;
  return acts.map((a) => {
    const d = dateOf.get(a.kind) ?? (undated(a) ? nearGroup(a) : undefined);
    if (!d || !undated(a)) return a;
    const victims = new Set(acts.filter((o) => o.kind === a.kind && undated(o)).map((o) => o.personRef));
    if (victims.size < 2) return a;
    return { ...a, date: d.start, spans: [...a.spans, d.span].sort((x, y) => x.start - y.start) };
  });
}
