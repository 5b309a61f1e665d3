// Steps every record write shares: permission on the level written, rules, references, slug, audit.
import { actorLabel, type Ctx } from '../../context.ts';
import type { RecordBase } from '../../domain/common.ts';
import { canonicalJson } from '../../domain/digest.ts';
import { assertNoProblems } from '../../domain/validation.ts';
import type { Trx } from '../../db/database.ts';
import { appendAudit, type AuditInput } from '../../db/repos/audit.repo.ts';
import { rewriteVersions } from '../../db/repos/restricted.repo.ts';
import { recordExists, slugTaken } from '../../db/repos/shared.ts';
import { AppError } from '../../errors.ts';
import { authorize, readableLevels } from '../../policies/authorize.ts';
import { makeSlug, tableOf, type RecordDef } from '../../records/registry.ts';

/** Checks the record's rules, the actor's right to its confidentiality level, and that every referenced record exists. */
export async function checkRecord<T extends RecordBase, F>(
  ctx: Ctx,
  trx: Trx,
  def: RecordDef<T, F>,
  record: T,
): Promise<void> {
  checkRules(ctx, def, record);
  const levels = readableLevels(ctx.actor);
  for (const ref of def.references(record)) {
    if (!(await recordExists(trx, tableOf(ref.type), ref.id, levels))) {
      throw new AppError('validation_failed', `${ref.field}: no ${ref.type} with id "${ref.id}"`, { field: ref.field });
    }
  }
}

/** The part of checkRecord that needs no database: the actor's right to the record's level and the type's rules. */
export function checkRules<T extends RecordBase, F>(ctx: Ctx, def: RecordDef<T, F>, record: T): void {
  authorize(ctx.actor, 'update', def.type, { id: record.id, confidentiality: record.confidentiality });
  assertNoProblems(def.problems(record));
}

/** Chooses the slug: the one asked for (refused if taken), the current one, or a fresh one from the record's name. */
export async function chooseSlug<T extends RecordBase, F>(
  trx: Trx,
  def: RecordDef<T, F>,
  record: T,
  wanted: string | undefined,
): Promise<string> {
  return pickSlug(def, record, wanted, (slug) => slugTaken(trx, def.repo.table, slug, record.id));
}

/**
 * The slug rule, with the question "is this slug taken?" asked by the caller: one record at a time asks the database,
 * an import's batch also asks the slugs its earlier records took.
 */
export async function pickSlug<T extends RecordBase, F>(
  def: RecordDef<T, F>,
  record: T,
  wanted: string | undefined,
  isTaken: (slug: string) => Promise<boolean> | boolean,
): Promise<string> {
  // A restricted record's name must not travel in URLs, logs and browser histories: its slug is its id.
  if (record.confidentiality === 'restricted') return record.id.toLowerCase();
  if (wanted) {
    if (await isTaken(wanted))
      throw new AppError('conflict', `slug: "${wanted}" is already used by another ${def.type}`, { field: 'slug' });
    return wanted;
  }
  if (record.slug) return record.slug;
  const text = def.slugText(record);
  if (text === undefined) return record.id.toLowerCase();
  const base = makeSlug(text);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await isTaken(candidate))) return candidate;
  }
}

/**
 * A record as the audit log digests it. Restricted values are replaced by a keyed digest (bound to the record id):
 * a plain hash of them in the database would let whoever holds a copy confirm a guessed address or contact.
 */
function auditable(ctx: Ctx, value: unknown): unknown {
  if (typeof value !== 'object' || value === null || !('restricted' in value)) return value;
  if ((value as { confidentiality?: unknown }).confidentiality === 'restricted')
    return sealedAuditable(ctx, value as RecordBase);
  const { id, restricted } = value as { id?: unknown; restricted?: unknown };
  if (typeof restricted !== 'object' || restricted === null || Object.keys(restricted).length === 0) return value;
  return { ...value, restricted: ctx.keyring.mac(`${String(id)}\n${canonicalJson(restricted)}`) };
}

/**
 * A record restricted as a whole as the audit log and its record versions keep it: only what its clear columns hold
 * (id, slug, level, timestamps) and one keyed digest of all the rest, so neither digests nor versions give away a name.
 */
function sealedAuditable(
  ctx: Ctx,
  record: Pick<RecordBase, 'id' | 'slug' | 'confidentiality' | 'createdAt' | 'updatedAt'>,
): Record<string, unknown> {
  const { id, slug, confidentiality, createdAt, updatedAt, ...content } = record;
  return {
    id,
    slug,
    confidentiality,
    createdAt,
    updatedAt,
    sealed: ctx.keyring.mac(`${id}\n${canonicalJson(content)}`),
  };
}

/**
 * Rewrites the stored versions of a record just sealed into the form sealed records are versioned in (ids, level,
 * timestamps and a keyed digest): its earlier versions, written while it was public or internal, held its content in clear.
 */
export async function sealHistory(ctx: Ctx, trx: Trx, type: string, id: string): Promise<void> {
  await rewriteVersions(trx, type, id, (snapshot) =>
    canonicalJson(sealedAuditable(ctx, { ...(snapshot as unknown as RecordBase), id })),
  );
}

/** The audit entry of one write by the context's actor, now. */
export function auditInput(
  ctx: Ctx,
  action: string,
  type: string,
  id: string,
  before: unknown,
  after: unknown,
): AuditInput {
  return {
    at: ctx.now().toISOString(),
    actor: actorLabel(ctx.actor),
    action,
    recordType: type,
    recordId: id,
    before: auditable(ctx, before),
    after: auditable(ctx, after),
  };
}

/** Records one write in the audit chain, inside the write's transaction. */
export async function auditWrite(
  ctx: Ctx,
  trx: Trx,
  action: string,
  type: string,
  id: string,
  before: unknown,
  after: unknown,
): Promise<void> {
  await appendAudit(trx, ctx.keyring, [auditInput(ctx, action, type, id, before, after)]);
}
