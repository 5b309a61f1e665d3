// Person merges: the log that keeps a merged person's old id and slug resolving, the raw rows kept for undo, and the
// moves of the records that pointed at the merged person (cases, memberships, citations).
import type { Executor, Trx } from '../database.ts';
import type { PersonMergesTable, PersonNamesTable, PersonsTable } from '../schema.ts';

/** A person's stored row and names, exactly as in the database (restricted values stay encrypted). */
export interface RawPerson {
  row: PersonsTable;
  names: PersonNamesTable[];
}

/** Ids of the records a merge moved from the merged person to the survivor. */
export interface Moved {
  cases: string[];
  memberships: string[];
  citations: string[];
}

/** The survivor of an active (not undone) merge of this id or slug, if any. */
export async function mergedInto(db: Executor, idOrSlug: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('person_merges')
    .select('survivor_id')
    .where((eb) => eb.or([eb('merged_id', '=', idOrSlug), eb('merged_slug', '=', idOrSlug)]))
    .where('undone_at', 'is', null)
    .orderBy('merged_at', 'desc')
    .executeTakeFirst();
  return row?.survivor_id;
}

/** A person's raw row and names, by id only. */
export async function rawPerson(db: Executor, id: string): Promise<RawPerson | undefined> {
  const row = await db.selectFrom('persons').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const names = await db
    .selectFrom('person_names')
    .selectAll()
    .where('person_id', '=', id)
    .orderBy('position')
    .execute();
  return { row, names };
}

/** Puts a person's raw row and names back (undo). */
export async function restorePerson(trx: Trx, p: RawPerson): Promise<void> {
  await trx.insertInto('persons').values(p.row).execute();
  if (p.names.length > 0) await trx.insertInto('person_names').values(p.names).execute();
}

/** Sets some columns of a person's row as they were stored (restricted blob included). */
export async function setPersonColumns(trx: Trx, id: string, columns: Partial<PersonsTable>): Promise<void> {
  if (Object.keys(columns).length > 0) await trx.updateTable('persons').set(columns).where('id', '=', id).execute();
}

/** Deletes a person row and its names, nothing else (the caller moved what pointed at it). */
export async function removePersonRow(trx: Trx, id: string): Promise<void> {
  await trx.deleteFrom('person_names').where('person_id', '=', id).execute();
  await trx.deleteFrom('persons').where('id', '=', id).execute();
}

/** What points at a person: the cases it is the subject of, its memberships and the citations of it. */
export async function pointingAt(db: Executor, personId: string): Promise<Moved> {
  const [cases, memberships, citations] = await Promise.all([
    db.selectFrom('cases').select('id').where('subject_person_id', '=', personId).orderBy('id').execute(),
    db.selectFrom('memberships').select('id').where('person_id', '=', personId).orderBy('id').execute(),
    db
      .selectFrom('citations')
      .select('id')
      .where('record_type', '=', 'person')
      .where('record_id', '=', personId)
      .orderBy('id')
      .execute(),
  ]);
  return {
    cases: cases.map((r) => r.id),
    memberships: memberships.map((r) => r.id),
    citations: citations.map((r) => r.id),
  };
}

/** Points the listed records (which point at `from`) at `to` instead; records no longer pointing at `from` are left alone. */
export async function movePointers(trx: Trx, moved: Moved, from: string, to: string, at: string): Promise<void> {
  if (moved.cases.length > 0) {
    await trx
      .updateTable('cases')
      .set({ subject_person_id: to, updated_at: at })
      .where('id', 'in', moved.cases)
      .where('subject_person_id', '=', from)
      .execute();
  }
  if (moved.memberships.length > 0) {
    await trx
      .updateTable('memberships')
      .set({ person_id: to, updated_at: at })
      .where('id', 'in', moved.memberships)
      .where('person_id', '=', from)
      .execute();
  }
  if (moved.citations.length > 0) {
    await trx
      .updateTable('citations')
      .set({ record_id: to, updated_at: at })
      .where('id', 'in', moved.citations)
      .where('record_type', '=', 'person')
      .where('record_id', '=', from)
      .execute();
  }
}

/** Records a merge. */
export async function insertMerge(trx: Trx, row: PersonMergesTable): Promise<void> {
  await trx.insertInto('person_merges').values(row).execute();
}

/** One merge by id. */
export async function findMerge(db: Executor, id: string): Promise<PersonMergesTable | undefined> {
  return db.selectFrom('person_merges').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Merges into or of a person, newest first. */
export async function mergesOf(db: Executor, personId: string): Promise<PersonMergesTable[]> {
  return db
    .selectFrom('person_merges')
    .selectAll()
    .where((eb) => eb.or([eb('survivor_id', '=', personId), eb('merged_id', '=', personId)]))
    .orderBy('merged_at', 'desc')
    .execute();
}

/** The latest merges, newest first. */
export async function latestMerges(db: Executor, limit: number): Promise<PersonMergesTable[]> {
  return db
    .selectFrom('person_merges')
    .selectAll()
    .orderBy('merged_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/** Marks a merge undone. */
export async function markUndone(trx: Trx, id: string, by: string, at: string): Promise<void> {
  await trx.updateTable('person_merges').set({ undone_by: by, undone_at: at }).where('id', '=', id).execute();
}
