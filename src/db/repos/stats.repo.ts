// Whole-register counts for progress bars and summaries (countRecords: not filtered, its callers are the CLI's system actor),
// and the home page's counts, which are filtered to what the reader may see.
import { sql } from 'kysely';
import type { Name } from '../../domain/common.ts';
import type { Confidentiality } from '../../domain/vocabulary.ts';
import type { Executor } from '../database.ts';
import { groupBy, namesFromRows, type NameRow, type RecordTable } from './shared.ts';

const TABLES: RecordTable[] = ['persons', 'organisations', 'memberships', 'events', 'cases', 'sources', 'citations'];

/** Number of records in each record table. */
export async function countRecords(db: Executor): Promise<Record<RecordTable, number>> {
  const out = {} as Record<RecordTable, number>;
  for (const table of TABLES) {
    const row = await db
      .selectFrom(table as 'persons')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    out[table] = Number(row.n);
  }
  return out;
}

// ---- Counts for the home page: always over the reader's confidentiality levels, filtered in SQL. ----

type Levels = readonly Confidentiality[];
type CountCell = number | string | bigint;

/** How many records of one value (a status, a country, a year, a sentence length). */
export interface ValueCount {
  value: string;
  count: number;
}

const toValueCounts = (rows: { value: string | number | null; n: CountCell }[]): ValueCount[] =>
  rows.filter((r) => r.value !== null && r.value !== '').map((r) => ({ value: String(r.value), count: Number(r.n) }));

/** Statuses of a case whose subject is in custody now. */
export const HELD_STATUSES = ['detained_pre_trial', 'serving_sentence'] as const;

/** Visible cases, persons, organisations and events, and visible cases whose subject is held now. */
export async function visibleCounts(
  db: Executor,
  levels: Levels,
): Promise<{ cases: number; persons: number; organisations: number; events: number; held: number }> {
  const count = async (table: 'cases' | 'persons' | 'organisations' | 'events') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .where(`${table}.confidentiality`, 'in', [...levels])
          .executeTakeFirstOrThrow()
      ).n,
    );
  const [cases, persons, organisations, events, held] = await Promise.all([
    count('cases'),
    count('persons'),
    count('organisations'),
    count('events'),
    db
      .selectFrom('cases')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('cases.confidentiality', 'in', [...levels])
      .where('cases.status', 'in', [...HELD_STATUSES])
      .executeTakeFirstOrThrow()
      .then((r) => Number(r.n)),
  ]);
  return { cases, persons, organisations, events, held };
}

/** Visible cases per status. */
export async function casesByStatus(db: Executor, levels: Levels): Promise<ValueCount[]> {
  const rows = await db
    .selectFrom('cases')
    .where('cases.confidentiality', 'in', [...levels])
    .select((eb) => ['cases.status as value', eb.fn.countAll().as('n')])
    .groupBy('cases.status')
    .execute();
  return toValueCounts(rows);
}

/** Visible cases per country (ISO 3166-1 alpha-2). */
export async function casesByCountry(db: Executor, levels: Levels): Promise<ValueCount[]> {
  const rows = await db
    .selectFrom('cases')
    .where('cases.confidentiality', 'in', [...levels])
    .select((eb) => ['cases.country as value', eb.fn.countAll().as('n')])
    .groupBy('cases.country')
    .execute();
  return toValueCounts(rows);
}

/** Visible cases per year of their earliest dated act or timeline entry; cases with no date are left out. */
export async function casesByFirstYear(db: Executor, levels: Levels): Promise<ValueCount[]> {
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
  // Partial dates ("2012", "2012-10") compare correctly on their first four characters.
  const firsts = db
    .selectFrom(dates.as('d'))
    .innerJoin('cases', 'cases.id', 'd.case_id')
    .where('cases.confidentiality', 'in', [...levels])
    .select(['d.case_id', sql<string>`min(substr(d.date, 1, 4))`.as('year')])
    .groupBy('d.case_id');
  const rows = await db
    .selectFrom(firsts.as('f'))
    .select((eb) => ['f.year as value', eb.fn.countAll().as('n')])
    .groupBy('f.year')
    .orderBy('f.year')
    .execute();
  return toValueCounts(rows);
}

/** Visible prison sentences per length in months. */
export async function prisonSentenceLengths(
  db: Executor,
  levels: Levels,
): Promise<{ months: number; count: number }[]> {
  const rows = await db
    .selectFrom('cases')
    .where('cases.confidentiality', 'in', [...levels])
    .where('cases.sentence_kind', '=', 'prison')
    .where('cases.sentence_months', 'is not', null)
    .select((eb) => ['cases.sentence_months as value', eb.fn.countAll().as('n')])
    .groupBy('cases.sentence_months')
    .execute();
  return toValueCounts(rows).map((r) => ({ months: Number(r.value), count: r.count }));
}

/** A recently changed record: a title for cases and events, names for persons and organisations. */
export interface RecentRecord {
  type: 'case' | 'person' | 'organisation' | 'event';
  id: string;
  slug: string;
  updatedAt: string;
  title: string | null;
  names: Name[];
}

/** The `limit` most recently updated visible cases, persons, organisations and events, newest first. */
export async function recentlyUpdated(db: Executor, levels: Levels, limit: number): Promise<RecentRecord[]> {
  const recent = (table: 'cases' | 'persons' | 'organisations' | 'events') =>
    db
      .selectFrom(table as 'cases')
      .select(['id', 'slug', 'updated_at'])
      .where('confidentiality', 'in', [...levels])
      .orderBy('updated_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
  const [cases, persons, organisations, events] = await Promise.all([
    recent('cases'),
    recent('persons'),
    recent('organisations'),
    recent('events'),
  ]);
  const all = [
    ...cases.map((r) => ({ ...r, type: 'case' as const })),
    ...persons.map((r) => ({ ...r, type: 'person' as const })),
    ...organisations.map((r) => ({ ...r, type: 'organisation' as const })),
    ...events.map((r) => ({ ...r, type: 'event' as const })),
  ]
    .sort((a, b) => b.updated_at.localeCompare(a.updated_at) || b.id.localeCompare(a.id))
    .slice(0, limit);
  const ids = (type: RecentRecord['type']) => all.filter((r) => r.type === type).map((r) => r.id);
  const none = Promise.resolve([]);
  const [caseTitles, eventTitles, personNames, organisationNames] = await Promise.all([
    ids('case').length ? db.selectFrom('cases').select(['id', 'title']).where('id', 'in', ids('case')).execute() : none,
    ids('event').length
      ? db.selectFrom('events').select(['id', 'title']).where('id', 'in', ids('event')).execute()
      : none,
    ids('person').length
      ? db
          .selectFrom('person_names')
          .selectAll()
          .where('person_id', 'in', ids('person'))
          .orderBy('person_id')
          .orderBy('position')
          .execute()
      : none,
    ids('organisation').length
      ? db
          .selectFrom('organisation_names')
          .selectAll()
          .where('organisation_id', 'in', ids('organisation'))
          .orderBy('organisation_id')
          .orderBy('position')
          .execute()
      : none,
  ]);
  const titles = new Map([...caseTitles, ...eventTitles].map((r) => [r.id, r.title]));
  const names = new Map<string, NameRow[]>([
    ...groupBy(personNames, 'person_id'),
    ...groupBy(organisationNames, 'organisation_id'),
  ]);
  return all.map((r) => ({
    type: r.type,
    id: r.id,
    slug: r.slug,
    updatedAt: r.updated_at,
    title: titles.get(r.id) ?? null,
    names: namesFromRows(names.get(r.id)),
  }));
}
