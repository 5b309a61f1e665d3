// Audit entries as the record history shows them: who did what when, and digests of the record before and after.
import type { FieldChange } from '../../domain/record-diff.ts';
import type { HistoryItem } from '../../queries/records/record-history.ts';

/** One entry of a record's history as the API shows it. */
export interface HistoryEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  beforeDigest: string | null;
  afterDigest: string | null;
  changes: FieldChange[];
}

/** The JSON form of one audit entry in a record's history (the chain's own hashes stay internal). */
export function presentAuditEntry(e: HistoryItem): HistoryEntry {
  return {
    seq: e.seq,
    at: e.at,
    actor: e.actor,
    action: e.action,
    beforeDigest: e.beforeDigest,
    afterDigest: e.afterDigest,
    changes: e.changes,
  };
}
