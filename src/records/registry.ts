// What the generic record commands, queries, routes and exports need to know about each record type.
import slugify from '@sindresorhus/slugify';
import { foldText } from '../text/fold.ts';
import type { z } from 'zod';
import { caseProblems, CaseInputSchema, buildCase, type Case } from '../domain/case.ts';
import type { Base, RecordBase } from '../domain/common.ts';
import {
  CaseFilterSchema,
  CitationFilterSchema,
  EventFilterSchema,
  MembershipFilterSchema,
  OrganisationFilterSchema,
  PersonFilterSchema,
  SourceFilterSchema,
} from '../domain/filters.ts';
import { buildEvent, eventProblems, EventInputSchema, type Event } from '../domain/event.ts';
import { buildMembership, membershipProblems, MembershipInputSchema, type Membership } from '../domain/membership.ts';
import {
  buildOrganisation,
  organisationProblems,
  OrganisationInputSchema,
  type Organisation,
} from '../domain/organisation.ts';
import { buildPerson, displayName, PersonInputSchema, type Person } from '../domain/person.ts';
import {
  buildCitation,
  buildSource,
  CitationInputSchema,
  SourceInputSchema,
  type Citation,
  type Source,
} from '../domain/source.ts';
import type { RecordType } from '../domain/vocabulary.ts';
import { caseRepo } from '../db/repos/case.repo.ts';
import { citationRepo } from '../db/repos/citation.repo.ts';
import { eventRepo } from '../db/repos/event.repo.ts';
import { membershipRepo } from '../db/repos/membership.repo.ts';
import { organisationRepo } from '../db/repos/organisation.repo.ts';
import { personRepo } from '../db/repos/person.repo.ts';
import type { RecordRepo } from '../db/repos/shared.ts';
import { sourceRepo } from '../db/repos/source.repo.ts';

/** A record another record points at, checked to exist (and be visible) before a write. */
export interface Reference {
  field: string;
  type: Exclude<RecordType, 'citation'>;
  id: string;
}

/** Everything generic code needs to handle one record type. */
export interface RecordDef<T extends RecordBase, F, S extends z.ZodObject = z.ZodObject> {
  readonly type: RecordType;
  /** The URL segment and export key, e.g. "persons". */
  readonly plural: string;
  readonly input: S;
  readonly filter: z.ZodObject;
  readonly repo: RecordRepo<T, F>;
  /** Validated input + id and timestamps → the stored record; `current` is the record being updated, `now` the time of the write. */
  build(parsed: z.output<S>, base: Base, current?: T, now?: string): T;
  problems(record: T): [string, string][];
  /** Text the slug is made from, or undefined when the slug is the id. */
  slugText(record: T): string | undefined;
  references(record: T): Reference[];
}

const noProblems = (): [string, string][] => [];

/** Makes a readable URL slug from a name in any script (Cyrillic is transliterated, Kazakh letters included). */
export function makeSlug(text: string): string {
  // Folded first, as everything that compares text is, so two spellings one search treats as one name get one slug; the
  // folding also writes қ, ұ, ә … as Russian letters, the only Cyrillic slugify's table knows.
  return slugify(foldText(text), { decamelize: false }).slice(0, 80).replace(/-+$/, '') || 'record';
}

export const personDef: RecordDef<Person, z.infer<typeof PersonFilterSchema>, typeof PersonInputSchema> = {
  type: 'person',
  plural: 'persons',
  input: PersonInputSchema,
  filter: PersonFilterSchema,
  repo: personRepo,
  build: (p, base) => buildPerson(p, base),
  problems: noProblems,
  slugText: (p) => displayName(p.names),
  references: () => [],
};

export const organisationDef: RecordDef<
  Organisation,
  z.infer<typeof OrganisationFilterSchema>,
  typeof OrganisationInputSchema
> = {
  type: 'organisation',
  plural: 'organisations',
  input: OrganisationInputSchema,
  filter: OrganisationFilterSchema,
  repo: organisationRepo,
  build: (o, base) => buildOrganisation(o, base),
  problems: organisationProblems,
  slugText: (o) => displayName(o.names),
  references: () => [],
};

export const membershipDef: RecordDef<
  Membership,
  z.infer<typeof MembershipFilterSchema>,
  typeof MembershipInputSchema
> = {
  type: 'membership',
  plural: 'memberships',
  input: MembershipInputSchema,
  filter: MembershipFilterSchema,
  repo: membershipRepo,
  build: (m, base) => buildMembership(m, base),
  problems: membershipProblems,
  slugText: () => undefined,
  references: (m) => [
    { field: 'personId', type: 'person', id: m.personId },
    { field: 'organisationId', type: 'organisation', id: m.organisationId },
  ],
};

export const eventDef: RecordDef<Event, z.infer<typeof EventFilterSchema>, typeof EventInputSchema> = {
  type: 'event',
  plural: 'events',
  input: EventInputSchema,
  filter: EventFilterSchema,
  repo: eventRepo,
  build: (e, base, current) => buildEvent(e, base, current),
  problems: eventProblems,
  slugText: (e) => (e.startDate ? `${e.title} ${e.startDate.slice(0, 4)}` : e.title),
  references: (e) => [
    ...e.relations.map((r, i) => ({ field: `relations.${i}.eventId`, type: 'event' as const, id: r.eventId })),
    ...e.participants.flatMap((p, i) =>
      p.personId ? [{ field: `participants.${i}.personId`, type: 'person' as const, id: p.personId }] : [],
    ),
  ],
};

export const caseDef: RecordDef<Case, z.infer<typeof CaseFilterSchema>, typeof CaseInputSchema> = {
  type: 'case',
  plural: 'cases',
  input: CaseInputSchema,
  filter: CaseFilterSchema,
  repo: caseRepo,
  build: (c, base, current, now) => buildCase(c, base, current, now),
  problems: caseProblems,
  slugText: (c) => c.title,
  references: (c) => [
    { field: 'subject.id', type: c.subject.type, id: c.subject.id },
    ...c.eventIds.map((id, i) => ({ field: `eventIds.${i}`, type: 'event' as const, id })),
    ...c.acts.flatMap((a, i) =>
      a.perpetratorId ? [{ field: `acts.${i}.perpetratorId`, type: 'organisation' as const, id: a.perpetratorId }] : [],
    ),
    ...c.designations.flatMap((d, i) =>
      d.issuerId ? [{ field: `designations.${i}.issuerId`, type: 'organisation' as const, id: d.issuerId }] : [],
    ),
  ],
};

export const sourceDef: RecordDef<Source, z.infer<typeof SourceFilterSchema>, typeof SourceInputSchema> = {
  type: 'source',
  plural: 'sources',
  input: SourceInputSchema,
  filter: SourceFilterSchema,
  repo: sourceRepo,
  build: (s, base, current) => buildSource(s, base, current?.file ?? null),
  problems: noProblems,
  slugText: (s) => s.title,
  references: () => [],
};

export const citationDef: RecordDef<Citation, z.infer<typeof CitationFilterSchema>, typeof CitationInputSchema> = {
  type: 'citation',
  plural: 'citations',
  input: CitationInputSchema,
  filter: CitationFilterSchema,
  repo: citationRepo,
  build: (c, base) => buildCitation(c, base),
  problems: noProblems,
  slugText: () => undefined,
  references: (c) => [
    { field: 'sourceId', type: 'source', id: c.sourceId },
    { field: 'record.id', type: c.record.type as Reference['type'], id: c.record.id },
  ],
};

/** Record definitions by type, for code that goes from a type name to its definition. */
export const DEFS = {
  person: personDef,
  organisation: organisationDef,
  membership: membershipDef,
  event: eventDef,
  case: caseDef,
  source: sourceDef,
  citation: citationDef,
} as const;

/** Repository of a referable record type, for existence checks. */
export function tableOf(type: Reference['type']): RecordRepo<RecordBase, unknown>['table'] {
  return DEFS[type].repo.table;
}
