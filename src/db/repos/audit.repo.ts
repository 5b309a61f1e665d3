// The append-only audit chain: each entry carries the keyed hash (HMAC under the key file's audit key) of the one before it.
import type { Keyring } from '../../crypto/field-cipher.ts';
import {
  ChainWalker,
  GENESIS_HASH,
  keyedEntryHash,
  plainEntryHash,
  type ChainedFields,
} from '../../domain/audit-chain.ts';
import { canonicalJson, digestOf, sha256Hex } from '../../domain/digest.ts';
import { RECORD_TYPES } from '../../domain/vocabulary.ts';
import type { Db, Executor, Trx } from '../database.ts';
import { prepared, preparedRows } from '../prepared.ts';
import type { AuditLogTable } from '../schema.ts';
import { insertRows } from './bulk-insert.ts';

const REGISTER_TYPES: ReadonlySet<string> = new Set(RECORD_TYPES);

export { GENESIS_HASH };

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
export interface AuditEntry extends ChainedFields {
  hash: string;
}

/** The keyed hash of an entry: over every field but the hash itself, in canonical form. */
export function entryHash(keyring: Keyring, e: ChainedFields): string {
  return keyedEntryHash((text) => keyring.chainMac(text), e);
}

/** What re-keying a chain written with plain SHA-256 found: how many entries, and where (if anywhere) it was broken. */
export interface RekeyReport {
  entries: number;
  brokenAt: { seq: number; reason: string } | null;
}

/**
 * Re-keys a chain written before keyed hashing, inside the caller's write transaction: the plain chain is checked
 * first, every hash is recomputed with the key, and an `audit.rekey` entry records how many entries there were and
 * whether the plain chain was intact — so a break found then stays visible in the keyed chain. Null when already keyed.
 */
export async function rekeyChain(trx: Trx, keyring: Keyring, at: string): Promise<RekeyReport | null> {
  const head = await trx.selectFrom('audit_head').select(['keyed']).where('id', '=', 1).executeTakeFirstOrThrow();
  if (Number(head.keyed) === 1) return null;
  const walker = new ChainWalker(plainEntryHash);
  let brokenAt: RekeyReport['brokenAt'] = null;
  let prevHash = GENESIS_HASH;
  let seq = 0;
  let entries = 0;
  for await (const e of auditEntries(trx)) {
    if (brokenAt === null) brokenAt = walker.check(e);
    const hash = entryHash(keyring, { ...e, prevHash });
    await trx.updateTable('audit_log').set({ prev_hash: prevHash, hash }).where('seq', '=', e.seq).execute();
    prevHash = hash;
    seq = e.seq;
    entries += 1;
  }
  await trx.updateTable('audit_head').set({ seq, hash: prevHash, keyed: 1 }).where('id', '=', 1).execute();
  const verdict = brokenAt ? `broken at entry ${brokenAt.seq}` : 'intact';
  await appendAudit(trx, keyring, [
    {
      at,
      actor: 'system:vigil',
      action: 'audit.rekey',
      recordType: 'audit',
      recordId: `entries 1-${seq} ${verdict}`,
      before: null,
      after: { entries, brokenAt },
    },
  ]);
  return { entries, brokenAt };
}

// Every write appends here (each batch of signings too): compiled once per database and row count (prepared.ts).
const headQuery = prepared<Record<string, never>, { seq: number | string; hash: string; keyed: number }>((db) =>
  db.selectFrom('audit_head').select(['seq', 'hash', 'keyed']).where('id', '=', 1),
);
const setHeadQuery = prepared<{ seq: number; hash: string }, never>((db, p) =>
  db.updateTable('audit_head').set({ seq: p.seq, hash: p.hash }).where('id', '=', 1),
);
const insertEntryRows = preparedRows<AuditLogTable>((db, rows) =>
  db.insertInto('audit_log').values(
    rows.map((p) => ({
      seq: p.seq,
      at: p.at,
      actor: p.actor,
      action: p.action,
      record_type: p.record_type,
      record_id: p.record_id,
      before_digest: p.before_digest,
      after_digest: p.after_digest,
      prev_hash: p.prev_hash,
      hash: p.hash,
    })),
  ),
);

async function headOf(trx: Trx): Promise<{ seq: number | string; hash: string; keyed: number }> {
  const head = await headQuery.first(trx, {});
  if (!head) throw new Error('the audit chain has no head row');
  return head;
}

/** Appends entries in order inside the caller's write transaction (which already holds the audit head's lock). */
export async function appendAudit(trx: Trx, keyring: Keyring, inputs: AuditInput[]): Promise<void> {
  if (inputs.length === 0) return;
  let head = await headOf(trx);
  if (Number(head.keyed) !== 1) {
    // A chain from before keyed hashing: re-keyed once, here, so no plain entry ever follows a keyed one.
    await rekeyChain(trx, keyring, inputs[0]!.at);
    head = await headOf(trx);
  }
  let seq = Number(head.seq);
  let prevHash = head.hash;
  // The canonical text of each state is made once: it is both hashed and (for register records) kept as the version.
  const afterTexts = inputs.map((input) => (input.after == null ? null : canonicalJson(input.after)));
  const rows = inputs.map((input, index) => {
    seq += 1;
    const afterJson = afterTexts[index]!;
    const entry = {
      seq,
      at: input.at,
      actor: input.actor,
      action: input.action,
      recordType: input.recordType,
      recordId: input.recordId,
      beforeDigest: input.before == null ? null : digestOf(input.before),
      afterDigest: afterJson === null ? null : sha256Hex(afterJson),
      prevHash,
    };
    const hash = entryHash(keyring, entry);
    prevHash = hash;
    return {
      seq,
      at: entry.at,
      actor: entry.actor,
      action: entry.action,
      record_type: entry.recordType,
      record_id: entry.recordId,
      before_digest: entry.beforeDigest,
      after_digest: entry.afterDigest,
      prev_hash: entry.prevHash,
      hash,
    };
  });
  await insertEntryRows.run(trx, rows);
  await setHeadQuery.run(trx, { seq, hash: prevHash });
  // The state after each write of a register record, kept beside its entry so the record's history can show what changed.
  const versions = rows.flatMap((row, index) => {
    const after = inputs[index]!.after;
    return REGISTER_TYPES.has(row.record_type) && after != null && typeof after === 'object'
      ? [{ seq: row.seq, record_type: row.record_type, record_id: row.record_id, snapshot: afterTexts[index]! }]
      : [];
  });
  await insertRows(trx, 'record_versions', versions, 256);
}

/** The stored states of one record after each of its writes, by audit sequence number. */
export async function versionsOfRecord(
  db: Executor,
  recordType: string,
  recordId: string,
): Promise<Map<number, Record<string, unknown>>> {
  const rows = await db
    .selectFrom('record_versions')
    .select(['seq', 'snapshot'])
    .where('record_type', '=', recordType)
    .where('record_id', '=', recordId)
    .orderBy('seq')
    .execute();
  return new Map(rows.map((r) => [Number(r.seq), JSON.parse(r.snapshot) as Record<string, unknown>]));
}

/** The head of the chain: the last sequence number and hash, and whether its hashes are keyed yet. */
export async function auditHead(db: Executor): Promise<{ seq: number; hash: string; keyed: boolean }> {
  const head = await db
    .selectFrom('audit_head')
    .select(['seq', 'hash', 'keyed'])
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  return { seq: Number(head.seq), hash: head.hash, keyed: Number(head.keyed) === 1 };
}

/** Streams the chain in order, in batches, so verification runs in constant memory. */
export async function* auditEntries(db: Executor, batch = 1000): AsyncGenerator<AuditEntry> {
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(batch)
      .execute();
    for (const r of rows) yield toEntry(r);
    if (rows.length < batch) return;
    after = Number(rows[rows.length - 1]!.seq);
  }
}

/** Lists the entries of one record, newest first (its history). */
export async function auditOfRecord(db: Db, recordType: string, recordId: string, limit = 100): Promise<AuditEntry[]> {
  const rows = await db
    .selectFrom('audit_log')
    .selectAll()
    .where('record_type', '=', recordType)
    .where('record_id', '=', recordId)
    .orderBy('seq', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toEntry);
}

function toEntry(r: AuditLogTable): AuditEntry {
  return {
    seq: Number(r.seq),
    at: r.at,
    actor: r.actor,
    action: r.action,
    recordType: r.record_type,
    recordId: r.record_id,
    beforeDigest: r.before_digest,
    afterDigest: r.after_digest,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}
