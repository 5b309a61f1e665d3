// Reads a document into intake: the original is stored unchanged as a source (SHA-256), its text extracted, the
// language detected, records proposed and matched against the register. Nothing but the source and the intake is written.
import { Readable } from 'node:stream';
import { ulid } from 'ulid';
import { z } from 'zod';
import { actorLabel, type Ctx } from '../../context.ts';
import { writeTransaction } from '../../db/database.ts';
import { insertIntake } from '../../db/repos/intake.repo.ts';
import { setSourceFile, sourceRepo } from '../../db/repos/source.repo.ts';
import { ConfidentialitySchema, PartialDateSchema } from '../../domain/common.ts';
import type { Source, SourceFile } from '../../domain/source.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { AppError } from '../../errors.ts';
import { documentFormat, extractDocumentText, type DocumentFormat } from '../../intake/extract-text.ts';
import { INTAKE_LANGUAGES, type Proposals } from '../../intake/types.ts';
import { readableLevels } from '../../policies/authorize.ts';
import { loadRegisterIndex, matchProposals } from '../../queries/intake/match-register.ts';
import { insertRecord } from '../records/create-record.ts';
import { sourceDef } from '../../records/registry.ts';
import { auditWrite } from '../records/write-support.ts';
import { safeFileName } from '../sources/attach-source-file.ts';
import { authorizeIntake } from '../../policies/intake.policy.ts';

/** What describes the document besides its bytes. */
export const ReadDocumentSchema = z.object({
  title: z.string().trim().max(500).nullish(),
  documentDate: PartialDateSchema.nullish().describe(
    'The date the document was written, for dates in it that leave out the year',
  ),
  language: z.enum(INTAKE_LANGUAGES).nullish().describe('Detected when not given'),
  confidentiality: ConfidentialitySchema.default('internal'),
  url: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .nullish(),
});
export type ReadDocumentMeta = z.input<typeof ReadDocumentSchema>;

/** The document itself: its bytes with what the uploader says about them. */
export interface DocumentBytes {
  bytes: Uint8Array;
  fileName?: string;
  mediaType?: string;
}

/** What reading produced. */
export interface ReadResult {
  intakeId: string;
  source: Source;
  format: DocumentFormat;
  text: string;
  proposals: Proposals;
}

const MEDIA_TYPES: Record<DocumentFormat, string> = {
  text: 'text/plain; charset=utf-8',
  html: 'text/html',
  pdf: 'application/pdf',
};

/** Reads a document and stores its original, the extracted text and the proposals; returns them. */
export async function readDocument(ctx: Ctx, doc: DocumentBytes, metaInput: ReadDocumentMeta): Promise<ReadResult> {
  authorizeIntake(ctx.actor);
  const meta = parseOrThrow(ReadDocumentSchema, metaInput);
  if (doc.bytes.length === 0) throw new AppError('validation_failed', 'file: the document is empty', { field: 'file' });
  if (doc.bytes.length > ctx.config.maxUploadBytes)
    throw new AppError('payload_too_large', `file is larger than ${ctx.config.maxUploadBytes} bytes`);
  const format = documentFormat(doc.bytes, doc.mediaType, doc.fileName);
  const text = await extractDocumentText(doc.bytes, format);
  if (text.trim() === '')
    throw new AppError(
      'validation_failed',
      'file: no text could be read from the document (a scanned PDF needs OCR first)',
      { field: 'file' },
    );

  const index = await loadRegisterIndex(ctx);
  // The proposer (language detection, gazetteers of every country in three languages) is loaded with the first document.
  const { propose } = await import('../../intake/propose.ts');
  // The Russian analyser's dictionaries load with the first document in Cyrillic, not with the server.
  const morph = /\p{Script=Cyrillic}/u.test(text)
    ? await (await import('../../intake/russian-morph.ts')).loadRussianMorph()
    : null;
  const proposed = propose({
    text,
    documentDate: meta.documentDate,
    language: meta.language,
    gazetteer: index.gazetteer,
    morph,
  });
  const proposals = await matchProposals(ctx, proposed, index);
  const stored = await ctx.files.put(Readable.from([Buffer.from(doc.bytes)]), ctx.config.maxUploadBytes);
  const now = ctx.now().toISOString();
  const fileName = safeFileName(doc.fileName ?? `document.${format === 'text' ? 'txt' : format}`);
  const title = meta.title || letterTitle(proposals) || firstLine(text) || fileName;

  return writeTransaction(ctx.db, async (trx) => {
    // The same original read again is the same source: the SHA-256 finds it.
    const [same] = await sourceRepo.list(trx, { sha256: stored.sha256 }, readableLevels(ctx.actor), { limit: 1 }, null);
    let source = same;
    if (!source) {
      const created = await insertRecord(ctx, trx, sourceDef, {
        title: title.slice(0, 500),
        language: proposals.language,
        publishedDate: proposals.documentDate ?? undefined,
        url: meta.url ?? undefined,
        confidentiality: meta.confidentiality,
        retrievedAt: now,
      });
      const file: SourceFile = {
        sha256: stored.sha256,
        size: stored.size,
        mediaType: doc.mediaType?.split(';')[0]?.trim() || MEDIA_TYPES[format],
        name: fileName,
        storedAt: now,
      };
      await setSourceFile(trx, created.id, file, now, ctx.keyring);
      source = { ...created, file };
      await auditWrite(ctx, trx, 'source.attach_file', 'source', created.id, created, source);
    }
    const intakeId = ulid();
    await insertIntake(trx, {
      id: intakeId,
      source_id: source.id,
      confidentiality: source.confidentiality,
      created_at: now,
      updated_at: now,
      created_by: actorLabel(ctx.actor),
      status: 'open',
      format,
      language: proposals.language,
      document_date: proposals.documentDate,
      body: text,
      proposals: JSON.stringify(proposals),
    });
    await auditWrite(ctx, trx, 'intake.read', 'intake', intakeId, null, {
      sourceId: source.id,
      sha256: stored.sha256,
      language: proposals.language,
      format,
    });
    return { intakeId, source, format, text, proposals };
  });
}

const LETTER_TO: Record<string, (name: string) => string> = {
  en: (n) => `Letter to ${n}`,
  ru: (n) => `Письмо: ${n}`,
  fr: (n) => `Lettre à ${n}`,
};

/** A letter's source is named after its addressee and date ("Letter to Francois Hollande, 2014-12"), not its first line. */
function letterTitle(p: Proposals): string | undefined {
  const to = p.addressees[0];
  if (!p.isLetter || !to) return undefined;
  return `${(LETTER_TO[p.language] ?? LETTER_TO.en!)(to.name)}${p.documentDate ? `, ${p.documentDate}` : ''}`;
}

function firstLine(text: string): string {
  return (text.split('\n').find((l) => l.trim().length > 0) ?? '').trim().slice(0, 200);
}
