// Documents read by intake, and the register's names that intake recognises and matches against.
import type { Confidentiality } from '../../domain/vocabulary.ts';
import type { Executor, Trx } from '../database.ts';
import type { IntakeDocumentsTable } from '../schema.ts';

/** An intake document row as the repository hands it out (JSON columns still text). */
export type IntakeRow = Omit<IntakeDocumentsTable, 'outcome'> & { outcome: string };

/** Stores a new intake document. */
export async function insertIntake(trx: Trx, row: Omit<IntakeRow, 'outcome'>): Promise<void> {
  await trx
    .insertInto('intake_documents')
    .values({ ...row, outcome: '[]' })
    .execute();
}

/** One intake document, if its level is readable. */
export async function findIntake(
  db: Executor,
  id: string,
  levels: readonly Confidentiality[],
): Promise<IntakeRow | undefined> {
  return db
    .selectFrom('intake_documents')
    .selectAll()
    .where('id', '=', id)
    .where('confidentiality', 'in', [...levels])
    .executeTakeFirst();
}

/** The latest intake documents (without their text), newest first. */
export async function listIntakes(db: Executor, levels: readonly Confidentiality[], limit: number) {
  return db
    .selectFrom('intake_documents')
    .innerJoin('sources', 'sources.id', 'intake_documents.source_id')
    .select([
      'intake_documents.id',
      'intake_documents.created_at',
      'intake_documents.status',
      'intake_documents.language',
      'sources.title',
    ])
    .where('intake_documents.confidentiality', 'in', [...levels])
    .where('sources.confidentiality', 'in', [...levels])
    .orderBy('intake_documents.created_at', 'desc')
    .orderBy('intake_documents.id', 'desc')
    .limit(limit)
    .execute();
}

/** Records what reviewing a document produced. */
export async function setIntakeOutcome(
  trx: Trx,
  id: string,
  status: string,
  outcome: string,
  updatedAt: string,
): Promise<void> {
  await trx
    .updateTable('intake_documents')
    .set({ status, outcome, updated_at: updatedAt })
    .where('id', '=', id)
    .execute();
}

/** Names of visible persons and organisations, for recognising them in text and matching proposals to them. */
export async function registerNames(db: Executor, levels: readonly Confidentiality[], cap: number) {
  const persons = await db
    .selectFrom('person_names')
    .innerJoin('persons', 'persons.id', 'person_names.person_id')
    .select([
      'persons.id as id',
      'persons.slug as slug',
      'persons.given_name as givenName',
      'person_names.full_name as full',
      'person_names.position as position',
    ])
    .where('persons.confidentiality', 'in', [...levels])
    .limit(cap)
    .execute();
  const organisations = await db
    .selectFrom('organisation_names')
    .innerJoin('organisations', 'organisations.id', 'organisation_names.organisation_id')
    .select([
      'organisations.id as id',
      'organisations.slug as slug',
      'organisations.kind as kind',
      'organisation_names.full_name as full',
      'organisation_names.position as position',
    ])
    .where('organisations.confidentiality', 'in', [...levels])
    .limit(cap)
    .execute();
  return { persons, organisations };
}

/** Visible events starting in one of the given years (or undated), for matching proposed events. */
export async function eventsNear(db: Executor, levels: readonly Confidentiality[], years: readonly string[]) {
  let q = db
    .selectFrom('events')
    .select(['id', 'slug', 'title', 'kind', 'start_date as startDate'])
    .where('confidentiality', 'in', [...levels]);
  if (years.length > 0) q = q.where((eb) => eb.or(years.map((y) => eb('start_date', 'like', `${y}%`))));
  return q.limit(5000).execute();
}
