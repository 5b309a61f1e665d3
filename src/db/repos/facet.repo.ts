// Facet counts for the register's lists. Each dimension is counted under every other active filter (not its own),
// over records the reader may see only.
import { sql } from 'kysely';
import type { CaseFilter, EventFilter, OrganisationFilter, PersonFilter } from '../../domain/filters.ts';
import type { Confidentiality } from '../../domain/vocabulary.ts';
import { PERSON_ROLES } from '../../domain/vocabulary.ts';
import type { Executor } from '../database.ts';
import { filteredCases } from './case.repo.ts';
import { filteredEvents } from './event.repo.ts';
import { filteredOrganisations } from './organisation.repo.ts';
import { filteredPersons } from './person.repo.ts';
import { contains } from './shared.ts';

/** How many records have one value of a dimension. */
export interface FacetCount {
  value: string;
  count: number;
}

type Levels = readonly Confidentiality[];
const toCounts = (rows: { value: string | null; n: number | string | bigint }[]): FacetCount[] =>
  rows
    .filter((r) => r.value !== null && r.value !== '')
    .map((r) => ({ value: String(r.value), count: Number(r.n) }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));

/** Facets of the case list: country, status, act kind and year (of any act or timeline entry), plus the total. */
export async function caseFacets(db: Executor, f: CaseFilter, levels: Levels) {
  const dates = db
    .selectFrom('case_timeline')
    .select(['case_id', 'date'])
    .unionAll(
      db
        .selectFrom('case_acts')
        .select(['case_id', 'date'])
        .where('date', 'is not', null)
        .$narrowType<{ date: string }>(),
    );
  const [country, status, actKind, year, total] = await Promise.all([
    filteredCases(db, { ...f, country: undefined }, levels)
      .select((eb) => ['cases.country as value', eb.fn.countAll().as('n')])
      .groupBy('cases.country')
      .execute(),
    filteredCases(db, { ...f, status: undefined }, levels)
      .select((eb) => ['cases.status as value', eb.fn.countAll().as('n')])
      .groupBy('cases.status')
      .execute(),
    filteredCases(db, { ...f, actKind: undefined }, levels)
      .innerJoin('case_acts', 'case_acts.case_id', 'cases.id')
      .select((eb) => ['case_acts.kind as value', eb.fn.count('cases.id').distinct().as('n')])
      .groupBy('case_acts.kind')
      .execute(),
    filteredCases(db, { ...f, year: undefined }, levels)
      .innerJoin(dates.as('d'), 'd.case_id', 'cases.id')
      .select((eb) => [sql<string>`substr(d.date, 1, 4)`.as('value'), eb.fn.count('cases.id').distinct().as('n')])
      .groupBy(sql`substr(d.date, 1, 4)`)
      .execute(),
    filteredCases(db, f, levels)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return {
    country: toCounts(country),
    status: toCounts(status),
    actKind: toCounts(actKind),
    year: toCounts(year).sort((a, b) => b.value.localeCompare(a.value)),
    total: Number(total.n),
  };
}

/** Facets of the person list: nationality and role, plus the total. */
export async function personFacets(db: Executor, f: PersonFilter, levels: Levels) {
  const [nationality, roleRow, total] = await Promise.all([
    filteredPersons(db, { ...f, nationality: undefined }, levels)
      .select((eb) => ['persons.nationality as value', eb.fn.countAll().as('n')])
      .groupBy('persons.nationality')
      .execute(),
    // Roles are a small JSON list per person: one pass counts every role at once.
    filteredPersons(db, { ...f, role: undefined }, levels)
      .select(
        PERSON_ROLES.map((role) =>
          sql<number>`sum(case when ${contains('persons.roles', `"${role}"`)} then 1 else 0 end)`.as(role),
        ),
      )
      .executeTakeFirstOrThrow(),
    filteredPersons(db, f, levels)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  const roles = roleRow as Record<string, number | string | null>;
  const role = toCounts(PERSON_ROLES.map((r) => ({ value: r, n: Number(roles[r] ?? 0) })).filter((r) => r.n > 0));
  return { nationality: toCounts(nationality), role, total: Number(total.n) };
}

/** Facets of the organisation list: kind and country, plus the total. */
export async function organisationFacets(db: Executor, f: OrganisationFilter, levels: Levels) {
  const [kind, country, total] = await Promise.all([
    filteredOrganisations(db, { ...f, kind: undefined }, levels)
      .select((eb) => ['organisations.kind as value', eb.fn.countAll().as('n')])
      .groupBy('organisations.kind')
      .execute(),
    filteredOrganisations(db, { ...f, country: undefined }, levels)
      .select((eb) => ['organisations.country as value', eb.fn.countAll().as('n')])
      .groupBy('organisations.country')
      .execute(),
    filteredOrganisations(db, f, levels)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { kind: toCounts(kind), country: toCounts(country), total: Number(total.n) };
}

/** Facets of the event list: kind, country and start year, plus the total. */
export async function eventFacets(db: Executor, f: EventFilter, levels: Levels) {
  const [kind, country, year, total] = await Promise.all([
    filteredEvents(db, { ...f, kind: undefined }, levels)
      .select((eb) => ['events.kind as value', eb.fn.countAll().as('n')])
      .groupBy('events.kind')
      .execute(),
    filteredEvents(db, { ...f, country: undefined }, levels)
      .select((eb) => ['events.country as value', eb.fn.countAll().as('n')])
      .groupBy('events.country')
      .execute(),
    filteredEvents(db, { ...f, year: undefined }, levels)
      .where('events.start_date', 'is not', null)
      .select((eb) => [sql<string>`substr(events.start_date, 1, 4)`.as('value'), eb.fn.countAll().as('n')])
      .groupBy(sql`substr(events.start_date, 1, 4)`)
      .execute(),
    filteredEvents(db, f, levels)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return {
    kind: toCounts(kind),
    country: toCounts(country),
    year: toCounts(year).sort((a, b) => b.value.localeCompare(a.value)),
    total: Number(total.n),
  };
}
