// Loads an export document (see queries/export/export-json.ts) in one transaction: every record or, on any error, none.
import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { IdSchema, type RecordBase } from '../../domain/common.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { CONFIDENTIALITY } from '../../domain/vocabulary.ts';
import { isForeignKeyViolation, isUniqueViolation, writeTransaction, type Trx } from '../../db/database.ts';
import { loadStagedKeys, stageNameKeys, type KeyStage } from '../../db/repos/search.repo.ts';
import { setSourceFile } from '../../db/repos/source.repo.ts';
import { AppError, invalidField } from '../../errors.ts';
import {
  EXPORT_FORMAT,
  EXPORT_SECTIONS,
  EXPORT_VERSION,
  READABLE_VERSIONS,
  RECORD_SECTIONS,
  type ExportOptions,
  type ExportSection,
} from './export-json.ts';
import {
  membershipFromPopolo,
  organisationFromPopolo,
  personFromPopolo,
  PopoloMembershipSchema,
  PopoloOrganizationSchema,
  PopoloPersonSchema,
} from '../../queries/export/popolo.ts';
import { appendAudit, type AuditInput } from '../../db/repos/audit.repo.ts';
import { BatchItemError, insertRecords, type NewRecord } from '../records/insert-records.ts';
import {
  caseDef,
  citationDef,
  eventDef,
  membershipDef,
  organisationDef,
  personDef,
  sourceDef,
  type RecordDef,
} from '../../records/registry.ts';
import { auditWrite, checkRecord } from '../records/write-support.ts';
import { TableLoader, tableSection } from './import-tables.ts';
import { ExportReader, type Item } from './export-reader.ts';

/** How each section is read: its record type and, for the Popolo sections, the mapping back to Vigil's shape. */
const SECTIONS: Record<
  ExportSection,
  { def: RecordDef<RecordBase, unknown>; fromExport?: (value: unknown) => RecordBase }
> = {
  persons: { def: personDef, fromExport: (v) => personFromPopolo(parseOrThrow(PopoloPersonSchema, v)) },
  organizations: {
    def: organisationDef,
    fromExport: (v) => organisationFromPopolo(parseOrThrow(PopoloOrganizationSchema, v)),
  },
  memberships: { def: membershipDef, fromExport: (v) => membershipFromPopolo(parseOrThrow(PopoloMembershipSchema, v)) },
  events: { def: eventDef },
  cases: { def: caseDef },
  sources: { def: sourceDef },
  citations: { def: citationDef },
};
const isRecordSection = (name: string): name is ExportSection => (RECORD_SECTIONS as readonly string[]).includes(name);
/** The header member listing the keys sealed values were written under. */
const SEALED_UNDER = 'sealedUnder';

const Timestamp = z.iso.datetime({ offset: true });
const KeptSchema = z.object({ id: IdSchema, createdAt: Timestamp, updatedAt: Timestamp });
const RelationsSchema = z.object({ relations: eventDef.input.shape.relations });
const SourceFileSchema = z
  .strictObject({
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 hex digest'),
    size: z.number().int().min(0),
    mediaType: z.string(),
    name: z.string(),
    storedAt: Timestamp,
  })
  .nullable();

/** Bytes of the input handed to the reader at a time. */
const SLICE = 64 * 1024;

/** Prefixes an error with the record it concerns, keeping its code. */
function located(where: string, err: unknown): unknown {
  if (err instanceof AppError)
    return new AppError(err.code, `${where}: ${err.message}`, { ...err.details, record: where });
  if (isUniqueViolation(err))
    return new AppError('conflict', `${where}: a value that must be unique is already used`, { record: where });
  if (isForeignKeyViolation(err))
    return new AppError('validation_failed', `${where}: refers to a record that is not in the database or the file`, {
      record: where,
    });
  return err;
}

/** Applies the items to the database, checking the document's structure as it goes. */
const AUDIT_BATCH = 500;
/**
 * Register records inserted together: large enough that per-statement costs vanish, small enough to keep memory flat
 * (1,000 a batch peaked at 270–306 MB for 50,804 records, 250 at 229–248 MB, with the same CPU).
 */
const RECORD_BATCH = 250;

class Loader {
  readonly counts: Record<string, number> = Object.fromEntries(EXPORT_SECTIONS.map((s) => [s, 0]));
  private format: unknown;
  private version: unknown;
  private position = -1;
  private done = 0;
  private readonly relations: {
    where: string;
    id: string;
    relations: z.output<typeof RelationsSchema>['relations'];
  }[] = [];
  private readonly audit: AuditInput[] = [];
  /** The register section being read, and its records not yet inserted. */
  private section: ExportSection | undefined;
  private readonly pending: { where: string; file: z.output<typeof SourceFileSchema> | undefined; item: NewRecord }[] =
    [];
  private readonly tables: TableLoader;

  constructor(
    private readonly ctx: Ctx,
    private readonly trx: Trx,
    private readonly opts: ExportOptions,
    private readonly keyStage: KeyStage | undefined,
  ) {
    this.tables = new TableLoader(ctx, trx, this.audit);
  }

  async handle(item: Item): Promise<void> {
    if (item.t === 'error') throw item.error;
    if (item.t === 'record') return this.record(item.section, item.index, item.value);
    const { name } = item;
    if (name === 'format' || name === 'version') {
      this[name] = item.value;
      return this.checkHeader(name);
    }
    if (name === SEALED_UNDER && this.position === -1) {
      this.checkHeader('format', 'version');
      if (!item.isArray)
        throw new AppError('validation_failed', `${SEALED_UNDER}: expected an array of {keyId, fingerprint}`);
      return;
    }
    if (!EXPORT_SECTIONS.includes(name))
      throw new AppError('validation_failed', `unknown section "${name}" (expected ${EXPORT_SECTIONS.join(', ')})`);
    this.checkHeader('format', 'version');
    const position = EXPORT_SECTIONS.indexOf(name);
    if (position <= this.position) {
      throw new AppError(
        'validation_failed',
        `section "${name}" is out of order or repeated: sections come in the order ${EXPORT_SECTIONS.join(', ')}`,
      );
    }
    await this.flushRecords();
    this.position = position;
    this.section = isRecordSection(name) ? name : undefined;
    if (!item.isArray) throw new AppError('validation_failed', `${name}: expected an array of records`);
  }

  private checkHeader(...names: ('format' | 'version')[]): void {
    if (names.includes('format') && this.format !== EXPORT_FORMAT) {
      throw new AppError(
        'validation_failed',
        `format: expected "${EXPORT_FORMAT}" before the records, found ${JSON.stringify(this.format) ?? 'nothing'}`,
      );
    }
    if (names.includes('version') && !READABLE_VERSIONS.includes(this.version as number)) {
      throw new AppError(
        'validation_failed',
        `version: this Vigil reads versions ${READABLE_VERSIONS.join(', ')} (writes ${EXPORT_VERSION}), found ${JSON.stringify(this.version) ?? 'nothing'}`,
      );
    }
  }

  private async record(name: string, index: number, value: unknown): Promise<void> {
    const obj =
      typeof value === 'object' && value !== null && !Array.isArray(value)
        ? (value as Record<string, unknown>)
        : undefined;
    const where = `${name}[${index}]${typeof obj?.id === 'string' ? ` (id ${obj.id})` : ''}`;
    try {
      if (!obj) throw new AppError('validation_failed', 'expected an object');
      if (name === SEALED_UNDER) return this.tables.sealedUnder(obj);
      const table = tableSection(name);
      if (table) {
        await this.tables.load(table, obj);
        if (this.audit.length >= AUDIT_BATCH) await this.flushAudit();
      } else if (isRecordSection(name)) {
        await this.registerRecord(name, obj, where);
      }
    } catch (err) {
      throw located(where, err);
    }
    this.counts[name] = (this.counts[name] ?? 0) + 1;
    this.done++;
    this.opts.onProgress?.(this.done);
  }

  /** Validates and inserts one register record, keeping its id and timestamps. */
  private async registerRecord(section: ExportSection, obj: Record<string, unknown>, where: string): Promise<void> {
    const { def, fromExport } = SECTIONS[section];
    const record: Record<string, unknown> = fromExport ? { ...fromExport(obj) } : obj;
    const kept = parseOrThrow(KeptSchema, record);
    const { id: _i, createdAt: _c, updatedAt: _u, ...input } = record;
    const file =
      section === 'sources'
        ? parseOrThrow(z.object({ file: SourceFileSchema.optional() }), { file: input.file }).file
        : null;
    delete input.file;
    const allowed = Object.keys(def.input.shape);
    // Memberships and citations have no slug of their own to keep: theirs is made from the id again.
    if (!allowed.includes('slug')) delete input.slug;
    for (const key of Object.keys(input))
      if (!allowed.includes(key)) throw invalidField(key, 'not a field of this record type');
    if (section === 'events') {
      // An event may relate to one later in the file: its relations are set once every event is in.
      const { relations } = parseOrThrow(RelationsSchema, { relations: input.relations });
      if (relations.length > 0) this.relations.push({ where, id: kept.id, relations });
      input.relations = [];
    }
    this.pending.push({ where, file, item: { input, ...kept } });
    if (this.pending.length >= RECORD_BATCH) await this.flushRecords();
  }

  /**
   * Inserts the records read so far of the current section, with one query per check and multi-row inserts (see
   * insertRecords); the audit entries go to the chain with them.
   */
  private async flushRecords(): Promise<void> {
    const section = this.section;
    const batch = this.pending.splice(0);
    if (batch.length === 0 || !section) return;
    const { def } = SECTIONS[section];
    try {
      await insertRecords(
        this.ctx,
        this.trx,
        def,
        batch.map((p) => p.item),
        { action: `${def.type}.import`, pendingAudit: this.audit, keyStage: this.keyStage },
      );
    } catch (err) {
      if (err instanceof BatchItemError) throw located(batch[err.index]!.where, err.reason);
      throw err;
    }
    for (const { where, file, item } of batch) {
      if (!file) continue;
      try {
        await setSourceFile(this.trx, item.id, file, item.updatedAt, this.ctx.keyring);
      } catch (err) {
        throw located(where, err);
      }
    }
    // Audit entries go in batches: one read and one update of the chain's head per batch instead of per record.
    await this.flushAudit();
  }

  /** Appends the collected audit entries to the chain, in order. */
  async flushAudit(): Promise<void> {
    await appendAudit(this.trx, this.ctx.keyring, this.audit.splice(0));
  }

  /** Checks the document was complete and sets the deferred event relations. */
  async finish(): Promise<Record<string, number>> {
    this.checkHeader('format', 'version');
    await this.flushRecords();
    await this.flushAudit();
    await loadStagedKeys(this.trx, this.keyStage);
    for (const { where, id, relations } of this.relations) {
      try {
        const current = await eventDef.repo.find(this.trx, id, CONFIDENTIALITY, this.ctx.keyring);
        if (!current) throw new AppError('internal', 'the imported event is missing');
        const full = { ...current, relations };
        await checkRecord(this.ctx, this.trx, eventDef, full);
        await eventDef.repo.update(this.trx, full, this.ctx.keyring);
        await auditWrite(this.ctx, this.trx, 'event.import', 'event', id, current, full);
      } catch (err) {
        throw located(where, err);
      }
    }
    return this.counts;
  }
}

/**
 * Imports an export document from `input` in one write transaction, keeping every record's id, slug and timestamps.
 * Any problem (syntax, structure, validation, a missing reference, an id already present) rolls everything back and
 * throws an AppError whose message names the record, e.g. `cases[3] (id 01H…): sentence.months: …`. Returns counts per section.
 */
export async function importJson(
  ctx: Ctx,
  input: NodeJS.ReadableStream,
  opts: ExportOptions = {},
): Promise<Record<string, number>> {
  return writeTransaction(ctx.db, async (trx) => {
    const reader = new ExportReader();
    // Name keys are written in one sorted pass at the end: inserted record by record into their index, they were
    // the largest single cost of a long import.
    const loader = new Loader(ctx, trx, opts, await stageNameKeys(trx));
    for await (const chunk of input) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      // A large chunk is read a slice at a time, so that only a slice's records wait to be stored.
      for (let at = 0; at < bytes.length; at += SLICE) {
        reader.write(bytes.subarray(at, at + SLICE));
        for (const item of reader.take()) await loader.handle(item);
      }
    }
    reader.end();
    for (const item of reader.take()) await loader.handle(item);
    return loader.finish();
  });
}
