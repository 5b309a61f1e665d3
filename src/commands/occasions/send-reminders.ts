// Reminders: a set number of days before an occasion that concerns a followed country or case, the follower gets one
// email, in their account's language (templates/reminder.ts), listing the open cases in the countries concerned, the
// appeals timed to the occasion and what changed since their last reminder. Claiming the reminder and queueing its email happen in one transaction, and the claim is a
// primary key: each reminder goes out once, across restarts and several workers.
import type { Actor, Ctx } from '../../context.ts';
import type { Event } from '../../domain/event.ts';
import type { UserRole } from '../../domain/vocabulary.ts';
import { writeTransaction } from '../../db/database.ts';
import { occasionRepo, type Follow } from '../../db/repos/occasion.repo.ts';
import { isLocale, type Locale } from '../../i18n/locales.ts';
import { enqueueMail } from '../../mail/mail-job.ts';
import { reminderMail, type ReminderFacts } from '../../mail/templates/reminder.ts';
import { readableLevels } from '../../policies/authorize.ts';
import { listAppeals } from '../../queries/appeals/get-appeal.ts';
import { dateSpan, isoDay, occasionsBetween } from '../../queries/occasions/calendar.ts';
import { CLOSED_STATUSES, casesOfCountry } from '../../queries/occasions/country-cases.ts';

/** Milliseconds a time zone is ahead of UTC at a moment. */
function zoneOffsetMs(at: number, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(new Date(at))
      .map((p) => [p.type, p.value]),
  );
  return (
    Date.UTC(
      Number(parts.year),
      Number(parts.month) - 1,
      Number(parts.day),
      Number(parts.hour),
      Number(parts.minute),
      Number(parts.second),
    ) - at
  );
}

/** The UTC moment a day (YYYY-MM-DD) begins in a time zone (UTC when none is known). */
export function dayStartsAt(day: string, timeZone: string | null): number {
  const utc = Date.parse(`${day}T00:00:00Z`);
  return timeZone ? utc - zoneOffsetMs(utc, timeZone) : utc;
}

/** When the reminder of an occasion falls due for a follow: its first day's start, in its own zone, minus the days asked. */
export function reminderDueAt(event: Pick<Event, 'startDate' | 'timeZone'>, daysBefore: number): number {
  return dayStartsAt(dateSpan(event.startDate!, null).first, event.timeZone) - daysBefore * 86_400_000;
}

/** Whether an occasion concerns a follow. */
function concerns(event: Event, follow: Follow, caseIdsOfEvent: Set<string>): boolean {
  if (follow.kind === 'country') return event.place.country === follow.value || event.countries.includes(follow.value);
  return caseIdsOfEvent.has(follow.value);
}

function actorOf(userId: string, role: string): Actor {
  return { kind: 'user', id: userId, role: role as UserRole };
}

/** Finds the reminders due now and queues them; returns how many were sent. */
export async function sendDueReminders(ctx: Ctx, horizonDays = 92): Promise<number> {
  const follows = await occasionRepo.allFollows(ctx.db);
  const byUser = new Map<string, typeof follows>();
  for (const f of follows) byUser.set(f.userId, [...(byUser.get(f.userId) ?? []), f]);
  const now = ctx.now();
  let sent = 0;
  for (const [userId, own] of byUser) {
    const readerCtx: Ctx = { ...ctx, actor: actorOf(userId, own[0]!.role) };
    const occasions = await occasionsBetween(
      readerCtx,
      isoDay(new Date(now.getTime() - 86_400_000)),
      isoDay(new Date(now.getTime() + horizonDays * 86_400_000)),
    );
    for (const event of occasions) {
      const caseIds = new Set(await occasionRepo.casesOfEvent(ctx.db, event.id, readableLevels(readerCtx.actor)));
      const appeals = (await listAppeals(readerCtx, { occasionEventId: event.id }, { limit: 50 })).data;
      for (const a of appeals) for (const c of a.caseIds) caseIds.add(c);
      const matching = own.filter((f) => concerns(event, f, caseIds));
      if (matching.length === 0) continue;
      const due = Math.min(...matching.map((f) => reminderDueAt(event, f.daysBefore)));
      // Due from `due` until the occasion's last day is over; a reminder never arrives after the moment has passed.
      const over = dayStartsAt(dateSpan(event.startDate!, event.endDate).last, event.timeZone) + 86_400_000;
      if (now.getTime() < due || now.getTime() >= over) continue;
      if (
        await sendOne(
          readerCtx,
          own[0]!.email,
          isLocale(own[0]!.lang) ? own[0]!.lang : 'en',
          event,
          appeals.map((a) => a.title),
        )
      )
        sent++;
    }
  }
  return sent;
}

async function sendOne(
  ctx: Ctx,
  email: string,
  locale: Locale,
  event: Event,
  appealTitles: string[],
): Promise<boolean> {
  const userId = ctx.actor.kind === 'user' ? ctx.actor.id : '';
  const levels = readableLevels(ctx.actor);
  const since = await occasionRepo.lastReminderAt(ctx.db, userId);
  const countries = [...new Set([...(event.place.country ? [event.place.country] : []), ...event.countries])];
  const open: ReminderFacts['open'] = [];
  const changed: ReminderFacts['changed'] = [];
  for (const country of countries) {
    for (const c of await casesOfCountry(ctx.db, country, levels)) {
      if (!CLOSED_STATUSES.includes(c.status)) open.push({ title: c.title, country, status: c.status });
      if (since && c.updatedAt > since) changed.push({ title: c.title, updatedAt: c.updatedAt });
    }
  }
  const mail = reminderMail(locale, email, {
    eventTitle: event.title,
    startDate: event.startDate!,
    endDate: event.endDate,
    timeZone: event.timeZone,
    link: `${ctx.config.publicUrl}/events/${event.slug}`,
    countries,
    open,
    appealTitles,
    since,
    changed,
  });
  return writeTransaction(ctx.db, async (trx) => {
    const at = ctx.now().toISOString();
    if (!(await occasionRepo.claimReminder(trx, userId, event.id, at))) return false;
    await enqueueMail(trx, mail, ctx.now(), ctx.keyring);
    return true;
  });
}
