// Keeps the search index in step with the register. Called inside each write's transaction by the record commands,
// import, the demo loader, merges and (for appeals) the appeal commands: `reindexRecord(trx, 'appeal', id)`.
import type { RecordBase } from '../../domain/common.ts';
import { CONFIDENTIALITY } from '../../domain/vocabulary.ts';
import type { Trx } from '../../db/database.ts';
import {
  addDocs,
  appealForSearch,
  clearIndex,
  purgeDoc,
  removeDoc,
  unindexedIds,
  writeDoc,
  type KeyStage,
} from '../../db/repos/search.repo.ts';
import { DEFS } from '../../records/registry.ts';
import { appealDoc, docOf } from '../../records/search-docs.ts';

/** Record types with a search document, and the table each lives in. */
const TABLES = {
  person: 'persons',
  organisation: 'organisations',
  event: 'events',
  case: 'cases',
  source: 'sources',
  appeal: 'appeals',
} as const;
type Indexed = keyof typeof TABLES;
const isIndexed = (type: string): type is Indexed => type in TABLES;

/** Indexes a record just written, from the record itself (no read back); types without a document are ignored. */
export async function indexRecord(trx: Trx, type: string, record: RecordBase): Promise<void> {
  // A record restricted as a whole is sealed: the index holds nothing of it, and cleared readers' searches open it instead.
  if (record.confidentiality === 'restricted') {
    if (isIndexed(type)) await purgeDoc(trx, type, record.id);
    return;
  }
  const d = docOf(type, record);
  if (d) await writeDoc(trx, d);
}

/**
 * Indexes many records just inserted (imports), with multi-row writes. They must have no document yet; records
 * restricted as a whole get none. With a key stage (stageNameKeys), the name keys wait there for the load's end.
 */
export async function indexNewRecords(
  trx: Trx,
  type: string,
  records: readonly RecordBase[],
  stage?: KeyStage,
): Promise<void> {
  const docs = [];
  for (const record of records) {
    if (record.confidentiality === 'restricted') continue;
    const d = docOf(type, record);
    if (d) docs.push(d);
  }
  if (docs.length > 0) await addDocs(trx, docs, stage);
}

/** Drops a deleted record from the index. */
export async function unindexRecord(trx: Trx, type: string, id: string): Promise<void> {
  if (isIndexed(type)) await removeDoc(trx, type, id);
}

/**
 * Re-reads one record (any type search covers, appeals included) and rewrites its document, or removes the document
 * when the record is gone. Call it in the same transaction as the write it follows.
 */
export async function reindexRecord(trx: Trx, type: string, id: string): Promise<void> {
  if (!isIndexed(type)) return;
  if (type === 'appeal') {
    const a = await appealForSearch(trx, id);
    if (a) await writeDoc(trx, appealDoc(a));
    else await removeDoc(trx, type, id);
    return;
  }
  const record = await DEFS[type].repo.find(trx, id, CONFIDENTIALITY, null);
  // A merged person's old id resolves to the survivor: only a record found under its own id is indexed under it.
  if (record && record.id === id) await indexRecord(trx, type, record);
  else await removeDoc(trx, type, id);
}

/** Indexes every record that has no document yet (data from before the index existed); returns how many. */
export async function indexMissing(trx: Trx): Promise<number> {
  let n = 0;
  for (const [type, table] of Object.entries(TABLES)) {
    // Paged by id: some records stay without a document on purpose (drafts, merged persons), and must not be read again.
    for (let after = ''; ;) {
      const ids = await unindexedIds(trx, table, type, 500, after);
      for (const id of ids) await reindexRecord(trx, type, id);
      n += ids.length;
      if (ids.length < 500) break;
      after = ids[ids.length - 1]!;
    }
  }
  return n;
}

/** Rebuilds the whole index; returns the number of documents written. */
export async function rebuildIndex(trx: Trx): Promise<number> {
  await clearIndex(trx);
  return indexMissing(trx);
}
