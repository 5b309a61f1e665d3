// Lists records the actor may see, one keyset page at a time.
import type { Ctx } from '../../context.ts';
import type { RecordBase } from '../../domain/common.ts';
import type { Confidentiality } from '../../domain/vocabulary.ts';
import { AppError } from '../../errors.ts';
import { authorize, readableLevels } from '../../policies/authorize.ts';
import type { RecordDef } from '../../records/registry.ts';
import { contentKeys, readerKeys } from './get-record.ts';
import { filterNamesUnseen, unseenReferencesOf, withoutUnseen } from './unseen-references.ts';

/** A page of records and the cursor of the next page (null on the last). */
export interface ListResult<T> {
  data: T[];
  nextCursor: string | null;
}

/** Encodes the position after a record as an opaque cursor. */
export function encodeCursor(id: string): string {
  return Buffer.from(JSON.stringify({ after: id })).toString('base64url');
}

/** Decodes a cursor, or fails with bad_request naming the parameter. */
export function decodeCursor(cursor: string): string {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { after?: unknown };
    if (typeof value.after === 'string' && /^[0-9A-Z]{26}$/.test(value.after)) return value.after;
  } catch {
    // fall through to the error below
  }
  throw new AppError('validation_failed', 'cursor: not a cursor this API gave out', { field: 'cursor' });
}

/**
 * Lists visible records matching the filter. The filter runs in SQL, over visible records only (sealed records, which
 * only cleared readers see, are opened and matched in memory); a filter by an id the reader may not see matches nothing.
 * Lists never carry restricted fields (`restricted` is empty): a cleared reader opens the record itself, and that read
 * is audited.
 */
export async function listRecords<T extends RecordBase, F>(
  ctx: Ctx,
  def: RecordDef<T, F>,
  filter: F,
  page: { limit: number; cursor?: string },
): Promise<ListResult<T>> {
  authorize(ctx.actor, 'read', def.type);
  const after = page.cursor ? decodeCursor(page.cursor) : undefined;
  // A filter by a record the reader may not see answers like a filter by an unknown id, so it cannot confirm a hidden link.
  if (await filterNamesUnseen(ctx, filter as Record<string, unknown>)) return { data: [], nextCursor: null };
  const rows = await def.repo.list(
    ctx.db,
    filter,
    readableLevels(ctx.actor),
    { after, limit: page.limit + 1 },
    contentKeys(ctx),
  );
  const data = rows.slice(0, page.limit);
  const last = data[data.length - 1];
  return { data, nextCursor: rows.length > page.limit && last ? encodeCursor(last.id) : null };
}

/** True when these levels are every level there is: such a reader can see whatever a record refers to. */
export function seesEveryLevel(levels: readonly Confidentiality[]): boolean {
  return levels.includes('restricted') && levels.includes('internal');
}

/**
 * Every visible record matching the filter, streamed in id order a batch at a time (exports). With `withRestricted`, restricted
 * values are decrypted for cleared actors (the caller records the read); otherwise they stay encrypted.
 */
export async function* iterateRecordPages<T extends RecordBase, F>(
  ctx: Ctx,
  def: RecordDef<T, F>,
  filter: F,
  batch = 500,
  withRestricted = false,
): AsyncGenerator<T[]> {
  authorize(ctx.actor, 'read', def.type);
  if (await filterNamesUnseen(ctx, filter as Record<string, unknown>)) return;
  const levels = readableLevels(ctx.actor);
  const keys = withRestricted ? readerKeys(ctx) : contentKeys(ctx);
  // An export is a public answer too: references to records the actor may not see leave it (one check per batch).
  const seesAll = seesEveryLevel(levels);
  let after: string | undefined;
  for (;;) {
    const rows = await def.repo.list(ctx.db, filter, levels, { after, limit: batch }, keys);
    if (seesAll) yield rows;
    else {
      const hidden = await unseenReferencesOf(ctx, def.type, rows);
      yield rows.map((row) => withoutUnseen(def.type, row, hidden) as T);
    }
    if (rows.length < batch) return;
    after = rows[rows.length - 1]!.id;
  }
}

/** The same records one at a time. */
export async function* iterateRecords<T extends RecordBase, F>(
  ctx: Ctx,
  def: RecordDef<T, F>,
  filter: F,
  batch = 500,
  withRestricted = false,
): AsyncGenerator<T> {
  for await (const page of iterateRecordPages(ctx, def, filter, batch, withRestricted)) yield* page;
}
