// What the register's pages show: a list page with its facets, and one record with everything around it.
import type { Ctx } from '../../context.ts';
import type { Appeal } from '../../domain/appeal.ts';
import { listAppeals } from '../appeals/get-appeal.ts';
import type { Case } from '../../domain/case.ts';
import type { Event } from '../../domain/event.ts';
import type { Membership } from '../../domain/membership.ts';
import type { Organisation } from '../../domain/organisation.ts';
import type { Person } from '../../domain/person.ts';
import type { Citation, Source } from '../../domain/source.ts';
import type { RecordType } from '../../domain/vocabulary.ts';
import type { CaseFilter, EventFilter, OrganisationFilter, PersonFilter } from '../../domain/filters.ts';
import { caseFacets, eventFacets, organisationFacets, personFacets } from '../../db/repos/facet.repo.ts';
import {
  caseDef,
  citationDef,
  eventDef,
  membershipDef,
  organisationDef,
  personDef,
  sourceDef,
} from '../../records/registry.ts';
import { authorize, readableLevels } from '../../policies/authorize.ts';
import { getRecord } from '../records/get-record.ts';
import { listRecords, type ListResult } from '../records/list-records.ts';
import { resolveLinks, type RecordLink } from './record-links.ts';

type Paging = { limit: number; cursor?: string };

/** The citations of a record with their sources (sources the reader may not see are left out). */
export interface Cited {
  citations: Citation[];
  sources: Map<string, Source>;
}

/** Citations of one record (all its fields), oldest first, with their sources. */
export async function citationsOf(ctx: Ctx, type: RecordType, id: string): Promise<Cited> {
  const { data } = await listRecords(ctx, citationDef, { recordType: type, recordId: id }, { limit: 200 });
  const sources = new Map<string, Source>();
  for (const sourceId of new Set(data.map((c) => c.sourceId))) {
    const s = await sourceDef.repo.find(ctx.db, sourceId, readableLevels(ctx.actor), null);
    if (s) sources.set(s.id, s);
  }
  return { citations: data.filter((c) => sources.has(c.sourceId)), sources };
}

/** The case list: a page of cases, facet counts and the names of their subjects. */
export async function caseListPage(ctx: Ctx, filter: CaseFilter, paging: Paging) {
  authorize(ctx.actor, 'read', 'case');
  const [result, facets] = await Promise.all([
    listRecords(ctx, caseDef, filter, paging),
    caseFacets(ctx.db, filter, readableLevels(ctx.actor)),
  ]);
  const links = await resolveLinks(
    ctx,
    result.data.map((c) => ({ type: c.subject.type, id: c.subject.id })),
  );
  return { result, facets, links };
}

/** The person list with facets. */
export async function personListPage(
  ctx: Ctx,
  filter: PersonFilter,
  paging: Paging,
): Promise<{ result: ListResult<Person>; facets: Awaited<ReturnType<typeof personFacets>> }> {
  authorize(ctx.actor, 'read', 'person');
  const [result, facets] = await Promise.all([
    listRecords(ctx, personDef, filter, paging),
    personFacets(ctx.db, filter, readableLevels(ctx.actor)),
  ]);
  return { result, facets };
}

/** The organisation list with facets. */
export async function organisationListPage(ctx: Ctx, filter: OrganisationFilter, paging: Paging) {
  authorize(ctx.actor, 'read', 'organisation');
  const [result, facets] = await Promise.all([
    listRecords(ctx, organisationDef, filter, paging),
    organisationFacets(ctx.db, filter, readableLevels(ctx.actor)),
  ]);
  return { result, facets };
}

/** The event list with facets. */
export async function eventListPage(ctx: Ctx, filter: EventFilter, paging: Paging) {
  authorize(ctx.actor, 'read', 'event');
  const [result, facets] = await Promise.all([
    listRecords(ctx, eventDef, filter, paging),
    eventFacets(ctx.db, filter, readableLevels(ctx.actor)),
  ]);
  return { result, facets };
}

/** One case with its subject, events, perpetrators, issuers and citations. */
export async function casePage(
  ctx: Ctx,
  idOrSlug: string,
): Promise<{ record: Case; links: Map<string, RecordLink>; cited: Cited }> {
  const record = await getRecord(ctx, caseDef, idOrSlug);
  const refs: { type: RecordType; id: string }[] = [
    { type: record.subject.type, id: record.subject.id },
    ...record.eventIds.map((id) => ({ type: 'event' as const, id })),
    ...record.acts.flatMap((a) => (a.perpetratorId ? [{ type: 'organisation' as const, id: a.perpetratorId }] : [])),
    ...record.designations.flatMap((d) => (d.issuerId ? [{ type: 'organisation' as const, id: d.issuerId }] : [])),
  ];
  const [links, cited] = await Promise.all([resolveLinks(ctx, refs), citationsOf(ctx, 'case', record.id)]);
  return { record, links, cited };
}

/** One person with memberships, cases and citations. */
export async function personPage(ctx: Ctx, idOrSlug: string) {
  const record = await getRecord(ctx, personDef, idOrSlug);
  const [memberships, cases, cited] = await Promise.all([
    listRecords(ctx, membershipDef, { personId: record.id }, { limit: 200 }),
    listRecords(ctx, caseDef, { subjectId: record.id }, { limit: 200 }),
    citationsOf(ctx, 'person', record.id),
  ]);
  const links = await resolveLinks(
    ctx,
    memberships.data.map((m) => ({ type: 'organisation' as const, id: m.organisationId })),
  );
  return {
    record,
    memberships: memberships.data.filter((m) => links.has(m.organisationId)),
    links,
    cases: cases.data,
    cited,
  };
}

/** One organisation with its members, the cases against it and citations. */
export async function organisationPage(
  ctx: Ctx,
  idOrSlug: string,
): Promise<{
  record: Organisation;
  memberships: Membership[];
  links: Map<string, RecordLink>;
  cases: Case[];
  cited: Cited;
}> {
  const record = await getRecord(ctx, organisationDef, idOrSlug);
  const [memberships, cases, cited] = await Promise.all([
    listRecords(ctx, membershipDef, { organisationId: record.id }, { limit: 200 }),
    listRecords(ctx, caseDef, { subjectId: record.id }, { limit: 200 }),
    citationsOf(ctx, 'organisation', record.id),
  ]);
  const links = await resolveLinks(
    ctx,
    memberships.data.map((m) => ({ type: 'person' as const, id: m.personId })),
  );
  return {
    record,
    memberships: memberships.data.filter((m) => links.has(m.personId)),
    links,
    cases: cases.data,
    cited,
  };
}

/** One event with related events, linked cases and citations. */
export async function eventPage(
  ctx: Ctx,
  idOrSlug: string,
): Promise<{ record: Event; links: Map<string, RecordLink>; cases: Case[]; cited: Cited; appeals: Appeal[] }> {
  const record = await getRecord(ctx, eventDef, idOrSlug);
  const [links, cases, cited, appeals] = await Promise.all([
    resolveLinks(ctx, [
      ...record.relations.map((r) => ({ type: 'event' as const, id: r.eventId })),
      ...record.participants.flatMap((p) => (p.personId ? [{ type: 'person' as const, id: p.personId }] : [])),
    ]),
    listRecords(ctx, caseDef, { eventId: record.id }, { limit: 200 }),
    citationsOf(ctx, 'event', record.id),
    listAppeals(ctx, { occasionEventId: record.id }, { limit: 50 }),
  ]);
  return { record, links, cases: cases.data, cited, appeals: appeals.data };
}

/** One source with the records that cite it. */
export async function sourcePage(
  ctx: Ctx,
  idOrSlug: string,
): Promise<{ record: Source; citations: Citation[]; links: Map<string, RecordLink> }> {
  const record = await getRecord(ctx, sourceDef, idOrSlug);
  const { data } = await listRecords(ctx, citationDef, { sourceId: record.id }, { limit: 200 });
  const links = await resolveLinks(
    ctx,
    data.map((c) => ({ type: c.record.type as RecordType, id: c.record.id })),
  );
  return { record, citations: data.filter((c) => links.has(c.record.id)), links };
}

/** The source list (no facets beyond language). */
export async function sourceListPage(ctx: Ctx, filter: { q?: string; language?: string }, paging: Paging) {
  return { result: await listRecords(ctx, sourceDef, filter, paging) };
}
