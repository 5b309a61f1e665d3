// Creates a record of any register type: validate, check, slug, insert and audit in one transaction.
import { ulid } from 'ulid';
import type { Ctx } from '../../context.ts';
import { hasRestricted, type RecordBase } from '../../domain/common.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { writeTransaction, type Trx } from '../../db/database.ts';
import { authorize, authorizeRestrictedWrite } from '../../policies/authorize.ts';
import type { RecordDef } from '../../records/registry.ts';
import { appendAudit, type AuditInput } from '../../db/repos/audit.repo.ts';
import { auditInput, checkRecord, chooseSlug } from './write-support.ts';
import { indexRecord } from '../search/index-record.ts';

/** Options for creating: an id and timestamps to keep (import and demo data keep theirs), and the audit action. */
export interface CreateOptions {
  id?: string;
  createdAt?: string;
  updatedAt?: string;
  action?: string;
  /** Collects the audit entry instead of appending it at once; the caller appends the batch in the same transaction. */
  pendingAudit?: AuditInput[];
}

/** Validates and inserts one record inside the caller's write transaction (import runs many in one); restricted fields need a cleared actor. */
export async function insertRecord<T extends RecordBase, F>(
  ctx: Ctx,
  trx: Trx,
  def: RecordDef<T, F>,
  input: unknown,
  opts: CreateOptions = {},
): Promise<T> {
  authorize(ctx.actor, 'create', def.type);
  const parsed = parseOrThrow(def.input, input);
  const now = ctx.now().toISOString();
  const draft = def.build(parsed, {
    id: opts.id ?? ulid(),
    slug: '',
    createdAt: opts.createdAt ?? now,
    updatedAt: opts.updatedAt ?? now,
  });
  if (hasRestricted(draft)) authorizeRestrictedWrite(ctx.actor);
  await checkRecord(ctx, trx, def, draft);
  const record = { ...draft, slug: await chooseSlug(trx, def, draft, (parsed as { slug?: string }).slug) };
  await def.repo.insert(trx, record, ctx.keyring);
  await indexRecord(trx, def.type, record);
  const entry = auditInput(ctx, opts.action ?? `${def.type}.create`, def.type, record.id, null, record);
  if (opts.pendingAudit) opts.pendingAudit.push(entry);
  else await appendAudit(trx, ctx.keyring, [entry]);
  return record;
}

/** Validates `input` against the type's schema and stores a new record in its own transaction; returns it as stored. */
export async function createRecord<T extends RecordBase, F>(
  ctx: Ctx,
  def: RecordDef<T, F>,
  input: unknown,
  opts: CreateOptions = {},
): Promise<T> {
  authorize(ctx.actor, 'create', def.type);
  return writeTransaction(ctx.db, (trx) => insertRecord(ctx, trx, def, input, opts));
}
