// Audit entries as the record history shows them: who did what when, and digests of the record before and after.
import type { AuditEntry } from '../../db/repos/audit.repo.ts';

/** One entry of a record's history as the API shows it. */
export interface HistoryEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  beforeDigest: string | null;
  afterDigest: string | null;
}

/** The JSON form of one audit entry in a record's history (the chain's own hashes stay internal). */
export function presentAuditEntry(e: AuditEntry): HistoryEntry {
  return { seq: e.seq, at: e.at, actor: e.actor, action: e.action, beforeDigest: e.beforeDigest, afterDigest: e.afterDigest };
}
