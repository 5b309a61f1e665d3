// Anniversaries worth marking: the 1st, 5th, 10th, 15th … anniversary of a past event falling in the coming days,
// proposed to an editor, never created on their own.
import type { Ctx } from '../../context.ts';
import type { Event } from '../../domain/event.ts';
import { occasionRepo } from '../../db/repos/occasion.repo.ts';
import { readableLevels } from '../../policies/authorize.ts';
import { isoDay } from './calendar.ts';

/** Whether an anniversary of this many years is one people mark. */
export function isRoundAnniversary(years: number): boolean {
  return years === 1 || (years > 0 && years % 5 === 0);
}

/** One proposed anniversary. */
export interface AnniversaryProposal {
  event: Event;
  years: number;
  date: string;
}

/** The MM-DD ranges covered by the days from `from` on (two ranges when they run over the new year). */
export function monthDayRanges(from: Date, days: number): [string, string][] {
  const start = isoDay(from).slice(5);
  const end = isoDay(new Date(from.getTime() + days * 86_400_000)).slice(5);
  if (days >= 365) return [['01-01', '12-31']];
  return start <= end
    ? [[start, end]]
    : [
        [start, '12-31'],
        ['01-01', end],
      ];
}

/** Round anniversaries of visible events in the next `days` days that no anniversary event commemorates yet. */
export async function anniversaryProposals(ctx: Ctx, days = 120): Promise<AnniversaryProposal[]> {
  const now = ctx.now();
  const today = isoDay(now);
  const last = isoDay(new Date(now.getTime() + days * 86_400_000));
  const events = await occasionRepo.onMonthDays(ctx.db, readableLevels(ctx.actor), monthDayRanges(now, days), today);
  const out: AnniversaryProposal[] = [];
  for (const event of events) {
    const eventYear = Number(event.startDate!.slice(0, 4));
    const monthDay = event.startDate!.slice(5);
    const done = new Set(await occasionRepo.commemorations(ctx.db, event.id));
    for (let year = Number(today.slice(0, 4)); year <= Number(last.slice(0, 4)); year++) {
      const date = `${String(year).padStart(4, '0')}-${monthDay}`;
      // 29 February comes back only in leap years; Date rolls other days over, which the round trip catches.
      if (isoDay(new Date(`${date}T00:00:00Z`)) !== date || date < today || date > last) continue;
      const years = year - eventYear;
      if (isRoundAnniversary(years) && !done.has(date)) out.push({ event, years, date });
    }
  }
  return out.sort((a, b) => (a.date === b.date ? a.event.id.localeCompare(b.event.id) : a.date.localeCompare(b.date)));
}
