// Loads the table sections of an export (appeals, signatures, users, …; see queries/export/table-sections.ts) inside the
// import's transaction: each object is checked, its sealed values must be under this installation's keys, and its rows
// go in as they were, with an audit entry each.
import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import type { Trx } from '../../db/database.ts';
import type { AuditInput } from '../../db/repos/audit.repo.ts';
import { readKeyState } from '../../db/repos/key.repo.ts';
import { insertRows, rowExists } from '../../db/repos/transfer.repo.ts';
import { AppError } from '../../errors.ts';
import {
  exportToRows,
  sealedKeyIds,
  sectionSchema,
  TABLE_SECTIONS,
  type TableSection,
} from '../../queries/export/table-sections.ts';
import { reindexRecord } from '../search/index-record.ts';
import { auditInput } from '../records/write-support.ts';

const SealedUnderSchema = z.strictObject({ keyId: z.string(), fingerprint: z.string() });

/** The table section of a name, if it is one. */
export function tableSection(name: string): TableSection | undefined {
  return TABLE_SECTIONS.find((s) => s.section === name);
}

/** Loads table-section objects one at a time; the caller names the object in any error it throws. */
export class TableLoader {
  private readonly fileKeys = new Map<string, string>();
  private installed: Map<string, string> | undefined;
  private readonly checkedKeys = new Set<string>();

  constructor(
    private readonly ctx: Ctx,
    private readonly trx: Trx,
    private readonly audit: AuditInput[],
  ) {}

  /** Notes one entry of the file's `sealedUnder` header. */
  sealedUnder(value: unknown): void {
    const { keyId, fingerprint } = parseOrThrow(SealedUnderSchema, value);
    this.fileKeys.set(keyId, fingerprint);
  }

  /** Checks, imports and audits one object of a table section. */
  async load(s: TableSection, value: unknown): Promise<void> {
    const obj = parseOrThrow(sectionSchema(s), value);
    for (const keyId of sealedKeyIds(s, obj)) await this.checkKey(keyId);
    const { row, children } = exportToRows(s, obj, this.ctx.keyring);
    // Taken once restricted values are sealed again (exportToRows seals them in place): the digest is a plain hash, so it
    // must never cover a clear restricted value someone could confirm guesses against.
    const entry = auditInput(
      this.ctx,
      `${s.type}.import`,
      s.type,
      s.key.map((k) => String(row[k])).join('/'),
      null,
      obj,
    );
    if (s.key.length === 1 && (await rowExists(this.trx, s.table, String(row[s.key[0]!])))) {
      throw new AppError(
        'conflict',
        `a ${s.type.replace('_', ' ')} with id ${String(row[s.key[0]!])} is already in the database`,
      );
    }
    await insertRows(this.trx, s.table, [row]);
    for (const ch of children) if (ch.rows.length > 0) await insertRows(this.trx, ch.table, ch.rows);
    if (s.table === 'appeals') await reindexRecord(this.trx, 'appeal', String(row.id));
    this.audit.push(entry);
  }

  /**
   * A sealed value opens only with the key it was sealed under: the file's fingerprint of that key must be the one this
   * database keeps (or, for a key it has not recorded, the one of the key file in use).
   */
  private async checkKey(keyId: string): Promise<void> {
    if (this.checkedKeys.has(keyId)) return;
    this.installed ??= new Map([...this.ctx.keyring.fingerprints(), ...(await readKeyState(this.trx)).fingerprints]);
    const inFile = this.fileKeys.get(keyId);
    const here = this.installed.get(keyId);
    const fix = 'restore it with the key file it was exported with, or export again with --without-signer-addresses';
    if (inFile === undefined)
      throw new AppError(
        'validation_failed',
        `a value is sealed under key "${keyId}", which the file's sealedUnder does not list`,
      );
    if (here === undefined)
      throw new AppError(
        'conflict',
        `sealed under key "${keyId}", which this installation's key file does not hold: ${fix}`,
      );
    if (here !== inFile)
      throw new AppError(
        'conflict',
        `sealed under another key "${keyId}" (fingerprint ${inFile}, this installation's is ${here}): ${fix}`,
      );
    this.checkedKeys.add(keyId);
  }
}
