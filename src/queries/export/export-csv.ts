// Flat CSV of cases or persons for spreadsheets, streamed page by page.
import { stringify } from 'csv-stringify/sync';
import { withDb, type Ctx } from '../../context.ts';
import { readSnapshot } from '../../db/database.ts';
import type { Case } from '../../domain/case.ts';
import { displayName, type Person } from '../../domain/person.ts';
import { describeMonths } from '../../domain/sentence.ts';
import { caseDef, personDef } from '../../records/registry.ts';
import { organisationRepo } from '../../db/repos/organisation.repo.ts';
import { personRepo } from '../../db/repos/person.repo.ts';
import { readableLevels } from '../../policies/authorize.ts';
import { iterateRecords } from '../records/list-records.ts';
import { writeChunk, type ExportOptions } from './stream.ts';

/** The columns of each CSV export, in order. */
export const CSV_COLUMNS = {
  cases: [
    'id',
    'slug',
    'title',
    'subject_type',
    'subject_id',
    'subject_name',
    'country',
    'status',
    'court',
    'sentence_kind',
    'sentence_months',
    'sentence_text',
    'act_kinds',
    'charges',
    'confidentiality',
    'created_at',
    'updated_at',
  ],
  persons: [
    'id',
    'slug',
    'name',
    'other_names',
    'given_name',
    'family_name',
    'patronymic',
    'birth_date',
    'gender',
    'nationality',
    'roles',
    'confidentiality',
  ],
} as const;

type Row = Record<string, string | number | null>;
const PAGE = 500;
const LIST = '; ';

/** Groups an async sequence into arrays of up to `size`. */
async function* pages<T>(items: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let page: T[] = [];
  for await (const item of items) {
    page.push(item);
    if (page.length === size) {
      yield page;
      page = [];
    }
  }
  if (page.length > 0) yield page;
}

/** The display names of the subjects of a page of cases; a subject the actor may not see gets no name. */
async function subjectNames(ctx: Ctx, cases: Case[], cache: Map<string, string>): Promise<Map<string, string>> {
  // The repositories look records up one at a time, so a page costs one query per distinct subject not seen before.
  const levels = readableLevels(ctx.actor);
  const wanted = new Map(cases.flatMap((c) => (subjectOf(c) ? [[c.subject.id, c.subject.type] as const] : [])));
  if (cache.size > 10 * PAGE) cache.clear();
  for (const [id, type] of wanted) {
    if (cache.has(id)) continue;
    const record =
      type === 'person'
        ? await personRepo.find(ctx.db, id, levels, null)
        : await organisationRepo.find(ctx.db, id, levels, null);
    cache.set(id, record ? displayName(record.names) : '');
  }
  return cache;
}

function chargeText(ch: Case['charges'][number]): string {
  return [ch.law, ch.article, ch.text].filter((s): s is string => Boolean(s)).join(' ');
}

/** A case's subject, or null when the exporting actor may not see it (the stream took the reference out). */
function subjectOf(c: Case): Case['subject'] | null {
  return (c.subject as Case['subject'] | null) ?? null;
}

function caseRow(c: Case, names: Map<string, string>): Row {
  const subject = subjectOf(c);
  return {
    id: c.id,
    slug: c.slug,
    title: c.title,
    subject_type: subject?.type ?? null,
    subject_id: subject?.id ?? null,
    subject_name: subject ? (names.get(subject.id) ?? '') : '',
    country: c.country,
    status: c.status,
    court: c.court,
    sentence_kind: c.sentence?.kind ?? null,
    sentence_months: c.sentence?.months ?? null,
    sentence_text: c.sentence?.months != null ? describeMonths(c.sentence.months) : null,
    act_kinds: c.acts.map((a) => a.kind).join(LIST),
    charges: c.charges.map(chargeText).join(LIST),
    confidentiality: c.confidentiality,
    created_at: c.createdAt,
    updated_at: c.updatedAt,
  };
}

function personRow(p: Person): Row {
  const shown = p.names.findIndex((n) => n.kind === 'primary');
  const display = shown === -1 ? 0 : shown;
  return {
    id: p.id,
    slug: p.slug,
    name: displayName(p.names),
    other_names: p.names
      .filter((_, i) => i !== display)
      .map((n) => n.full)
      .join(LIST),
    given_name: p.givenName,
    family_name: p.familyName,
    patronymic: p.patronymic,
    birth_date: p.birthDate,
    gender: p.gender,
    nationality: p.nationality,
    roles: p.roles.join(LIST),
    confidentiality: p.confidentiality,
  };
}

/** The rows of the chosen export, a page at a time. */
async function* rowPages(ctx: Ctx, type: 'cases' | 'persons'): AsyncGenerator<Row[]> {
  if (type === 'persons') {
    for await (const page of pages(iterateRecords(ctx, personDef, {}, PAGE), PAGE)) yield page.map(personRow);
    return;
  }
  const cache = new Map<string, string>();
  for await (const page of pages(iterateRecords(ctx, caseDef, {}, PAGE), PAGE)) {
    const names = await subjectNames(ctx, page, cache);
    yield page.map((c) => caseRow(c, names));
  }
}

/**
 * Writes the visible cases or persons as CSV with a header row. Cells that a spreadsheet would run as a formula
 * (starting with = + - @ tab or CR) get a leading apostrophe. The stream is not ended; returns the number of rows.
 */
export async function exportCsv(
  ctx: Ctx,
  type: 'cases' | 'persons',
  out: NodeJS.WritableStream,
  opts: ExportOptions = {},
): Promise<number> {
  return readSnapshot(ctx.db, (db) => writeRows(withDb(ctx, db), type, out, opts));
}

async function writeRows(
  ctx: Ctx,
  type: 'cases' | 'persons',
  out: NodeJS.WritableStream,
  opts: ExportOptions,
): Promise<number> {
  const columns = [...CSV_COLUMNS[type]];
  let done = 0;
  for await (const rows of rowPages(ctx, type)) {
    await writeChunk(out, stringify(rows, { header: done === 0, columns, escape_formulas: true }));
    done += rows.length;
    opts.onProgress?.(done);
  }
  if (done === 0) await writeChunk(out, stringify([], { header: true, columns }));
  return done;
}
