// Search over sealed records. A record restricted as a whole has no search document (the index would hold its names in
// clear), so for readers cleared to see it each search opens every sealed record, builds its document in memory and
// matches it the way the two indexes would: full-text groups, cross-script name keys, or a title substring.
import type { Ctx } from '../../context.ts';
import type { RecordBase } from '../../domain/common.ts';
import { restrictedStamps } from '../../db/repos/restricted.repo.ts';
import { ContentKeys } from '../../db/repos/shared.ts';
import type { CandidateRow } from '../../db/repos/search.repo.ts';
import { DEFS } from '../../records/registry.ts';
import { canReadRestricted, readableLevels } from '../../policies/authorize.ts';
import type { SearchDoc } from '../../domain/search-doc.ts';
import { docOf } from '../../records/search-docs.ts';
import type { ParsedQuery } from './parse-query.ts';

/** The register types that can be sealed and have a search document. */
const SEALABLE = ['person', 'organisation', 'event', 'case', 'source'] as const;
const BATCH = 500;

/** Does one full-text group (a word, a prefix or a phrase) occur in the folded text's words? */
function groupIn(words: readonly string[], group: ParsedQuery['groups'][number]): boolean {
  for (let i = 0; i + group.length <= words.length; i++) {
    if (group.every((t, j) => (t.prefix ? words[i + j]!.startsWith(t.text) : words[i + j] === t.text))) return true;
  }
  return false;
}

/** Does a document match the query as the full-text index, the name-key index or the title fallback would find it? */
export function docMatches(d: SearchDoc, q: ParsedQuery): boolean {
  const words = d.text.split(' ');
  if (q.groups.length > 0 && q.groups.every((g) => groupIn(words, g))) return true;
  if (
    q.keyTerms.length > 0 &&
    q.keyTerms.every((t) =>
      t.alternatives.some((a) => d.keys.some((k) => (a.prefix ? k.startsWith(a.key) : k === a.key))),
    )
  )
    return true;
  return q.keyTerms.length > 0 && q.folded.length >= 3 && d.titleKey.includes(q.folded);
}

/** Sealed matches as search candidates, with their bodies for snippets (keyed by their candidate id). */
export interface SealedMatches {
  rows: CandidateRow[];
  bodies: Map<string, string>;
}

/** A sealed record's document as last built, with the stored blob it was built from. */
interface CachedDoc {
  blob: string;
  slug: string;
  doc: SearchDoc;
}

/**
 * Documents of sealed records, built once per version and kept in this process's memory (which holds the keys anyway):
 * a search then reads only ids and blobs, and decrypts just the records written since. Keyed by database, so
 * two databases in one process (tests) never share entries.
 */
const cache = new WeakMap<object, Map<string, CachedDoc>>();

/** Brings the cached documents of one type up to date: opens records new or changed since, forgets those gone. */
async function refresh(ctx: Ctx, type: (typeof SEALABLE)[number], docs: Map<string, CachedDoc>): Promise<void> {
  const repo = DEFS[type].repo;
  const stamps = await restrictedStamps(ctx.db, repo.table);
  const live = new Set<string>();
  const stale = new Map<string, string>();
  for (const s of stamps) {
    const key = `${type}:${s.id}`;
    live.add(key);
    if (docs.get(key)?.blob !== s.blob) stale.set(s.id, s.blob);
  }
  for (const key of docs.keys()) if (key.startsWith(`${type}:`) && !live.has(key)) docs.delete(key);
  if (stale.size === 0) return;
  const keys = new ContentKeys(ctx.keyring);
  const open = async (records: RecordBase[]) => {
    for (const record of records) {
      const blob = stale.get(record.id);
      if (blob === undefined) continue;
      const doc = docOf(type, record);
      // Kept under the blob read before it: a write in between makes it stale again next time, never wrongly fresh.
      if (doc) docs.set(`${type}:${record.id}`, { blob, slug: record.slug, doc });
    }
  };
  // A few changed records are read one by one; many (a cold cache) in id-ordered batches.
  if (stale.size <= 20) {
    for (const id of stale.keys()) {
      const record = await repo.find(ctx.db, id, ['restricted'], keys);
      if (record && record.id === id) await open([record]);
    }
    return;
  }
  for (let after: string | undefined; ;) {
    const records = await repo.list(ctx.db, {}, ['restricted'], { after, limit: BATCH }, keys);
    await open(records);
    if (records.length < BATCH) break;
    after = records[records.length - 1]!.id;
  }
}

/**
 * Matches every sealed record the actor may see against the query. Nothing for actors who may not see restricted
 * records: they are never even decrypted. Costs grow with the number of sealed records (README).
 */
export async function sealedMatches(ctx: Ctx, q: ParsedQuery): Promise<SealedMatches> {
  const out: SealedMatches = { rows: [], bodies: new Map() };
  if (!canReadRestricted(ctx.actor) || !readableLevels(ctx.actor).includes('restricted')) return out;
  let docs = cache.get(ctx.db);
  if (!docs) cache.set(ctx.db, (docs = new Map()));
  for (const type of SEALABLE) await refresh(ctx, type, docs);
  for (const [key, { slug, doc: d }] of docs) {
    if (!docMatches(d, q)) continue;
    const docId = `sealed:${key}`;
    out.rows.push({
      doc_id: docId,
      record_type: d.recordType,
      record_id: d.recordId,
      slug,
      confidentiality: 'restricted',
      title: d.title,
      country: d.country,
      year: d.year,
    });
    out.bodies.set(docId, d.body);
  }
  return out;
}
