// Full-text search is where the two databases differ most: SQLite has an FTS5 virtual table keyed by the document's
// rowid, PostgreSQL a tsvector column with a GIN index. Both index text the application has already normalised
// (foldText in src/text/fold.ts) with tokenizers that only split on spaces and fold nothing more ('simple', unicode61), so
// both find exactly the same documents. Every SQL difference of search lives here.
import { PostgresAdapter, sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- used by migrations (Kysely<unknown>) and repos (Kysely<Database>) alike
type AnyDb = Kysely<any>;

/** True when the handle talks to PostgreSQL. */
export function isPostgres(db: AnyDb): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** The column type of search_docs.doc_id: SQLite's rowid alias, PostgreSQL's bigserial. */
export function docIdType(db: AnyDb): 'integer' | 'bigserial' {
  return isPostgres(db) ? 'bigserial' : 'integer';
}

/** Creates the full-text index and what it needs (PostgreSQL: the pg_trgm and unaccent extensions, trusted ones). */
export async function createFullText(db: AnyDb): Promise<void> {
  if (isPostgres(db)) {
    // In the public schema, not the first of the search path: an extension lives in one schema per database, and one
    // created inside a schema that is later dropped (as each test's is) would take every index using it along.
    await sql`create extension if not exists pg_trgm with schema public`.execute(db);
    await sql`create extension if not exists unaccent with schema public`.execute(db);
    await sql`alter table search_docs add column tsv tsvector`.execute(db);
    await sql`create index search_docs_tsv on search_docs using gin (tsv)`.execute(db);
    // Name keys are compared by prefix range; the C collation makes that range the byte order the keys were built in.
    await sql`alter table search_name_keys alter column key type text collate "C"`.execute(db);
    // Trigram index on titles: substring matches inside words for the (rare) queries the word index cannot answer.
    const { rows } = await sql<{
      schema: string;
    }>`select n.nspname as schema from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm'`.execute(
      db,
    );
    const opclass = sql`${sql.id(rows[0]?.schema ?? 'public')}.gin_trgm_ops`;
    await sql`create index search_docs_title_trgm on search_docs using gin (title_key ${opclass})`.execute(db);
    return;
  }
  // Prefix indexes of 2 to 4 letters: "abl*" then reads one list instead of every word that starts so.
  await sql`create virtual table search_fts using fts5(text, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2', prefix='2 3 4')`.execute(
    db,
  );
}

/** Drops what createFullText made (the tables themselves go with the migration). */
export async function dropFullText(db: AnyDb): Promise<void> {
  if (!isPostgres(db)) await sql`drop table if exists search_fts`.execute(db);
}

/** Stores a document's normalised text in the full-text index. */
export async function indexText(db: AnyDb, docId: number | string, text: string): Promise<void> {
  if (isPostgres(db)) {
    await sql`update search_docs set tsv = to_tsvector('simple'::regconfig, ${text}) where doc_id = ${docId}`.execute(
      db,
    );
    return;
  }
  await sql`insert into search_fts (rowid, text) values (${docId}, ${text})`.execute(db);
}

/** Removes a document's text from the full-text index (PostgreSQL's goes with the row). */
export async function unindexText(db: AnyDb, docId: number | string): Promise<void> {
  if (!isPostgres(db)) await sql`delete from search_fts where rowid = ${docId}`.execute(db);
}

/**
 * Merges the full-text index into one segment, dropping the words of deleted documents: SQLite's FTS5 keeps them in
 * older segments until a merge (and secure_delete then zeroes the freed pages). PostgreSQL's index needs nothing here.
 */
export async function compactFullText(db: AnyDb): Promise<void> {
  if (!isPostgres(db)) await sql`insert into search_fts (search_fts) values ('optimize')`.execute(db);
}

/** One query word: its normalised text and whether it is a prefix ("abl*"). */
export interface FtsTerm {
  text: string;
  prefix: boolean;
}

/** The columns search candidates are read with (everything but the body, which only the page's hits need). */
export const CANDIDATE_COLUMNS = sql.raw(
  'search_docs.doc_id, search_docs.record_type, search_docs.record_id, search_docs.slug, search_docs.confidentiality, search_docs.title, search_docs.country, search_docs.year',
);

/**
 * Visible documents whose full text matches, newest first, at most `cap`. On SQLite the FTS5 table drives the join
 * (its rowids come out in order, so the limit stops the scan early); PostgreSQL uses the GIN index on tsv.
 */
export async function fullTextCandidates<R>(
  db: AnyDb,
  groups: FtsTerm[][],
  filter: RawBuilder<SqlBool>,
  cap: number,
): Promise<R[]> {
  if (isPostgres(db)) {
    const query = groups
      .map((g) => `(${g.map((t) => `'${t.text}'${t.prefix ? ':*' : ''}`).join(' <-> ')})`)
      .join(' & ');
    return (
      await sql<R>`select ${CANDIDATE_COLUMNS} from search_docs where tsv @@ to_tsquery('simple'::regconfig, ${query}) and ${filter} order by doc_id desc limit ${cap}`.execute(
        db,
      )
    ).rows;
  }
  const query = groups
    .map((g) => {
      const phrase = `"${g.map((t) => t.text).join(' ')}"`;
      return g[g.length - 1]?.prefix ? `${phrase}*` : phrase;
    })
    .join(' AND ');
  return (
    await sql<R>`select ${CANDIDATE_COLUMNS} from search_fts join search_docs on search_docs.doc_id = search_fts.rowid where search_fts match ${query} and ${filter} order by search_fts.rowid desc limit ${cap}`.execute(
      db,
    )
  ).rows;
}

/**
 * Stores many documents' texts at once (bulk loads) on SQLite. On PostgreSQL the text goes in with the document's row
 * (docTextColumn), so there is nothing left to do here.
 */
export async function indexTexts(db: AnyDb, rows: { docId: number | string; text: string }[]): Promise<void> {
  if (rows.length === 0 || isPostgres(db)) return;
  await sql`insert into search_fts (rowid, text) values ${sql.join(rows.map((r) => sql`(${r.docId}, ${r.text})`))}`.execute(
    db,
  );
}

/**
 * PostgreSQL: the column and the SQL expression of a parameter that store a document's full text in the row itself, so
 * that a bulk load writes each row once (an UPDATE after the insert wrote every row and its indexes twice). Undefined
 * on SQLite, whose full text is a table of its own (indexTexts).
 */
export function docTextColumn(db: AnyDb): { column: string; value: (param: string) => string } | undefined {
  return isPostgres(db) ? { column: 'tsv', value: (param) => `to_tsvector('simple'::regconfig, ${param})` } : undefined;
}

/** PostgreSQL: moves the document id sequence to `lastId` after rows were inserted with explicit ids. */
export async function moveDocIdSequence(db: AnyDb, lastId: number): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`select setval(pg_get_serial_sequence('search_docs', 'doc_id'), ${lastId})`.execute(db);
}

/** The temporary table holding the name keys of a bulk load until it ends (see stageNameKeys in repos/search.repo.ts). */
export const KEY_STAGE = 'bulk_name_keys';

/**
 * How the name keys of a bulk load go in. `bare`: the index held no key, so its key index (and on PostgreSQL its
 * foreign key to the documents) is taken off for the load and put back in one pass at its end; the keys go straight
 * into the table. `stage`: SQLite with keys already there; they wait in a temporary table (see loadKeyStage).
 * Undefined: PostgreSQL with keys already there; they go in as usual.
 */
export type KeyLoad = { kind: 'bare'; foreignKey: string | undefined } | { kind: 'stage' };

/**
 * Prepares the name-key index for a bulk load (see KeyLoad). Inserting keys into the key index one by one in random
 * order was the largest cost of a long import on SQLite; on PostgreSQL the foreign-key check of each key (a lookup and
 * a row lock on its document) was. The changes are part of the load's transaction: a load that fails or is killed
 * leaves the index as it was. On PostgreSQL, searches by name wait for a bare load to end (the table is locked).
 */
export async function createKeyStage(db: AnyDb): Promise<KeyLoad | undefined> {
  const held = await sql<{ one: number }>`select 1 as one from search_name_keys limit 1`.execute(db);
  if (held.rows.length === 0) {
    let foreignKey: string | undefined;
    if (isPostgres(db)) {
      const { rows } = await sql<{
        name: string;
      }>`select conname as name from pg_constraint where conrelid = to_regclass('search_name_keys') and contype = 'f'`.execute(
        db,
      );
      foreignKey = rows[0]?.name;
      if (foreignKey) await sql`alter table search_name_keys drop constraint ${sql.id(foreignKey)}`.execute(db);
    }
    await sql`drop index search_name_keys_key`.execute(db);
    return { kind: 'bare', foreignKey };
  }
  if (isPostgres(db)) return undefined;
  // SQLite drops a temporary table created in a transaction that rolls back; the load drops it after a commit.
  await sql`create temporary table ${sql.id(KEY_STAGE)} (doc_id integer not null, key text not null)`.execute(db);
  // The stage is only appended to and read once in order: a small cache (2 MB, not the 16 MB default) is enough, and
  // keeps the import's memory down.
  await sql`pragma temp.cache_size = -2000`.execute(db);
  return { kind: 'stage' };
}

/** The migration's key index, built again at the end of a load. */
async function createKeyIndex(db: AnyDb): Promise<void> {
  // The same text as the migration's, so the schema reads as it always did.
  await sql`create index "search_name_keys_key" on "search_name_keys" ("key", "doc_id")`.execute(db);
}

/**
 * Ends a bulk load of name keys. Bare: the key index is built in one sort and, on PostgreSQL, the foreign key added
 * back (checked in one join). Staged (SQLite): the keys move into search_name_keys; when they are many against what the
 * table holds (`rebuild`), the key index is dropped, the rows appended in primary-key order and the index built again
 * in one sort, otherwise the rows go in key order, which keeps the index's writes close together.
 */
export async function loadKeyStage(db: AnyDb, load: KeyLoad, rebuild: boolean): Promise<void> {
  if (load.kind === 'bare') {
    await createKeyIndex(db);
    if (load.foreignKey)
      await sql`alter table search_name_keys add constraint ${sql.id(load.foreignKey)} foreign key (doc_id) references search_docs (doc_id) on delete cascade`.execute(
        db,
      );
    return;
  }
  const stage = sql.id(KEY_STAGE);
  if (rebuild) {
    await sql`drop index search_name_keys_key`.execute(db);
    await sql`insert into search_name_keys (doc_id, key) select doc_id, key from ${stage} order by doc_id, key`.execute(
      db,
    );
    await createKeyIndex(db);
  } else {
    await sql`insert into search_name_keys (doc_id, key) select doc_id, key from ${stage} order by key, doc_id`.execute(
      db,
    );
  }
  await sql`drop table ${stage}`.execute(db);
}
