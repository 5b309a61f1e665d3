// A country briefing: what the register knows about one country as of a date — counts by status and kind of act, the
// people held and for how long, sentences, political-prisoner designations, and what happened since a chosen date.
// Built from the records the reader may see, never from restricted fields.
import { fieldForReader } from '../../domain/localized.ts';
import type { Ctx } from '../../context.ts';
import { statusOn, type Case } from '../../domain/case.ts';
import { parsePartialDate, partialDateRange } from '../../domain/partial-date.ts';
import { HELD_STATUSES, timeHeld } from '../../domain/time-held.ts';
import { organisationRepo } from '../../db/repos/organisation.repo.ts';
import { personRepo } from '../../db/repos/person.repo.ts';
import { eventRepo } from '../../db/repos/event.repo.ts';
import { readableLevels } from '../../policies/authorize.ts';
import { nameForLanguage } from '../appeals/annex.ts';
import { casesOfCountry } from '../occasions/country-cases.ts';

export type { Briefing, BriefingCase, Development } from '../../domain/briefing.ts';
import type { Briefing, BriefingCase, Development } from '../../domain/briefing.ts';

/** What a briefing is asked for. */
export interface BriefingRequest {
  country: string;
  /** The day the briefing describes (YYYY-MM-DD). */
  asOf: string;
  /** Developments after this day (default: a year before asOf). */
  since?: string;
  lang: string;
  occasionEventId?: string;
}

/** The earliest day a partial date may stand for, and the latest. */
function earliest(d: string): string {
  const p = parsePartialDate(d);
  return p ? partialDateRange(p).earliest : d;
}

/** The case as it stood on `asOf`: the status it had then; acts, timeline and designations dated later are left out. */
function asOfCase(c: Case, asOf: string): Case {
  const known = (d: string | null) => d === null || earliest(d) <= asOf;
  return {
    ...c,
    status: statusOn(c, asOf),
    acts: c.acts.filter((a) => known(a.date)),
    timeline: c.timeline.filter((t) => known(t.date)),
    designations: c.designations.filter((d) => known(d.date)),
  };
}

/** Whether the register shows the case as existing by `asOf`: some fact dated by then, or, with no dates at all, entered by then. */
function existedBy(c: Case, asOf: string): boolean {
  const dates = [...c.acts.map((a) => a.date), ...c.timeline.map((t) => t.date), c.sentence?.startDate ?? null].filter(
    (d): d is string => d !== null,
  );
  return dates.length > 0 ? dates.some((d) => earliest(d) <= asOf) : c.createdAt.slice(0, 10) <= asOf;
}

/** Builds the briefing for the reader. */
export async function countryBriefing(ctx: Ctx, req: BriefingRequest): Promise<Briefing> {
  const levels = readableLevels(ctx.actor);
  const since = req.since ?? `${String(Number(req.asOf.slice(0, 4)) - 1).padStart(4, '0')}${req.asOf.slice(4)}`;
  const cases = (await casesOfCountry(ctx.db, req.country, levels))
    .filter((c) => existedBy(c, req.asOf))
    .map((c) => asOfCase(c, req.asOf));
  const issuerNames = new Map<string, string>();
  const out: BriefingCase[] = [];
  const developments: Development[] = [];
  for (const c of cases) {
    const subject =
      c.subject.type === 'person'
        ? await personRepo.find(ctx.db, c.subject.id, levels, null)
        : await organisationRepo.find(ctx.db, c.subject.id, levels, null);
    const name = subject ? nameForLanguage(subject.names, req.lang) : c.title;
    const held = c.subject.type === 'person' ? timeHeld(c, req.asOf) : null;
    for (const d of c.designations) {
      if (d.issuerId && !issuerNames.has(d.issuerId)) {
        const org = await organisationRepo.find(ctx.db, d.issuerId, levels, null);
        if (org) issuerNames.set(d.issuerId, nameForLanguage(org.names, req.lang));
      }
    }
    out.push({
      caseId: c.id,
      caseSlug: c.slug,
      title: fieldForReader(c.title, c.lang, c.translations.title, req.lang)?.text ?? c.title,
      subjectType: c.subject.type,
      name,
      status: c.status,
      heldSince: held?.since ?? null,
      heldSinceApprox: held?.sinceApprox ?? false,
      heldUntil: held?.until ?? null,
      heldMonths: held?.months ?? null,
      sentenceEnds: held?.sentenceEnds ?? null,
      review: held?.review ?? null,
      sentence: c.sentence ? { kind: c.sentence.kind, months: c.sentence.months } : null,
      designations: c.designations.map((d) => ({
        kind: d.kind,
        issuer: (d.issuerId ? issuerNames.get(d.issuerId) : undefined) ?? d.issuerName,
        date: d.date,
      })),
      acts: c.acts.map((a) => ({ kind: a.kind, date: a.date })),
    });
    for (const a of c.acts)
      if (a.date && earliest(a.date) > since)
        developments.push({
          date: a.date,
          caseSlug: c.slug,
          name,
          kind: a.kind,
          source: 'act',
          description: a.description,
        });
    for (const t of c.timeline)
      if (earliest(t.date) > since)
        developments.push({
          date: t.date,
          caseSlug: c.slug,
          name,
          kind: t.kind,
          source: 'timeline',
          description: t.description,
        });
  }
  const count = (keys: string[]) =>
    keys.reduce<Record<string, number>>((acc, k) => ({ ...acc, [k]: (acc[k] ?? 0) + 1 }), {});
  const occasionEvent = req.occasionEventId
    ? await eventRepo.find(ctx.db, req.occasionEventId, levels, null)
    : undefined;
  const people = out.filter((c) => c.subjectType === 'person');
  const occasionTitle = occasionEvent
    ? fieldForReader(occasionEvent.title, occasionEvent.lang, occasionEvent.translations.title, req.lang)
    : undefined;
  return {
    country: req.country,
    asOf: req.asOf,
    since,
    lang: req.lang,
    generatedAt: ctx.now().toISOString(),
    occasion: occasionEvent
      ? {
          id: occasionEvent.id,
          slug: occasionEvent.slug,
          title: occasionTitle?.text ?? occasionEvent.title,
          ...(occasionTitle?.fallback ? { titleLang: occasionTitle.lang } : {}),
          startDate: occasionEvent.startDate,
          endDate: occasionEvent.endDate,
        }
      : null,
    totals: {
      cases: out.length,
      people: people.length,
      organisations: out.length - people.length,
      held: out.filter((c) => HELD_STATUSES.includes(c.status) && c.review === null).length,
      toReview: out.filter((c) => c.review !== null).length,
      politicalPrisoners: out.filter((c) => c.designations.some((d) => d.kind === 'political_prisoner')).length,
    },
    byStatus: count(out.map((c) => c.status)),
    byActKind: count(out.flatMap((c) => c.acts.map((a) => a.kind))),
    people,
    organisations: out.filter((c) => c.subjectType === 'organisation'),
    developments: developments.sort((a, b) => a.date.localeCompare(b.date)),
  };
}
