// Inserts many new records of one type inside the caller's write transaction (imports). The checks are those of
// insertRecord; what they ask the database (ids already used, references, slugs) is asked once per batch, and the
// records, their search documents and their audit entries are written with multi-row statements.
import type { Ctx } from '../../context.ts';
import { hasRestricted, type RecordBase } from '../../domain/common.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import type { Trx } from '../../db/database.ts';
import type { AuditInput } from '../../db/repos/audit.repo.ts';
import type { KeyStage } from '../../db/repos/search.repo.ts';
import { existingIds, slugTaken, takenSlugs } from '../../db/repos/shared.ts';
import { AppError } from '../../errors.ts';
import { authorize, authorizeRestrictedWrite, readableLevels } from '../../policies/authorize.ts';
import { tableOf, type RecordDef, type Reference } from '../../records/registry.ts';
import { indexNewRecords } from '../search/index-record.ts';
import { auditInput, checkRules, pickSlug } from './write-support.ts';

/** One record to insert: its input as the API takes it, and the id and timestamps it keeps. */
export interface NewRecord {
  input: unknown;
  id: string;
  createdAt: string;
  updatedAt: string;
}

/** The failure of one record of a batch: its position in the batch and what went wrong. */
export class BatchItemError extends Error {
  constructor(
    readonly index: number,
    readonly reason: unknown,
  ) {
    super(reason instanceof Error ? reason.message : String(reason));
  }
}

/** Runs `fn` for record `index`, tagging any error with the record's position. */
function at<R>(index: number, fn: () => R): R {
  try {
    return fn();
  } catch (err) {
    throw new BatchItemError(index, err);
  }
}

/** A new record built and checked without the database, with the slug its input asks for (if any). */
export interface DraftedRecord<T extends RecordBase> {
  draft: T;
  wanted: string | undefined;
}

/**
 * Validates one new record and builds it: its schema, its type's rules and the actor's clearance for restricted values
 * (the caller has authorized the creation). What needs the database is checked when the batch is stored.
 */
export function draftRecord<T extends RecordBase, F>(
  ctx: Ctx,
  def: RecordDef<T, F>,
  item: NewRecord,
): DraftedRecord<T> {
  const parsed = parseOrThrow(def.input, item.input);
  const draft = def.build(parsed, { id: item.id, slug: '', createdAt: item.createdAt, updatedAt: item.updatedAt });
  if (hasRestricted(draft)) authorizeRestrictedWrite(ctx.actor);
  checkRules(ctx, def, draft);
  return { draft, wanted: (parsed as { slug?: string }).slug };
}

/**
 * Validates and inserts `items` (all new, ids kept) in the caller's transaction, collecting one audit entry each in
 * `pendingAudit`. Any failure throws a BatchItemError naming the first failing record; the caller rolls back.
 */
export async function insertRecords<T extends RecordBase, F>(
  ctx: Ctx,
  trx: Trx,
  def: RecordDef<T, F>,
  items: readonly NewRecord[],
  opts: InsertOptions,
): Promise<T[]> {
  if (items.length === 0) return [];
  authorize(ctx.actor, 'create', def.type);
  const drafted = items.map((item, i) => at(i, () => draftRecord(ctx, def, item)));
  return insertDrafted(ctx, trx, def, drafted, opts);
}

/** Where the audit entries of a batch go, and the action they record. */
export interface InsertOptions {
  action: string;
  pendingAudit: AuditInput[];
  keyStage?: KeyStage;
}

/**
 * Inserts records drafted by draftRecord (the caller has authorized their creation): what the database must confirm
 * (ids unused, references present, slugs free) is asked once per table. Any failure throws a BatchItemError naming the
 * first failing record.
 */
export async function insertDrafted<T extends RecordBase, F>(
  ctx: Ctx,
  trx: Trx,
  def: RecordDef<T, F>,
  drafted: readonly DraftedRecord<T>[],
  opts: InsertOptions,
): Promise<T[]> {
  if (drafted.length === 0) return [];
  const table = def.repo.table;
  const drafts = drafted.map((d) => d.draft);
  const wanted = drafted.map((d) => d.wanted);

  // What the database already holds, in one query per table: ids (at any level), referenced records, wanted slugs.
  const used = await existingIds(
    trx,
    table,
    drafts.map((d) => d.id),
    null,
  );
  const levels = readableLevels(ctx.actor);
  const refs = drafts.map((d) => def.references(d));
  const byType = new Map<Reference['type'], string[]>();
  for (const list of refs) {
    for (const r of list) {
      const ids = byType.get(r.type);
      if (ids) ids.push(r.id);
      else byType.set(r.type, [r.id]);
    }
  }
  const found = new Map<Reference['type'], Set<string>>();
  for (const [type, ids] of byType) found.set(type, await existingIds(trx, tableOf(type), ids, levels));
  const slugsTaken = await takenSlugs(
    trx,
    table,
    wanted.filter((s): s is string => s !== undefined),
  );

  const seenIds = new Map<string, T['confidentiality']>();
  const seenSlugs = new Set<string>();
  const records: T[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const draft = drafts[i]!;
    if (used.has(draft.id) || seenIds.has(draft.id))
      throw new BatchItemError(
        i,
        new AppError('conflict', `a ${def.type} with id ${draft.id} is already in the register`),
      );
    for (const ref of refs[i]!) {
      // A record earlier in the batch counts as stored, as it would be had the records gone in one by one.
      const earlier = ref.type === def.type ? seenIds.get(ref.id) : undefined;
      const inBatch = earlier !== undefined && levels.includes(earlier);
      if (!found.get(ref.type)?.has(ref.id) && !inBatch) {
        throw new BatchItemError(
          i,
          new AppError('validation_failed', `${ref.field}: no ${ref.type} with id "${ref.id}"`, { field: ref.field }),
        );
      }
    }
    const slug = await slugFor(trx, def, draft, wanted[i], slugsTaken, seenSlugs).catch((err: unknown) => {
      throw new BatchItemError(i, err);
    });
    seenIds.set(draft.id, draft.confidentiality);
    seenSlugs.add(slug);
    records.push({ ...draft, slug });
  }

  await def.repo.insertMany(trx, records, ctx.keyring);
  await indexNewRecords(trx, def.type, records, opts.keyStage);
  for (const record of records) opts.pendingAudit.push(auditInput(ctx, opts.action, def.type, record.id, null, record));
  return records;
}

/** The slug as chooseSlug picks it, also kept clear of the slugs of the batch's earlier records. */
async function slugFor<T extends RecordBase, F>(
  trx: Trx,
  def: RecordDef<T, F>,
  record: T,
  wanted: string | undefined,
  taken: ReadonlySet<string>,
  inBatch: ReadonlySet<string>,
): Promise<string> {
  // An asked-for slug is checked against the batch's prefetched set; a made-up one against the database as well.
  if (wanted) return pickSlug(def, record, wanted, (slug) => taken.has(slug) || inBatch.has(slug));
  return pickSlug(
    def,
    record,
    undefined,
    async (slug) => inBatch.has(slug) || (await slugTaken(trx, def.repo.table, slug, record.id)),
  );
}
