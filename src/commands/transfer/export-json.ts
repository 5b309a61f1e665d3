// Writes the whole visible register as one JSON document, streamed record by record so memory stays flat.
// Restricted values are included, decrypted, when the exporting actor may read them (the CLI's system actor does; an
// export as the public has none), and each record whose values went out gets a read_restricted audit entry.
import { auditRestrictedReadIds } from '../records/audit-restricted-read.ts';
import { withDb, type Ctx } from '../../context.ts';
import { writeChunk, type ExportOptions } from '../../queries/export/stream.ts';
import { readSnapshot } from '../../db/database.ts';
import type { RecordBase } from '../../domain/common.ts';
import type { RecordType } from '../../domain/vocabulary.ts';
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
import { iterateRecordPages, seesEveryLevel } from '../../queries/records/list-records.ts';
import { asStored, LINE_SPECS, recordLines, type LinePage } from '../../queries/export/record-lines.ts';
import { exportPageSize } from '../../db/repos/export-rows.ts';
import { readableLevels } from '../../policies/authorize.ts';
import { membershipToPopolo, organisationToPopolo, personToPopolo } from '../../queries/export/popolo.ts';
import { holdsSealedValues, tableRecords } from '../../queries/export/export-tables.ts';
import { TABLE_SECTIONS } from '../../queries/export/table-sections.ts';

export { writeChunk, type ExportOptions };

/** The document's format marker and version, checked on import. */
export const EXPORT_FORMAT = 'vigil-export';
export const EXPORT_VERSION = 3;
/**
 * Versions an import reads: 1 held the register records only; 2 had no languages on cases and events (their plain
 * values are read as in the language their title is written in, as the database migration did).
 */
export const READABLE_VERSIONS: readonly number[] = [1, 2, 3];

/** The register's record sections, in the order they are written (and must be read): referenced records come first. */
export const RECORD_SECTIONS = [
  'persons',
  'organizations',
  'memberships',
  'events',
  'cases',
  'sources',
  'citations',
] as const;
export type ExportSection = (typeof RECORD_SECTIONS)[number];
/** Every section of a full export: the register's records, then the tables kept as stored (appeals, signatures, users…). */
export const EXPORT_SECTIONS: readonly string[] = [...RECORD_SECTIONS, ...TABLE_SECTIONS.map((s) => s.section)];

/**
 * Gathers small pieces into writes of about 1 MB: one stream write per record cost more than the record itself
 * (a write call, a buffer and, for files, a system call each). Pieces are encoded straight into a buffer as they come:
 * joining them into one string and encoding that again cost twice the copying.
 */
export class BufferedWriter {
  private buf: Buffer;
  private used = 0;
  /** Buffers filled before the current one, when a piece did not fit: written out first. */
  private full: Buffer[] = [];
  constructor(
    private readonly out: NodeJS.WritableStream,
    private readonly limit = 1024 * 1024,
  ) {
    this.buf = Buffer.allocUnsafe(2 * limit);
  }

  /** Adds a piece, writing out what is gathered once it passes the limit. */
  async write(piece: string): Promise<void> {
    if (this.add(piece)) await this.flush();
  }

  /** Adds a piece without waiting; true when what is gathered has passed the limit and should be flushed. */
  add(piece: string): boolean {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8; only a piece that might not fit is measured exactly.
    const room = this.buf.length - this.used;
    if (piece.length * 3 > room && Buffer.byteLength(piece) > room) {
      if (this.used > 0) this.full.push(this.buf.subarray(0, this.used));
      this.buf = Buffer.allocUnsafe(Math.max(2 * this.limit, Buffer.byteLength(piece)));
      this.used = 0;
    }
    this.used += this.buf.write(piece, this.used);
    return this.used >= this.limit || this.full.length > 0;
  }

  /** Writes out whatever is gathered. */
  async flush(): Promise<void> {
    const chunks = this.full;
    this.full = [];
    if (this.used > 0) {
      chunks.push(this.buf.subarray(0, this.used));
      // The stream keeps what it was given until written: the next pieces go into a new buffer.
      this.buf = Buffer.allocUnsafe(2 * this.limit);
      this.used = 0;
    }
    for (const chunk of chunks) await writeChunk(this.out, chunk);
  }
}

/** The record type of each section. */
export const SECTION_TYPES: Readonly<Record<ExportSection, RecordType>> = {
  persons: 'person',
  organizations: 'organisation',
  memberships: 'membership',
  events: 'event',
  cases: 'case',
  sources: 'source',
  citations: 'citation',
};

/** Records read per query: large pages keep the number of round trips small (each page's child rows come in one query per table). */
const PAGE = 500;

/**
 * Every visible record of a type, in id order, mapped to its exported shape, a page at a time: handing records over one
 * by one cost a turn of the event loop's promise queue each.
 */
async function* exported<T extends RecordBase, F extends object>(
  ctx: Ctx,
  def: RecordDef<T, F>,
  map: (r: T) => unknown,
): AsyncGenerator<unknown[]> {
  // Every filter field is optional, so the empty filter selects all records the actor may see.
  for await (const page of iterateRecordPages(ctx, def, {} as F, PAGE, true)) yield page.map(map);
}

/**
 * The records of one section, a page at a time, built as records and mapped; events, cases, sources and citations go
 * out exactly as stored (as the API shows them).
 */
export function sectionRecords(ctx: Ctx, section: ExportSection): AsyncGenerator<unknown[]> {
  switch (section) {
    case 'persons':
      return exported(ctx, personDef, personToPopolo);
    case 'organizations':
      return exported(ctx, organisationDef, organisationToPopolo);
    case 'memberships':
      return exported(ctx, membershipDef, membershipToPopolo);
    case 'events':
      return exported(ctx, eventDef, asStored);
    case 'cases':
      return exported(ctx, caseDef, asStored);
    case 'sources':
      return exported(ctx, sourceDef, asStored);
    case 'citations':
      return exported(ctx, citationDef, asStored);
  }
}

/**
 * The lines of one section, a page at a time. Where the actor sees every level, the records of the larger sections are
 * written straight from their rows (record-lines.ts); otherwise, and for events and sources, records are built, mapped
 * (sectionRecords) and stringified.
 */
export async function* sectionLines(ctx: Ctx, section: ExportSection): AsyncGenerator<LinePage> {
  const type = SECTION_TYPES[section];
  const spec = LINE_SPECS[type];
  if (spec && seesEveryLevel(readableLevels(ctx.actor))) {
    yield* recordLines(ctx, spec, type, exportPageSize(ctx.db));
    return;
  }
  for await (const page of sectionRecords(ctx, section)) {
    const shown: string[] = [];
    const lines = page.map((record) => {
      const { id, restricted } = record as { id: string; restricted?: unknown };
      if (restricted !== undefined) shown.push(id);
      return JSON.stringify(record);
    });
    yield { lines, shown };
  }
}

/**
 * Writes `{"format":"vigil-export","version":3,"sealedUnder":[…],"persons":[…],…}` to `out`, one record per line, in key
 * order, with the actor's visibility applied. Only the system actor (the CLI) exports the table sections: appeals with
 * their signatures, users and the rest are an installation's own data, not part of any reader's view of the register. The stream is not ended (stdout must stay open); returns the number of records per section.
 */
export async function exportJson(
  ctx: Ctx,
  out: NodeJS.WritableStream,
  opts: ExportOptions = {},
): Promise<Record<string, number>> {
  const shown = new Map<RecordType, string[]>();
  // One snapshot for the whole document, so writes made meanwhile cannot leave it with dangling references.
  const counts = await readSnapshot(ctx.db, (db) => writeDocument(withDb(ctx, db), out, opts, shown));
  // The snapshot is read-only; the reads are recorded once the document is written.
  for (const [type, ids] of shown) await auditRestrictedReadIds(ctx, type, ids);
  return counts;
}

async function writeDocument(
  ctx: Ctx,
  stream: NodeJS.WritableStream,
  opts: ExportOptions,
  shown: Map<RecordType, string[]>,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const out = new BufferedWriter(stream);
  let done = 0;
  await out.write(`{"format":${JSON.stringify(EXPORT_FORMAT)},"version":${EXPORT_VERSION}`);
  // The fingerprints of the keys sealed values in the file were written under (never the keys), checked on import; none
  // when the file holds no sealed value, so that such a file is the same whatever key file the installation has.
  const full = ctx.actor.kind === 'system';
  const merged: string[] = [];
  const tableOpts = {
    withoutAddresses: opts.withoutSignerAddresses === true,
    open: {
      keyring: ctx.keyring,
      opened: (id: string) => {
        merged.push(id);
      },
    },
  };
  const sealed = full && (await holdsSealedValues(ctx.db, tableOpts));
  const keys = [...(sealed ? ctx.keyring.fingerprints() : [])]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([keyId, fingerprint]) => ({ keyId, fingerprint }));
  await out.write(`,\n"sealedUnder":[${keys.map((k) => `\n${JSON.stringify(k)}`).join(',')}\n]`);
  for (const section of RECORD_SECTIONS) {
    await out.write(`,\n${JSON.stringify(section)}:[`);
    let n = 0;
    for await (const page of sectionLines(ctx, section)) {
      for (const line of page.lines) {
        if (out.add(n === 0 ? `\n${line}` : `,\n${line}`)) await out.flush();
        n++;
        done++;
        opts.onProgress?.(done);
      }
      if (page.shown.length > 0) {
        const ids = shown.get(SECTION_TYPES[section]) ?? [];
        ids.push(...page.shown);
        shown.set(SECTION_TYPES[section], ids);
      }
    }
    await out.write('\n]');
    counts[section] = n;
  }
  if (full) {
    for (const s of TABLE_SECTIONS) {
      await out.write(`,\n${JSON.stringify(s.section)}:[`);
      let n = 0;
      for await (const record of tableRecords(ctx.db, s, tableOpts)) {
        if (out.add(`${n === 0 ? '' : ','}\n${JSON.stringify(record)}`)) await out.flush();
        n++;
        done++;
        opts.onProgress?.(done);
      }
      await out.write('\n]');
      counts[s.section] = n;
    }
    // Merged persons' restricted values went out opened, from their merge snapshots: recorded as reads like the records'.
    if (merged.length > 0) shown.set('person', [...(shown.get('person') ?? []), ...merged]);
  }
  await out.write('\n}\n');
  await out.flush();
  return counts;
}
