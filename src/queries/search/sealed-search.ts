// Search over sealed records. A record restricted as a whole has no search document (the index would hold its names in
// clear), so for readers cleared to see it each search opens every sealed record, builds its document in memory and
// matches it the way the two indexes would: full-text groups, cross-script name keys, or a title substring.
import type { Ctx } from '../../context.ts';
import { ContentKeys } from '../../db/repos/shared.ts';
import type { CandidateRow } from '../../db/repos/search.repo.ts';
import { DEFS } from '../../commands/records/registry.ts';
import { canReadRestricted, readableLevels } from '../../policies/authorize.ts';
import type { SearchDoc } from './documents.ts';
import { docOf } from './index-record.ts';
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
  if (q.keyTerms.length > 0 && q.keyTerms.every((t) => t.alternatives.some((a) => d.keys.some((k) => (a.prefix ? k.startsWith(a.key) : k === a.key))))) return true;
  return q.keyTerms.length > 0 && q.folded.length >= 3 && d.titleKey.includes(q.folded);
}

/** Sealed matches as search candidates, with their bodies for snippets (keyed by their candidate id). */
export interface SealedMatches {
  rows: CandidateRow[];
  bodies: Map<string, string>;
}

/**
 * Opens every sealed record the actor may see and keeps those matching the query. Nothing for actors who may not see
 * restricted records: they are never even decrypted. The cost grows with the number of sealed records (README).
 */
export async function sealedMatches(ctx: Ctx, q: ParsedQuery): Promise<SealedMatches> {
  const out: SealedMatches = { rows: [], bodies: new Map() };
  if (!canReadRestricted(ctx.actor) || !readableLevels(ctx.actor).includes('restricted')) return out;
  const keys = new ContentKeys(ctx.keyring);
  for (const type of SEALABLE) {
    const repo = DEFS[type].repo;
    for (let after: string | undefined; ;) {
      const records = await repo.list(ctx.db, {}, ['restricted'], { after, limit: BATCH }, keys);
      for (const record of records) {
        const d = docOf(type, record);
        if (!d || !docMatches(d, q)) continue;
        const docId = `sealed:${type}:${record.id}`;
        out.rows.push({ doc_id: docId, record_type: type, record_id: record.id, slug: record.slug, confidentiality: record.confidentiality, title: d.title, country: d.country, year: d.year });
        out.bodies.set(docId, d.body);
      }
      if (records.length < BATCH) break;
      after = records[records.length - 1]!.id;
    }
  }
  return out;
}
