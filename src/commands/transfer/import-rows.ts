// Writes the rows of a spreadsheet, Uwazi or Popolo import in one transaction. Every row goes through the same
// validation as an API write; every problem is collected with the row it belongs to, and unless there is none and
// this is not a dry run, the transaction is rolled back: all of the file or none of it.
import type { Ctx } from '../../context.ts';
import type { RecordBase } from '../../domain/common.ts';
import { nameKey } from '../../domain/names.ts';
import { displayName, type Person } from '../../domain/person.ts';
import { writeTransaction, type Trx } from '../../db/database.ts';
import { appendAudit, type AuditInput } from '../../db/repos/audit.repo.ts';
import { personsForMatching, type PersonForMatching } from '../../db/repos/duplicate.repo.ts';
import { AppError } from '../../errors.ts';
import { readableLevels } from '../../policies/authorize.ts';
import { pooledUlid } from '../../crypto/random-pool.ts';
import { authorize } from '../../policies/authorize.ts';
import { BatchItemError, draftRecord, insertDrafted, type DraftedRecord } from '../records/insert-records.ts';
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

/** A record type an import writes rows of. */
export type DraftType = 'organisation' | 'person' | 'event' | 'case' | 'membership';

/** A reference to another row of the same import, by its key (an Uwazi title, a Popolo id). */
export interface DraftRef {
  field: 'subject' | 'eventIds' | 'personId' | 'organisationId';
  keys: string[];
}

/** One row, read and mapped, before validation. */
export interface Draft {
  /** Where the row is, as the user will look for it: "line 4", `sheet "Cases", row 4`, "persons[2]". */
  at: string;
  type: DraftType;
  /** How other rows refer to this one. */
  key?: string;
  input: Record<string, unknown>;
  /** A case row's subject person, created with it. */
  subject?: Record<string, unknown>;
  refs?: DraftRef[];
  /** The sources the row cites; when none, the imported file itself (with the row as locator). */
  sources?: { title: string; url?: string }[];
  /** Problems found while reading the row (a date that is no date …). */
  problems: string[];
  /** The column a field came from, to name it in messages ("birthDate" → "Дата рождения"). */
  columns?: Record<string, string>;
}

/** What to do with a row whose person is already in the register (same name key, no conflicting birth year). */
export type OnDuplicate = 'skip' | 'create';

/** Options of one import. */
export interface RowImportOptions {
  /** The file's name, kept in the source every row cites. */
  fileName: string;
  /** The format's name for the source's notes ("CSV", "XLSX", "Uwazi CSV", "Popolo JSON"). */
  format: string;
  dryRun?: boolean;
  onDuplicate?: OnDuplicate;
  onProgress?: (done: number) => void;
}

/** A row whose person matches one already in the register (or earlier in the file). */
export interface DuplicateFound {
  at: string;
  name: string;
  existing: { id: string; slug: string; name: string };
  /** True when the match is a row earlier in the same import rather than a person already in the register. */
  inThisImport: boolean;
  action: 'skipped' | 'created';
}

/** The outcome: counts of what was (or, in a dry run, would be) written, and every problem by row. */
export interface ImportReport {
  dryRun: boolean;
  /** True only when the transaction was committed. */
  imported: boolean;
  rows: number;
  counts: Record<string, number>;
  problems: { at: string; message: string }[];
  duplicates: DuplicateFound[];
}

const ORDER: DraftType[] = ['organisation', 'person', 'event', 'case', 'membership'];
const DEFS: Record<DraftType, RecordDef<RecordBase, unknown>> = {
  organisation: organisationDef,
  person: personDef,
  event: eventDef,
  case: caseDef,
  membership: membershipDef,
} as unknown as Record<DraftType, RecordDef<RecordBase, unknown>>;
const PLURAL: Record<DraftType, string> = {
  organisation: 'organisations',
  person: 'persons',
  event: 'events',
  case: 'cases',
  membership: 'memberships',
};
/** Records queued before they are written together (see RowWriter.flush). */
const WRITE_BATCH = 250;
/** The order queued records are written in, so that each one's references are stored before it. */
const WRITE_ORDER = ['organisation', 'person', 'event', 'case', 'membership', 'source', 'citation'] as const;
type WrittenType = (typeof WRITE_ORDER)[number];
const WRITTEN_DEFS = { ...DEFS, source: sourceDef, citation: citationDef } as unknown as Record<
  WrittenType,
  RecordDef<RecordBase, unknown>
>;

/** Thrown inside the transaction to roll it back while keeping the report. */
class RollBack extends Error {}

/** Names the column behind an error's field when the row knows it. */
function explain(draft: Draft, err: AppError, prefix = ''): string {
  const field = typeof err.details?.field === 'string' ? `${prefix}${err.details.field}` : undefined;
  const column = field
    ? Object.entries(draft.columns ?? {}).find(([f]) => field === f || field.startsWith(`${f}.`))?.[1]
    : undefined;
  const message = prefix && field ? `${prefix}${err.message}` : err.message;
  return column ? `column "${column}": ${message}` : message;
}

class RowWriter {
  readonly counts: Record<string, number> = {
    organisations: 0,
    persons: 0,
    events: 0,
    cases: 0,
    memberships: 0,
    sources: 0,
    citations: 0,
    skipped: 0,
  };
  readonly problems: ImportReport['problems'] = [];
  readonly duplicates: DuplicateFound[] = [];
  private readonly keys = new Map<string, { type: string; id: string }>();
  private readonly byNameKey = new Map<string, PersonForMatching[]>();
  private readonly audit: AuditInput[] = [];
  private readonly sources = new Map<string, string>();
  private readonly created = new Set<string>();
  /** Records validated and built, waiting to be written with their row's place in the file. */
  private readonly queued = new Map<WrittenType, { at: string; drafted: DraftedRecord<RecordBase> }[]>();
  private queuedCount = 0;
  /** The persons of this import as matching sees them, to give them their slugs once written. */
  private readonly createdPersons = new Map<string, PersonForMatching>();
  /** Set when a queued record failed where only the database could tell: nothing more is written (nor committed). */
  private failed = false;

  constructor(
    private readonly ctx: Ctx,
    private readonly trx: Trx,
    private readonly opts: RowImportOptions,
  ) {}

  /** Indexes the persons already in the register by name key, so a row naming one of them is found. */
  async loadPersons(): Promise<void> {
    for (const p of await personsForMatching(this.trx, readableLevels(this.ctx.actor))) this.remember(p);
  }

  private remember(p: PersonForMatching): void {
    for (const name of p.names) {
      const key = nameKey(name);
      // A single word ("Ivanov") is too weak to call two people the same.
      if (!key.includes(' ')) continue;
      const list = this.byNameKey.get(key) ?? [];
      if (!list.some((q) => q.id === p.id)) list.push(p);
      this.byNameKey.set(key, list);
    }
  }

  private match(input: Record<string, unknown>): PersonForMatching | undefined {
    const names = Array.isArray(input.names) ? (input.names as { full?: unknown }[]) : [];
    const birthYear = typeof input.birthDate === 'string' ? input.birthDate.slice(0, 4) : null;
    for (const n of names) {
      if (typeof n.full !== 'string') continue;
      const found = this.byNameKey
        .get(nameKey(n.full))
        ?.find((p) => !p.birthYear || !birthYear || p.birthYear === birthYear);
      if (found) return found;
    }
    return undefined;
  }

  /** Validates and writes one row; a problem is recorded against the row and the next row goes on. */
  async write(draft: Draft): Promise<void> {
    if (draft.problems.length > 0) {
      for (const message of draft.problems) this.problems.push({ at: draft.at, message });
      return;
    }
    try {
      await this.writeRow(draft);
    } catch (err) {
      if (!(err instanceof AppError))
        throw new AppError('internal', `${draft.at}: ${err instanceof Error ? err.message : String(err)}`);
      this.problems.push({ at: draft.at, message: explain(draft, err) });
    }
    if (this.queuedCount >= WRITE_BATCH) await this.flush();
  }

  private resolve(draft: Draft): Record<string, unknown> {
    const input = { ...draft.input };
    for (const ref of draft.refs ?? []) {
      const found = ref.keys.map((k) => {
        const hit = this.keys.get(k);
        if (!hit)
          throw new AppError('validation_failed', `${ref.field}: "${k}" is not a record of this import`, {
            field: ref.field,
          });
        return hit;
      });
      if (ref.field === 'eventIds') input.eventIds = found.map((f) => f.id);
      else if (ref.field === 'subject') input.subject = found[0] ? { type: found[0].type, id: found[0].id } : undefined;
      else input[ref.field] = found[0]?.id;
    }
    return input;
  }

  private async writeRow(draft: Draft): Promise<void> {
    const input = this.resolve(draft);
    const personInput = draft.type === 'person' ? input : draft.subject;
    const written: RecordBase[] = [];
    if (personInput) {
      const existing = this.match(personInput);
      if (existing) {
        const names = (personInput.names as { full: string }[] | undefined) ?? [];
        const action = this.opts.onDuplicate === 'create' ? 'created' : 'skipped';
        this.duplicates.push({
          at: draft.at,
          name: names[0]?.full ?? '',
          existing: { id: existing.id, slug: existing.slug, name: existing.names[0] ?? '' },
          inThisImport: this.created.has(existing.id),
          action,
        });
        if (action === 'skipped') {
          // Later rows that refer to this one (memberships, relationships) get the person already in the register.
          if (draft.key && draft.type === 'person') this.keys.set(draft.key, { type: 'person', id: existing.id });
          this.counts.skipped = (this.counts.skipped ?? 0) + 1;
          return;
        }
      }
      if (draft.type === 'case') {
        let person: Person;
        try {
          person = this.insert(draft, personDef as unknown as RecordDef<RecordBase, unknown>, personInput) as Person;
        } catch (err) {
          if (err instanceof AppError) throw new AppError(err.code, explain(draft, err, 'person.'));
          throw err;
        }
        this.afterPerson(person);
        written.push(person);
        input.subject = { type: 'person', id: person.id };
        if (!input.title) input.title = displayName(person.names);
      }
    }
    const record = this.insert(draft, DEFS[draft.type], input);
    if (draft.type === 'person') this.afterPerson(record as Person);
    if (draft.key) this.keys.set(draft.key, { type: draft.type, id: record.id });
    written.push(record);
    for (const r of written) this.cite(draft, r, r === record ? draft.type : 'person');
    this.counts[PLURAL[draft.type]] = (this.counts[PLURAL[draft.type]] ?? 0) + 1;
    if (written.length > 1) this.counts.persons = (this.counts.persons ?? 0) + 1;
  }

  private afterPerson(p: Person): void {
    this.created.add(p.id);
    // The slug is chosen when the person is written; flush() fills it in.
    const matching = {
      id: p.id,
      slug: p.slug,
      birthYear: p.birthDate?.slice(0, 4) ?? null,
      nationality: p.nationality,
      names: p.names.map((n) => n.full),
    };
    this.createdPersons.set(p.id, matching);
    this.remember(matching);
  }

  /**
   * Validates and builds a record of the row now (a problem is the row's at once) and queues it; flush() writes the
   * queue with multi-row statements. Returns the record as built, its slug still to be chosen.
   */
  private insert(draft: Draft, def: RecordDef<RecordBase, unknown>, input: unknown): RecordBase {
    authorize(this.ctx.actor, 'create', def.type);
    const time = this.ctx.now();
    const now = time.toISOString();
    // Ids from the random pool: ulid's own source makes a system call per character, a tenth of a long import's CPU.
    const drafted = draftRecord(this.ctx, def, {
      input,
      id: pooledUlid(time.getTime()),
      createdAt: now,
      updatedAt: now,
    });
    const type = def.type as WrittenType;
    const list = this.queued.get(type);
    if (list) list.push({ at: draft.at, drafted });
    else this.queued.set(type, [{ at: draft.at, drafted }]);
    this.queuedCount++;
    return drafted.draft;
  }

  /**
   * Writes the queued records, type by type so that references are stored first, with their search documents; their
   * audit entries follow in the same transaction. A record the database refuses (rare: the checks that need it) is
   * its row's problem, and then nothing more is written, as the import will not be committed.
   */
  async flush(): Promise<void> {
    for (const type of WRITE_ORDER) {
      const list = this.queued.get(type);
      if (!list || list.length === 0) continue;
      this.queued.set(type, []);
      if (this.failed) continue;
      const def = WRITTEN_DEFS[type];
      try {
        const stored = await insertDrafted(
          this.ctx,
          this.trx,
          def,
          list.map((q) => q.drafted),
          { action: `${def.type}.import`, pendingAudit: this.audit },
        );
        if (type === 'person')
          for (const p of stored) {
            const matching = this.createdPersons.get(p.id);
            if (matching) matching.slug = p.slug;
          }
      } catch (err) {
        if (!(err instanceof BatchItemError)) throw err;
        const reason = err.reason instanceof AppError ? err.reason.message : err.message;
        this.problems.push({ at: list[err.index]!.at, message: reason });
        this.failed = true;
      }
    }
    this.queuedCount = 0;
    await this.flushAudit();
  }

  /** The slugs of persons of this import that rows matched as duplicates, known once they are written. */
  fillDuplicateSlugs(): void {
    for (const d of this.duplicates)
      if (d.inThisImport && !d.existing.slug) d.existing.slug = this.createdPersons.get(d.existing.id)?.slug ?? '';
  }

  /** Cites the row's sources for a record, or the imported file itself with the row as the locator. */
  private cite(draft: Draft, record: RecordBase, type: DraftType): void {
    const level = record.confidentiality;
    const cited = draft.sources && draft.sources.length > 0 ? draft.sources : undefined;
    for (const s of cited ?? [{ title: this.opts.fileName }]) {
      const fromFile = !cited;
      const key = fromFile ? '\u0000file' : `${s.url ?? ''}\u0000${s.title}`;
      let sourceId = this.sources.get(key);
      if (!sourceId) {
        // The file's name and the row numbers are kept for the group, not shown to the public.
        const source = this.insert(
          draft,
          sourceDef as unknown as RecordDef<RecordBase, unknown>,
          fromFile
            ? {
                title: this.opts.fileName,
                notes: `Imported from the ${this.opts.format} file "${this.opts.fileName}" on ${this.ctx.now().toISOString().slice(0, 10)}.`,
                confidentiality: 'internal',
              }
            : {
                title: s.title,
                ...(s.url ? { url: s.url } : {}),
                confidentiality: level === 'restricted' ? 'restricted' : 'public',
              },
        );
        sourceId = source.id;
        this.sources.set(key, sourceId);
        this.counts.sources = (this.counts.sources ?? 0) + 1;
      }
      this.insert(draft, citationDef as unknown as RecordDef<RecordBase, unknown>, {
        sourceId,
        record: { type, id: record.id },
        ...(fromFile ? { locator: draft.at.slice(0, 200) } : {}),
        confidentiality:
          fromFile || level !== 'public' ? (level === 'restricted' ? 'restricted' : 'internal') : 'public',
      });
      this.counts.citations = (this.counts.citations ?? 0) + 1;
    }
  }

  /** Appends the collected audit entries to the chain, in order. */
  async flushAudit(): Promise<void> {
    if (this.audit.length > 0) await appendAudit(this.trx, this.ctx.keyring, this.audit.splice(0));
  }
}

/**
 * Validates and writes the drafts (organisations, then persons, events, cases, memberships, so that references
 * resolve) in one write transaction, committed only when no row has a problem and this is not a dry run.
 */
export async function importRows(ctx: Ctx, drafts: Draft[], opts: RowImportOptions): Promise<ImportReport> {
  const sorted = [...drafts].sort((a, b) => ORDER.indexOf(a.type) - ORDER.indexOf(b.type));
  let report: ImportReport | undefined;
  try {
    await writeTransaction(ctx.db, async (trx) => {
      const writer = new RowWriter(ctx, trx, opts);
      await writer.loadPersons();
      let done = 0;
      for (const draft of sorted) {
        await writer.write(draft);
        opts.onProgress?.(++done);
      }
      await writer.flush();
      writer.fillDuplicateSlugs();
      const ok = writer.problems.length === 0 && !opts.dryRun;
      // Problems are reported in file order, whatever order the rows were written in.
      const order = new Map(drafts.map((d, i) => [d.at, i]));
      writer.problems.sort((a, b) => (order.get(a.at) ?? 0) - (order.get(b.at) ?? 0));
      report = {
        dryRun: Boolean(opts.dryRun),
        imported: ok,
        rows: drafts.length,
        counts: writer.counts,
        problems: writer.problems,
        duplicates: writer.duplicates,
      };
      if (!ok) throw new RollBack();
    });
  } catch (err) {
    if (!(err instanceof RollBack)) throw err;
  }
  return report!;
}
