// Stores an uploaded original for a source, unchanged, with its SHA-256.
import type { Readable } from 'node:stream';
import type { Ctx } from '../../context.ts';
import type { Source, SourceFile } from '../../domain/source.ts';
import { writeTransaction } from '../../db/database.ts';
import { setSourceFile, sourceRepo } from '../../db/repos/source.repo.ts';
import { AppError, notFound } from '../../errors.ts';
import { authorize, readableLevels } from '../../policies/authorize.ts';
import { auditWrite } from '../records/write-support.ts';

/** What the uploader says about the file; the hash and size are always computed here. */
export interface UploadMeta {
  name: string;
  mediaType: string;
}

/** Cleans a client-given file name down to a safe base name. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must be removed
    .replace(/[\u0000-\u001f\u007f"]/g, '')
    .trim()
    .slice(0, 200);
  return cleaned || 'original';
}

/**
 * Attaches the original to a source. A source keeps one original for life: uploading the same bytes again is
 * accepted and changes nothing; different bytes are refused (describe them as a new source).
 */
export async function attachSourceFile(ctx: Ctx, idOrSlug: string, body: Readable, meta: UploadMeta): Promise<Source> {
  authorize(ctx.actor, 'update', 'source');
  const existing = await sourceRepo.find(ctx.db, idOrSlug, readableLevels(ctx.actor), null);
  if (!existing) throw notFound('source', idOrSlug);
  authorize(ctx.actor, 'update', 'source', existing);
  const stored = await ctx.files.put(body, ctx.config.maxUploadBytes);
  if (stored.size === 0) throw new AppError('validation_failed', 'file: the upload is empty', { field: 'file' });
  return writeTransaction(ctx.db, async (trx) => {
    const current = await sourceRepo.find(trx, existing.id, readableLevels(ctx.actor), ctx.keyring);
    if (!current) throw notFound('source', idOrSlug);
    if (current.file) {
      if (current.file.sha256 === stored.sha256) return current;
      throw new AppError(
        'conflict',
        'This source already keeps a different original; describe the new file as a new source',
      );
    }
    const now = ctx.now().toISOString();
    const file: SourceFile = {
      sha256: stored.sha256,
      size: stored.size,
      mediaType: meta.mediaType,
      name: safeFileName(meta.name),
      storedAt: now,
    };
    await setSourceFile(trx, current.id, file, now, ctx.keyring);
    const updated: Source = { ...current, file, updatedAt: now };
    await auditWrite(ctx, trx, 'source.attach_file', 'source', current.id, current, updated);
    return updated;
  });
}
