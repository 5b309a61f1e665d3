// Loads an export document (see queries/export/export-json.ts) in one transaction: every record or, on any error, none.
import { TokenParser, Tokenizer, TokenType, type ParsedElementInfo, type ParsedTokenInfo } from '@streamparser/json';
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

/** What the reader found, in document order: a top-level member starting, a complete record, or a syntax error. */
type Item =
  | { t: 'member'; name: string; isArray: boolean; value: unknown }
  | { t: 'record'; section: string; index: number; value: unknown }
  | { t: 'error'; error: AppError };

const SLICE = 64 * 1024;
const VALUE_TOKENS = new Set([
  TokenType.STRING,
  TokenType.NUMBER,
  TokenType.TRUE,
  TokenType.FALSE,
  TokenType.NULL,
  TokenType.LEFT_BRACE,
  TokenType.LEFT_BRACKET,
]);

/**
 * Streams the document: only one record is assembled at a time. The token hook follows the nesting itself to see
 * top-level members (even empty or misplaced ones) and to name the record being read when the JSON breaks off.
 */
class ExportReader {
  private readonly tokenizer = new Tokenizer();
  private readonly parser = new TokenParser({ paths: ['$.*.*'], keepStack: false });
  private items: Item[] = [];
  private frames: { obj: boolean; expectKey: boolean; key?: string }[] = [];
  /** The record being read (section, index, id once seen), to name it when the JSON breaks off. */
  private current = { section: '', index: -1, id: undefined as string | undefined };
  /** The last token's offset; bytes and newlines before the slice being parsed; that slice. */
  private pos: { token: number; bytes: number; lines: number; slice: Buffer } = {
    token: 0,
    bytes: 0,
    lines: 0,
    slice: Buffer.alloc(0),
  };

  constructor() {
    this.tokenizer.onToken = (info) => {
      this.follow(info);
      this.parser.write(info);
    };
    this.parser.onValue = (info: ParsedElementInfo) => {
      this.items.push({ t: 'record', section: String(info.stack[1]?.key), index: Number(info.key), value: info.value });
    };
    this.tokenizer.onEnd = () => {
      if (!this.parser.isEnded) this.parser.end();
    };
    this.parser.onEnd = () => {
      if (!this.tokenizer.isEnded) this.tokenizer.end();
    };
  }

  private follow({ token, value, offset }: ParsedTokenInfo): void {
    this.pos.token = offset;
    const top = this.frames[this.frames.length - 1];
    if (token === TokenType.STRING && top?.obj && top.expectKey) {
      top.key = value as string;
      top.expectKey = false;
    } else if (token === TokenType.COMMA) {
      if (top?.obj) top.expectKey = true;
    } else if (token === TokenType.RIGHT_BRACE || token === TokenType.RIGHT_BRACKET) {
      this.frames.pop();
    } else if (VALUE_TOKENS.has(token)) {
      const depth = this.frames.length;
      const isArray = token === TokenType.LEFT_BRACKET;
      if (depth === 0 && token !== TokenType.LEFT_BRACE)
        this.fail('an export is a JSON object {"format": "vigil-export", …}');
      if (depth === 1) {
        this.current = { section: top?.key ?? '', index: -1, id: undefined };
        this.items.push({
          t: 'member',
          name: this.current.section,
          isArray,
          value: isArray || token === TokenType.LEFT_BRACE ? {} : value,
        });
      }
      if (depth === 2) this.current = { ...this.current, index: this.current.index + 1, id: undefined };
      if (depth === 3 && top?.key === 'id' && token === TokenType.STRING) this.current.id = value as string;
      if (token === TokenType.LEFT_BRACE) this.frames.push({ obj: true, expectKey: true });
      if (isArray) this.frames.push({ obj: false, expectKey: false });
    }
  }

  private fail(message: string, at = this.pos.token): void {
    const { bytes, lines, slice } = this.pos;
    let line = lines + 1;
    for (let i = slice.indexOf(10); i !== -1 && i < at - bytes; i = slice.indexOf(10, i + 1)) line++;
    const where = at >= bytes ? `byte ${at} (line ${line})` : `byte ${at}`;
    const { section, index, id } = this.current;
    const inside = this.frames.length >= 3 ? `${section}[${index}]${id ? ` (id ${id})` : ''}: ` : '';
    this.items.push({
      t: 'error',
      error: new AppError('validation_failed', `${inside}JSON syntax error at ${where}: ${message}`),
    });
  }

  private syntaxError(err: unknown, atEnd: boolean): void {
    const text = err instanceof Error ? err.message : String(err);
    if (atEnd || /ended in (the middle of a token|mid-parsing)/.test(text))
      return this.fail('the document ends early (is the file truncated?)', this.pos.bytes);
    const abs = /absolute position "(\d+)"/.exec(text);
    this.fail(
      text.replace(/ at chunk position .*?\)/, '').replace(/ in state \w+/, ''),
      abs ? Number(abs[1]) : this.pos.token,
    );
  }

  /** Feeds the next bytes; parse errors become an error item after whatever was read before them. */
  write(bytes: Buffer): void {
    this.pos.slice = bytes;
    try {
      this.tokenizer.write(bytes);
    } catch (err) {
      this.syntaxError(err, false);
    }
    this.pos.bytes += bytes.length;
    for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) this.pos.lines++;
  }

  /** Signals the end of the input. */
  end(): void {
    this.pos.slice = Buffer.alloc(0);
    try {
      if (!this.tokenizer.isEnded) this.tokenizer.end();
    } catch (err) {
      this.syntaxError(err, true);
    }
  }

  /** The items found since the last call. */
  take(): Item[] {
    const out = this.items;
    this.items = [];
    return out;
  }
}

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
/** Register records inserted together: large enough that per-statement costs vanish, small enough to keep memory flat. */
const RECORD_BATCH = 1000;

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
