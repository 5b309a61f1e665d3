// Walks the audit chain and reports the first entry that was changed, removed or reordered.
import type { Db } from '../../db/database.ts';
import { auditEntries, auditHead, entryHash, GENESIS_HASH } from '../../db/repos/audit.repo.ts';

/** The verdict on the chain. */
export type AuditVerdict = { ok: true; entries: number; head: string } | { ok: false; entries: number; seq: number; reason: string };

/** Checks sequence continuity, each entry's hash, the links between entries, and that the head matches the last entry. */
export async function verifyAudit(db: Db): Promise<AuditVerdict> {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let count = 0;
  for await (const e of auditEntries(db)) {
    if (e.seq !== expectedSeq) {
      return { ok: false, entries: count, seq: expectedSeq, reason: `entry ${expectedSeq} is missing (next present is ${e.seq})` };
    }
    if (e.prevHash !== prevHash) return { ok: false, entries: count, seq: e.seq, reason: `entry ${e.seq} does not follow entry ${e.seq - 1} (chain link broken: removed or reordered)` };
    const { hash, ...rest } = e;
    if (entryHash(rest) !== hash) return { ok: false, entries: count, seq: e.seq, reason: `entry ${e.seq} was changed (its hash does not match its content)` };
    prevHash = hash;
    expectedSeq += 1;
    count += 1;
  }
  const head = await auditHead(db);
  if (head.seq !== count || head.hash !== prevHash) {
    return { ok: false, entries: count, seq: count + 1, reason: `the chain ends at entry ${count} but its head records entry ${head.seq}: entries at the end were removed` };
  }
  return { ok: true, entries: count, head: prevHash };
}
