// Walks the audit chain and reports the first entry that was changed, removed or reordered, checking every keyed hash
// with the key file's audit key and, when given, that the chain still reaches and contains an anchor taken earlier.
import type { Keyring } from '../../crypto/field-cipher.ts';
import type { Db } from '../../db/database.ts';
import { auditEntries, auditHead, entryHash } from '../../db/repos/audit.repo.ts';
import { ChainWalker, type AuditAnchor } from '../../domain/audit-chain.ts';

/** The verdict on the chain. */
export type AuditVerdict =
  { ok: true; entries: number; head: string } | { ok: false; entries: number; seq: number; reason: string };

/**
 * Checks sequence continuity, each entry's keyed hash, the links between entries, that the head matches the last entry,
 * and (with `anchor`) that the entry at the anchor's sequence number carries the anchored hash.
 */
export async function verifyAudit(
  db: Db,
  keyring: Keyring,
  opts: { anchor?: AuditAnchor } = {},
): Promise<AuditVerdict> {
  const head = await auditHead(db);
  if (!head.keyed) {
    // Either a chain not yet re-keyed since the upgrade (`vigil audit verify` re-keys it first) or a chain someone
    // rewrote with plain hashes and marked as such: in both cases nothing here is proven.
    return {
      ok: false,
      entries: 0,
      seq: 1,
      reason:
        'the chain is not keyed (written before keyed hashing, or rewritten): run `vigil audit verify`, which re-keys a chain from before the upgrade',
    };
  }
  const { anchor } = opts;
  const walker = new ChainWalker((e) => entryHash(keyring, e));
  for await (const e of auditEntries(db)) {
    const bad = walker.check(e);
    if (bad) return { ok: false, entries: walker.count, ...bad };
    if (anchor && e.seq === anchor.seq && e.hash !== anchor.hash) {
      return {
        ok: false,
        entries: walker.count,
        seq: e.seq,
        reason: `entry ${e.seq} is not the one anchored on ${anchor.at} (its hash differs: the chain was rewritten from there or before)`,
      };
    }
  }
  const count = walker.count;
  if (anchor && count < anchor.seq) {
    return {
      ok: false,
      entries: count,
      seq: count + 1,
      reason: `the chain ends at entry ${count}, before entry ${anchor.seq} anchored on ${anchor.at}: entries at the end were removed`,
    };
  }
  if (head.seq !== count || head.hash !== walker.lastHash) {
    return {
      ok: false,
      entries: count,
      seq: count + 1,
      reason: `the chain ends at entry ${count} but its head records entry ${head.seq}: entries at the end were removed`,
    };
  }
  return { ok: true, entries: count, head: walker.lastHash };
}
