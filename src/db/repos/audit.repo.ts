// The append-only audit chain: each entry carries the hash of the one before it.
import { canonicalJson, digestOf } from '../../domain/digest.ts';
import { RECORD_TYPES } from '../../domain/vocabulary.ts';
import type { Db, Executor, Trx } from '../database.ts';
import type { AuditLogTable } from '../schema.ts';

const REGISTER_TYPES: ReadonlySet<string> = new Set(RECORD_TYPES);

/** The first entry's "previous hash". */
export const GENESIS_HASH = '0'.repeat(64);

/** What a write tells the audit log. */
export interface AuditInput {
  at: string;
  actor: string;
  action: string;
  recordType: string;
  recordId: string;
  before: unknown;
  after: unknown;
}

/** A stored audit entry. */
export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  recordType: string;
  recordId: string;
  beforeDigest: string | null;
  afterDigest: string | null;
  prevHash: string;
  hash: string;
}

/** The hash of an entry: over every field but the hash itself, in canonical form. */
export function entryHash(e: Omit<AuditEntry, 'hash'>): string {
  return digestOf({
    seq: e.seq, at: e.at, actor: e.actor, action: e.action, recordType: e.recordType, recordId: e.recordId,
    beforeDigest: e.beforeDigest, afterDigest: e.afterDigest, prevHash: e.prevHash,
  });
}

/** Appends entries in order inside the caller's write transaction (which already holds the audit head's lock). */
export async function appendAudit(trx: Trx, inputs: AuditInput[]): Promise<void> {
  if (inputs.length === 0) return;
  const head = await trx.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();
  let seq = Number(head.seq);
  let prevHash = head.hash;
  const rows = inputs.map((input) => {
    seq += 1;
    const entry = {
      seq, at: input.at, actor: input.actor, action: input.action, recordType: input.recordType, recordId: input.recordId,
      beforeDigest: input.before == null ? null : digestOf(input.before),
      afterDigest: input.after == null ? null : digestOf(input.after),
      prevHash,
    };
    const hash = entryHash(entry);
    prevHash = hash;
    return {
      seq, at: entry.at, actor: entry.actor, action: entry.action, record_type: entry.recordType, record_id: entry.recordId,
      before_digest: entry.beforeDigest, after_digest: entry.afterDigest, prev_hash: entry.prevHash, hash,
    };
  });
  for (let i = 0; i < rows.length; i += 500) await trx.insertInto('audit_log').values(rows.slice(i, i + 500)).execute();
  await trx.updateTable('audit_head').set({ seq, hash: prevHash }).where('id', '=', 1).execute();
  // The state after each write of a register record, kept beside its entry so the record's history can show what changed.
  const versions = rows.flatMap((row, index) => {
    const after = inputs[index]!.after;
    return REGISTER_TYPES.has(row.record_type) && after != null && typeof after === 'object'
      ? [{ seq: row.seq, record_type: row.record_type, record_id: row.record_id, snapshot: canonicalJson(after) }]
      : [];
  });
  for (let i = 0; i < versions.length; i += 500) await trx.insertInto('record_versions').values(versions.slice(i, i + 500)).execute();
}

/** The stored states of one record after each of its writes, by audit sequence number. */
export async function versionsOfRecord(db: Executor, recordType: string, recordId: string): Promise<Map<number, Record<string, unknown>>> {
  const rows = await db.selectFrom('record_versions').select(['seq', 'snapshot']).where('record_type', '=', recordType).where('record_id', '=', recordId).orderBy('seq').execute();
  return new Map(rows.map((r) => [Number(r.seq), JSON.parse(r.snapshot) as Record<string, unknown>]));
}

/** The head of the chain: the last sequence number and hash. */
export async function auditHead(db: Db): Promise<{ seq: number; hash: string }> {
  const head = await db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();
  return { seq: Number(head.seq), hash: head.hash };
}

/** Streams the chain in order, in batches, so verification runs in constant memory. */
export async function* auditEntries(db: Db, batch = 1000): AsyncGenerator<AuditEntry> {
  let after = 0;
  for (;;) {
    const rows = await db.selectFrom('audit_log').selectAll().where('seq', '>', after).orderBy('seq').limit(batch).execute();
    for (const r of rows) yield toEntry(r);
    if (rows.length < batch) return;
    after = Number(rows[rows.length - 1]!.seq);
  }
}

/** Lists the entries of one record, newest first (its history). */
export async function auditOfRecord(db: Db, recordType: string, recordId: string, limit = 100): Promise<AuditEntry[]> {
  const rows = await db.selectFrom('audit_log').selectAll().where('record_type', '=', recordType).where('record_id', '=', recordId)
    .orderBy('seq', 'desc').limit(limit).execute();
  return rows.map(toEntry);
}

function toEntry(r: AuditLogTable): AuditEntry {
  return {
    seq: Number(r.seq), at: r.at, actor: r.actor, action: r.action, recordType: r.record_type, recordId: r.record_id,
    beforeDigest: r.before_digest, afterDigest: r.after_digest, prevHash: r.prev_hash, hash: r.hash,
  };
}
