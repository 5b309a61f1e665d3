// The search index: one document per searchable record, its cross-script name keys, and the full-text entry (through
// dialects/search.ts). Written inside the record's own write transaction, so the index never disagrees with the register.
import { CompiledQuery, sql, type RawBuilder, type SqlBool } from 'kysely';
import type { SearchDoc } from '../../domain/search-doc.ts';
import type { Confidentiality } from '../../domain/vocabulary.ts';
import type { Executor, Trx } from '../database.ts';
import { insertRows, insertValues } from './bulk-insert.ts';
import { statementSlices } from './shared.ts';
import {
  CANDIDATE_COLUMNS,
  compactFullText,
  fullTextCandidates,
  indexText,
  indexTexts,
  KEY_STAGE,
  createKeyStage,
  docTextColumn,
  loadKeyStage,
  moveDocIdSequence,
  unindexText,
  type FtsTerm,
  type KeyLoad,
} from '../dialects/search.ts';

/** A document row as search results read it. */
export interface DocRow {
  doc_id: number | string;
  record_type: string;
  record_id: string;
  slug: string;
  confidentiality: string;
  title: string;
  body: string;
  country: string | null;
  year: string | null;
}

/** Filters of a search, applied in SQL with the reader's levels. */
export interface DocFilter {
  types?: readonly string[];
  country?: string;
  year?: string;
}

/**
 * One query word for the name-key index: exact key, or every key starting with it; alternatives are OR-ed. Each has a
 * tier: 0 the word's own spellings (skeleton, a patronymic's root), 1 the other language's (loose keys), 2 one letter
 * off; a search asks the looser tiers only when the closer ones found too few (see search()).
 */
export interface KeyTerm {
  alternatives: { key: string; prefix: boolean; tier: 0 | 1 | 2 }[];
}

/** A search document's columns (without its numeric id). */
function docColumns(d: SearchDoc) {
  return {
    record_type: d.recordType,
    record_id: d.recordId,
    slug: d.slug,
    confidentiality: d.confidentiality,
    title: d.title,
    title_key: d.titleKey,
    body: d.body,
    country: d.country,
    year: d.year,
    updated_at: d.updatedAt,
  };
}

/** Stores or replaces the document of a record. */
export async function writeDoc(trx: Trx, d: SearchDoc): Promise<void> {
  const row = docColumns(d);
  const existing = await trx
    .selectFrom('search_docs')
    .select('doc_id')
    .where('record_type', '=', d.recordType)
    .where('record_id', '=', d.recordId)
    .executeTakeFirst();
  let docId: number | string;
  if (existing) {
    docId = existing.doc_id;
    await unindexText(trx, docId);
    await trx.deleteFrom('search_name_keys').where('doc_id', '=', docId).execute();
    await trx.updateTable('search_docs').set(row).where('doc_id', '=', docId).execute();
  } else {
    docId = (await trx.insertInto('search_docs').values(row).returning('doc_id').executeTakeFirstOrThrow()).doc_id;
  }
  await indexText(trx, docId, d.text);
  if (d.keys.length > 0)
    await trx
      .insertInto('search_name_keys')
      .values(d.keys.map((key) => ({ doc_id: docId, key })))
      .execute();
}

/** The name keys of a bulk load: how they go in, how many documents were added, and the first one's id. */
export interface KeyStage {
  load: KeyLoad;
  docs: number;
  firstDocId: number | undefined;
}

/**
 * Prepares the name-key index for a bulk load (pass the result to addDocs): its keys then go into a stage or into the
 * bare table (see createKeyStage), and loadStagedKeys puts them in place before the transaction ends. Until then
 * searches by name do not see them.
 */
export async function stageNameKeys(trx: Trx): Promise<KeyStage | undefined> {
  const load = await createKeyStage(trx);
  return load ? { load, docs: 0, firstDocId: undefined } : undefined;
}

/**
 * Puts the keys of the load in place and ends it. Staged keys rebuild the index when the load added at least a quarter
 * as many documents as were there before it (ids are given in order, so the first new id tells, without a count).
 */
export async function loadStagedKeys(trx: Trx, stage: KeyStage | undefined): Promise<void> {
  if (!stage) return;
  const before = (stage.firstDocId ?? 1) - 1;
  await loadKeyStage(trx, stage.load, stage.docs > 0 && stage.docs * 4 >= before);
}

/** Document columns in the order the bulk statement takes them. */
const DOC_COLUMNS = [
  'doc_id',
  'record_type',
  'record_id',
  'slug',
  'confidentiality',
  'title',
  'title_key',
  'body',
  'country',
  'year',
  'updated_at',
] as const;

/** PostgreSQL's statement inserting `n` documents with their full text, by row count. */
const docStatements = new Map<number, string>();

function docStatement(n: number, text: { column: string; value: (param: string) => string }): string {
  let statement = docStatements.get(n);
  if (!statement) {
    const width = DOC_COLUMNS.length + 1;
    const rows = Array.from({ length: n }, (_, r) => {
      const params = Array.from({ length: DOC_COLUMNS.length }, (_, c) => `$${r * width + c + 1}`);
      return `(${params.join(', ')}, ${text.value(`$${r * width + width}::text`)})`;
    });
    statement = `insert into search_docs (${[...DOC_COLUMNS, text.column].join(', ')}) values ${rows.join(', ')}`;
    docStatements.set(n, statement);
  }
  return statement;
}

/**
 * Adds many new documents at once (bulk loads, benchmarks): multi-row inserts with ids after the largest one. The
 * records must not have documents yet. With a key stage, their name keys go where it says instead of into the index.
 */
export async function addDocs(trx: Trx, docs: SearchDoc[], stage?: KeyStage): Promise<void> {
  const max = await trx
    .selectFrom('search_docs')
    .select((eb) => eb.fn.max('doc_id').as('m'))
    .executeTakeFirst();
  let next = Number(max?.m ?? 0) + 1;
  const text = docTextColumn(trx);
  for (const [from, to] of statementSlices(docs.length, 128)) {
    const chunk = docs.slice(from, to).map((d) => ({ d, id: next++ }));
    if (text) {
      const values: unknown[] = [];
      for (const { d, id } of chunk) {
        const row = { doc_id: id, ...docColumns(d) };
        for (const c of DOC_COLUMNS) values.push(row[c]);
        values.push(d.text);
      }
      await trx.executeQuery(CompiledQuery.raw(docStatement(chunk.length, text), values));
    } else {
      await insertValues(
        trx,
        'search_docs',
        chunk.map(({ d, id }) => ({ doc_id: id, ...docColumns(d) })),
      );
      await indexTexts(
        trx,
        chunk.map(({ d, id }) => ({ docId: id, text: d.text })),
      );
    }
    const keys = chunk.flatMap(({ d, id }) => d.keys.map((key) => ({ doc_id: id, key })));
    // The stage is a temporary table outside the schema's types; its rows have the index's columns.
    const into = stage?.load.kind === 'stage' ? (KEY_STAGE as 'search_name_keys') : 'search_name_keys';
    if (stage) {
      stage.firstDocId ??= chunk[0]?.id;
      stage.docs += chunk.length;
    }
    await insertRows(trx, into, keys, 256);
  }
  if (docs.length > 0) await moveDocIdSequence(trx, next - 1);
}

/** Removes a record's document, if it has one; true when there was one. */
export async function removeDoc(trx: Trx, recordType: string, recordId: string): Promise<boolean> {
  const existing = await trx
    .selectFrom('search_docs')
    .select('doc_id')
    .where('record_type', '=', recordType)
    .where('record_id', '=', recordId)
    .executeTakeFirst();
  if (!existing) return false;
  await unindexText(trx, existing.doc_id);
  await trx.deleteFrom('search_name_keys').where('doc_id', '=', existing.doc_id).execute();
  await trx.deleteFrom('search_docs').where('doc_id', '=', existing.doc_id).execute();
  return true;
}

/** Purges the words of removed documents from the full-text index's pages (after many removals, once). */
export async function compactIndex(db: Executor): Promise<void> {
  await compactFullText(db);
}

/**
 * Removes a record's document and purges its words from the full-text index's pages (a record being sealed: SQLite's
 * index would otherwise keep them in older segments). The purge rewrites the index, so it is kept for that case.
 */
export async function purgeDoc(trx: Trx, recordType: string, recordId: string): Promise<void> {
  if (await removeDoc(trx, recordType, recordId)) await compactFullText(trx);
}

/** The SQL condition for visible documents matching the filters (table search_docs). */
function visible(levels: readonly Confidentiality[], f: DocFilter): RawBuilder<SqlBool> {
  const parts = [sql`search_docs.confidentiality in (${sql.join([...levels])})`];
  if (f.types && f.types.length > 0) parts.push(sql`search_docs.record_type in (${sql.join([...f.types])})`);
  if (f.country) parts.push(sql`search_docs.country = ${f.country}`);
  if (f.year) parts.push(sql`search_docs.year = ${f.year}`);
  return sql<SqlBool>`(${sql.join(parts, sql` and `)})`;
}

/** The smallest string above every string that starts with `prefix` (keys are lower-case ASCII, '~' and digits). */
const upperBound = (prefix: string) => `${prefix}\u007f`;

/** A candidate document: everything but its body. */
export type CandidateRow = Omit<DocRow, 'body'>;

/** Visible documents whose full text holds every group (word, prefix or phrase), newest first, at most `cap`. */
export async function fullTextDocs(
  db: Executor,
  groups: FtsTerm[][],
  levels: readonly Confidentiality[],
  f: DocFilter,
  cap: number,
): Promise<CandidateRow[]> {
  if (levels.length === 0 || groups.length === 0) return [];
  return fullTextCandidates<CandidateRow>(db, groups, visible(levels, f), cap);
}

/** The SQL condition for keys (table alias `k`) matching one of a term's alternatives. */
function keyCondition(t: KeyTerm): RawBuilder<SqlBool> {
  const exact = t.alternatives.filter((a) => !a.prefix).map((a) => a.key);
  const parts = t.alternatives
    .filter((a) => a.prefix)
    .map((a) => sql<SqlBool>`(k.key >= ${a.key} and k.key < ${upperBound(a.key)})`);
  if (exact.length > 0) parts.push(sql<SqlBool>`k.key in (${sql.join([...new Set(exact)])})`);
  return sql<SqlBool>`(${sql.join(parts, sql` or `)})`;
}

/** How many document ids the key index is asked for at a time: a few more than the cap, for the hidden ones. */
const ID_BATCH_FACTOR = 2;

/**
 * Visible documents with a name key for every term, newest first, at most `cap`. The ids are found in the key index
 * alone (one set per term, intersected, newest first) before any document row is read, so a common key costs a scan
 * of its index entries, not a lookup of every document holding it; the documents are then read for the newest ids
 * only, a batch at a time until `cap` visible ones are found.
 */
export async function nameKeyDocs(
  db: Executor,
  terms: KeyTerm[],
  levels: readonly Confidentiality[],
  f: DocFilter,
  cap: number,
): Promise<CandidateRow[]> {
  if (levels.length === 0 || terms.length === 0 || terms.some((t) => t.alternatives.length === 0)) return [];
  const batch = cap * ID_BATCH_FACTOR;
  const out: CandidateRow[] = [];
  for (let below: number | undefined; ;) {
    const bound = below === undefined ? sql`` : sql` and k.doc_id < ${below}`;
    const sets = terms.map(
      (t, i) =>
        sql`select ${i === 0 && terms.length === 1 ? sql`distinct ` : sql``}k.doc_id from search_name_keys k where ${keyCondition(t)}${bound}`,
    );
    // LEFT JOIN: every id of the batch comes back (the last one moves the cursor), with its document's columns when
    // the reader may see it. It also keeps SQLite reading the documents by id: given the ids as a long IN list, it
    // chose to scan every visible document instead.
    const { rows } = await sql<
      { m_doc_id: number | string } & (
        { [K in keyof CandidateRow]: CandidateRow[K] } | { [K in keyof CandidateRow]: null }
      )
    >`select m.doc_id as m_doc_id, ${CANDIDATE_COLUMNS} from (${sql.join(sets, sql` intersect `)} order by doc_id desc limit ${batch}) m
      left join search_docs on search_docs.doc_id = m.doc_id and ${visible(levels, f)} order by m.doc_id desc`.execute(
      db,
    );
    for (const { m_doc_id: _, ...r } of rows) if (r.record_id !== null && out.length < cap) out.push(r as CandidateRow);
    if (out.length >= cap || rows.length < batch) break;
    below = Number(rows[rows.length - 1]!.m_doc_id);
  }
  return out;
}

/** How many index entries a word's keys have, counting no further than `bound`. */
async function keyEntriesUpTo(db: Executor, t: KeyTerm, bound: number): Promise<number> {
  const { rows } = await sql<{
    n: number | string;
  }>`select count(*) as n from (select 1 as one from search_name_keys k where ${keyCondition(t)} limit ${bound}) c`.execute(
    db,
  );
  return Number(rows[0]?.n ?? 0);
}

/** A word is common when its keys have at least this many index entries, or this share of the documents if more. */
const COMMON_ENTRIES = 1000;
const COMMON_SHARE = 1 / 200;

/**
 * For each word, whether the index holds it often: at least COMMON_ENTRIES entries and half a percent of the documents
 * (the highest document id stands for their number, an estimate). A search takes such a word as spelled right
 * and does not look for names one letter off it: in a large register the neighbours of a common given name are held
 * by tens of thousands of documents, while its own spellings already find the name.
 */
export async function commonWords(db: Executor, terms: readonly KeyTerm[]): Promise<boolean[]> {
  const { rows } = await sql<{ hi: number | string | null }>`select max(doc_id) as hi from search_name_keys`.execute(
    db,
  );
  const bound = Math.max(COMMON_ENTRIES, Math.ceil(Number(rows[0]?.hi ?? 0) * COMMON_SHARE));
  const out: boolean[] = [];
  for (const t of terms) out.push((await keyEntriesUpTo(db, t, bound)) >= bound);
  return out;
}

/** Visible documents whose folded title contains the text (a fallback when no word matches). */
export async function titleContainsDocs(
  db: Executor,
  folded: string,
  levels: readonly Confidentiality[],
  f: DocFilter,
  cap: number,
): Promise<CandidateRow[]> {
  if (levels.length === 0 || folded.length < 3) return [];
  const pattern = `%${folded.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const { rows } =
    await sql<CandidateRow>`select ${CANDIDATE_COLUMNS} from search_docs where title_key like ${pattern} escape '\\' and ${visible(levels, f)} order by doc_id desc limit ${cap}`.execute(
      db,
    );
  return rows;
}

/** The bodies of these documents, by id. */
export async function bodiesByIds(db: Executor, ids: readonly (number | string)[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('search_docs')
    .select(['doc_id', 'body'])
    .where('doc_id', 'in', [...ids])
    .execute();
  return new Map(rows.map((r) => [String(r.doc_id), r.body]));
}

/** Ids of records of a table that have no search document yet (after an upgrade, or data loaded without the index). */
export async function unindexedIds(
  db: Executor,
  table: 'persons' | 'organisations' | 'events' | 'cases' | 'sources' | 'appeals',
  recordType: string,
  limit: number,
  after = '',
): Promise<string[]> {
  const rows = await db
    .selectFrom(table as 'persons')
    .select('id')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('search_docs')
            .select('doc_id')
            .where('search_docs.record_type', '=', recordType)
            .whereRef('search_docs.record_id', '=', `${table as 'persons'}.id`),
        ),
      ),
    )
    .where('id', '>', after)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/** Removes every document (before a full rebuild). */
export async function clearIndex(trx: Trx): Promise<void> {
  const ids = await trx.selectFrom('search_docs').select('doc_id').execute();
  for (const { doc_id } of ids) await unindexText(trx, doc_id);
  await trx.deleteFrom('search_name_keys').execute();
  await trx.deleteFrom('search_docs').execute();
}

/** An appeal's searchable columns and texts, or undefined when there is no such appeal. */
export async function appealForSearch(db: Executor, id: string) {
  const a = await db
    .selectFrom('appeals')
    .select(['id', 'slug', 'confidentiality', 'title', 'updated_at', 'deadline', 'published_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  // Only published appeals are searchable: a draft is seen by those who edit appeals, on their list, never by the public.
  if (!a || a.published_at === null) return undefined;
  const texts = await db
    .selectFrom('appeal_texts')
    .select(['title', 'body'])
    .where('appeal_id', '=', id)
    .orderBy('position')
    .execute();
  return {
    id: a.id,
    slug: a.slug,
    confidentiality: a.confidentiality,
    title: a.title,
    updatedAt: a.updated_at,
    year: (a.published_at ?? a.deadline)?.slice(0, 4) ?? null,
    texts,
  };
}

/** Titles of visible documents with a name key starting with `prefix`, at most `cap` (the candidates of "did you mean"). */
export async function titlesByKeyPrefix(
  db: Executor,
  prefix: string,
  levels: readonly Confidentiality[],
  cap: number,
): Promise<string[]> {
  if (levels.length === 0 || prefix.length < 2) return [];
  const { rows } = await sql<{
    title: string;
  }>`select distinct search_docs.title from search_name_keys k join search_docs on search_docs.doc_id = k.doc_id
    where k.key >= ${prefix} and k.key < ${upperBound(prefix)} and ${visible(levels, {})} limit ${cap}`.execute(db);
  return rows.map((r) => r.title);
}
