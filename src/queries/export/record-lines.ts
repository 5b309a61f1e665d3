// The lines of an export's record sections written straight from the rows: each record's JSON text is put together from
// its columns and child rows, with JSON.stringify only for single values. Building each record as the API shows it and
// stringifying that cost three times as much (objects for every record, name, act and charge, then the garbage).
//
// Each line must be byte for byte what JSON.stringify gives for the record mapped as before (personToPopolo,
// organisationToPopolo, membershipToPopolo, or the record as stored without an empty `restricted`): same keys in the same
// order, same values. commands/transfer/export-lines.test.ts compares the two for every section on both dialects. A
// sealed record (its content in the encrypted blob) is read and mapped the old way: only the blob knows its shape.
import type { Ctx } from '../../context.ts';
import { hasRestricted, type RecordBase } from '../../domain/common.ts';
import { DEFAULT_RECORD_LANG } from '../../domain/localized.ts';
import type { Person } from '../../domain/person.ts';
import type { RecordType } from '../../domain/vocabulary.ts';
import {
  CASE_ROWS,
  CITATION_ROWS,
  MEMBERSHIP_ROWS,
  ORGANISATION_ROWS,
  PERSON_ROWS,
  readRowPage,
  type ExportTable,
  type RowPage,
} from '../../db/repos/export-rows.ts';
import { openRestricted, type RestrictedKeys } from '../../db/repos/shared.ts';
import { authorize, readableLevels } from '../../policies/authorize.ts';
import {
  caseDef,
  citationDef,
  membershipDef,
  organisationDef,
  personDef,
  type RecordDef,
} from '../../records/registry.ts';
import { readerKeys } from '../records/get-record.ts';
import { linkToPopolo, membershipToPopolo, organisationToPopolo, personToPopolo } from './popolo.ts';

/** The lines of a page of records, and the ids of those whose restricted values went out (to record the reads). */
export interface LinePage {
  /**
   * The lines, each made as it is taken: a page of lines made at once outlived the young generation's collections, which
   * then spent more time copying them than making them took.
   */
  lines: Iterable<string>;
  /** Complete once `lines` has been gone through. */
  shown: string[];
}

/** A record as stored (as the API shows it); `restricted` only when it holds values, as in the Popolo sections. */
export function asStored(r: RecordBase): unknown {
  if (hasRestricted(r)) return r;
  const { restricted: _none, ...rest } = r;
  return rest;
}

/** The child rows of the record being written: for each child table of its spec, rows[j][from[j] … to[j]). */
interface Kids {
  rows: unknown[][][];
  from: number[];
  to: number[];
}

/** How one record type's lines are made. */
export interface LineSpec {
  table: ExportTable;
  /** The line of a record that is not sealed; `restricted` is the JSON of its restricted values, or '' when none. */
  line(row: unknown[], kids: Kids, restricted: string): string;
  /** A sealed record, read and mapped as before. */
  sealed(ctx: Ctx, id: string): Promise<unknown>;
}

type Indexes<C extends readonly string[]> = { readonly [K in C[number]]: number };

/** Column name → position in a row of those columns (a child row has its record's id first). */
function indexes<const C extends readonly string[]>(columns: C, first = 0): Indexes<C> {
  return Object.fromEntries(columns.map((c, i) => [c, i + first])) as Indexes<C>;
}

// What JSON.stringify escapes in a string: quotes, backslashes, control characters and (lone) surrogates.
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;

/**
 * One value exactly as JSON.stringify writes it inside a record (the rows hold strings, numbers and nulls). A string
 * with nothing to escape is only quoted: most are, and JSON.stringify's own set-up cost more than the work.
 */
function json(v: unknown): string {
  if (typeof v === 'string') return ESCAPED.test(v) ? JSON.stringify(v) : `"${v}"`;
  return v === null ? 'null' : JSON.stringify(v);
}
const bool = (v: unknown): string => (v ? 'true' : 'false');

/** The JSON of a JSON column read back (parsed and written again, as a record built from it would be). */
function rewritten(text: unknown, orElse: unknown, empty: string): string {
  if (text === empty) return empty;
  return json((JSON.parse(text as string) as unknown) ?? orElse);
}

/** `[item(row), …]` over the child rows of child table `j`. */
function list(k: Kids, j: number, item: (row: unknown[]) => string): string {
  const rows = k.rows[j]!;
  const to = k.to[j]!;
  let out = '[';
  for (let i = k.from[j]!; i < to; i++) out += i === k.from[j] ? item(rows[i]!) : `,${item(rows[i]!)}`;
  return `${out}]`;
}

// The columns every record table starts with (export-rows.ts BASE_COLUMNS).
const ID = 0;
const SLUG = 1;
const CONFIDENTIALITY = 2;
const CREATED = 3;
const UPDATED = 4;
const RESTRICTED_DATA = 5;

/** The members a record as stored starts with: id, slug, confidentiality, timestamps, and restricted values if any. */
const storedHead = (r: unknown[], restricted: string): string =>
  `{"id":${json(r[ID])},"slug":${json(r[SLUG])},"confidentiality":${json(r[CONFIDENTIALITY])},"createdAt":${json(r[CREATED])},"updatedAt":${json(r[UPDATED])}${restricted ? `,"restricted":${restricted}` : ''}`;

/** The members a Popolo record ends with (baseToPopolo), closing brace included. */
const popoloTail = (r: unknown[], restricted: string): string =>
  `,"slug":${json(r[SLUG])},"confidentiality":${json(r[CONFIDENTIALITY])},"created_at":${json(r[CREATED])},"updated_at":${json(r[UPDATED])}${restricted ? `,"restricted":${restricted}` : ''}}`;

const N = indexes(PERSON_ROWS.children[0].columns, 1);

/** A name row as a Popolo other_name (nameToPopolo of namesFromRows). */
function popoloName(n: unknown[]): string {
  const kind = json(n[N.kind]);
  const lang = n[N.lang] ? `,"lang":${json(n[N.lang])}` : '';
  const sourceOrg = n[N.source_org] ? `,"source_org":${json(n[N.source_org])}` : '';
  return `{"name":${json(n[N.full_name])}${lang},"note":${kind},"script":${json(n[N.script])},"kind":${kind}${sourceOrg}}`;
}

/** The display name (displayName): the first primary name, else the first name, else ''. */
function displayName(k: Kids, j: number): string {
  const rows = k.rows[j]!;
  let first: unknown[] | undefined;
  for (let i = k.from[j]!; i < k.to[j]!; i++) {
    first ??= rows[i];
    if (rows[i]![N.kind] === 'primary') return json(rows[i]![N.full_name] ?? '');
  }
  return json(first?.[N.full_name] ?? '');
}

const P = indexes(PERSON_ROWS.columns);

const personLine = (r: unknown[], k: Kids, restricted: string): string => {
  const links =
    r[P.links] === '[]' ? '[]' : json((JSON.parse(r[P.links] as string) as Person['links']).map(linkToPopolo));
  return (
    `{"id":${json(r[ID])},"name":${displayName(k, 0)},"other_names":${list(k, 0, popoloName)}` +
    `,"given_name":${json(r[P.given_name])},"family_name":${json(r[P.family_name])}` +
    `,"patronymic_name":${json(r[P.patronymic])},"birth_date":${json(r[P.birth_date])},"gender":${json(r[P.gender])}` +
    `,"national_identity":${json(r[P.nationality])},"summary":${json(r[P.summary])},"links":${links}` +
    `,"birth_date_approx":${bool(r[P.birth_date_approx])},"roles":${rewritten(r[P.roles], [], '[]')}` +
    popoloTail(r, restricted)
  );
};

const O = indexes(ORGANISATION_ROWS.columns);

const organisationLine = (r: unknown[], k: Kids, restricted: string): string =>
  `{"id":${json(r[ID])},"name":${displayName(k, 0)},"other_names":${list(k, 0, popoloName)}` +
  `,"classification":${json(r[O.kind])},"founding_date":${json(r[O.founded_date])}` +
  `,"dissolution_date":${json(r[O.dissolved_date])},"country":${json(r[O.country])},"summary":${json(r[O.summary])}` +
  popoloTail(r, restricted);

const M = indexes(MEMBERSHIP_ROWS.columns);

const membershipLine = (r: unknown[], _k: Kids, restricted: string): string =>
  `{"id":${json(r[ID])},"person_id":${json(r[M.person_id])},"organization_id":${json(r[M.organisation_id])}` +
  `,"role":${json(r[M.role])},"start_date":${json(r[M.start_date])},"end_date":${json(r[M.end_date])}` +
  popoloTail(r, restricted);

const C = indexes(CASE_ROWS.columns);
const [HISTORY, EVENTS, ACTS, CHARGES, TIMELINE, DESIGNATIONS] = [0, 1, 2, 3, 4, 5] as const;
const H = indexes(CASE_ROWS.children[HISTORY].columns, 1);
const E = indexes(CASE_ROWS.children[EVENTS].columns, 1);
const A = indexes(CASE_ROWS.children[ACTS].columns, 1);
const CH = indexes(CASE_ROWS.children[CHARGES].columns, 1);
const T = indexes(CASE_ROWS.children[TIMELINE].columns, 1);
const D = indexes(CASE_ROWS.children[DESIGNATIONS].columns, 1);

const act = (a: unknown[]): string =>
  `{"kind":${json(a[A.kind])},"date":${json(a[A.date])},"dateApprox":${bool(a[A.date_approx])}` +
  `,"perpetratorId":${json(a[A.perpetrator_id])},"involvement":${json(a[A.involvement])}` +
  `,"place":{"country":${json(a[A.country])},"locality":${json(a[A.locality])},"lat":${json(a[A.lat])},"lon":${json(a[A.lon])}}` +
  `,"description":${json(a[A.description])},"certainty":${json(a[A.certainty])}}`;

const charge = (c: unknown[]): string =>
  `{"law":${json(c[CH.law])},"article":${json(c[CH.article])},"text":${json(c[CH.text])}` +
  `,"translations":${rewritten(c[CH.translations], {}, '{}')}}`;

const timelineEntry = (t: unknown[]): string =>
  `{"date":${json(t[T.date])},"dateApprox":${bool(t[T.date_approx])},"kind":${json(t[T.kind])},"description":${json(t[T.description])}}`;

const designation = (d: unknown[]): string =>
  `{"kind":${json(d[D.kind])},"issuerId":${json(d[D.issuer_id])},"issuerName":${json(d[D.issuer_name])}` +
  `,"date":${json(d[D.date])},"criteria":${rewritten(d[D.criteria], [], '[]')}}`;

const caseLine = (r: unknown[], k: Kids, restricted: string): string => {
  // As case.repo.ts hydrates: a case without a status history has its status since it was entered.
  let history = list(k, HISTORY, (h) => `{"status":${json(h[H.status])},"since":${json(h[H.since])}}`);
  if (history === '[]' && r[C.status])
    history = `[{"status":${json(r[C.status])},"since":${json(String(r[CREATED]).slice(0, 10))}}]`;
  const subject =
    r[C.subject_person_id] !== null
      ? `{"type":"person","id":${json(r[C.subject_person_id])}}`
      : `{"type":"organisation","id":${json(r[C.subject_organisation_id] ?? '')}}`;
  const sentence =
    r[C.sentence_kind] === null
      ? 'null'
      : `{"kind":${json(r[C.sentence_kind])},"months":${r[C.sentence_months] === null ? 'null' : json(Number(r[C.sentence_months]))},"startDate":${json(r[C.sentence_start])}}`;
  return (
    `${storedHead(r, restricted)},"lang":${json(r[C.lang] || DEFAULT_RECORD_LANG)},"title":${json(r[C.title])}` +
    `,"translations":${rewritten(r[C.translations], {}, '{}')},"subject":${subject},"country":${json(r[C.country])}` +
    `,"status":${json(r[C.status])},"statusHistory":${history},"court":${json(r[C.court])},"sentence":${sentence}` +
    `,"summary":${json(r[C.summary])},"eventIds":${list(k, EVENTS, (e) => json(e[E.event_id]))}` +
    `,"acts":${list(k, ACTS, act)},"charges":${list(k, CHARGES, charge)},"timeline":${list(k, TIMELINE, timelineEntry)}` +
    `,"designations":${list(k, DESIGNATIONS, designation)}}`
  );
};

const X = indexes(CITATION_ROWS.columns);

const citationLine = (r: unknown[], _k: Kids, restricted: string): string =>
  `${storedHead(r, restricted)},"sourceId":${json(r[X.source_id])}` +
  `,"record":{"type":${json(r[X.record_type])},"id":${json(r[X.record_id])}},"field":${json(r[X.field])}` +
  `,"locator":${json(r[X.locator])},"quote":${json(r[X.quote])},"certainty":${json(r[X.certainty])}}`;

/** A sealed record by id, read and opened as the actor reads it. */
async function findSealed<T extends RecordBase, F>(ctx: Ctx, def: RecordDef<T, F>, id: string): Promise<T> {
  const record = await def.repo.find(ctx.db, id, readableLevels(ctx.actor), readerKeys(ctx));
  if (!record) throw new Error(`export: the sealed ${def.type} ${id} could not be read again`);
  return record;
}

/** The record types whose lines are written from their rows. */
export const LINE_SPECS: Partial<Record<RecordType, LineSpec>> = {
  person: {
    table: PERSON_ROWS,
    line: personLine,
    sealed: async (ctx, id) => personToPopolo(await findSealed(ctx, personDef, id)),
  },
  organisation: {
    table: ORGANISATION_ROWS,
    line: organisationLine,
    sealed: async (ctx, id) => organisationToPopolo(await findSealed(ctx, organisationDef, id)),
  },
  membership: {
    table: MEMBERSHIP_ROWS,
    line: membershipLine,
    sealed: async (ctx, id) => membershipToPopolo(await findSealed(ctx, membershipDef, id)),
  },
  case: {
    table: CASE_ROWS,
    line: caseLine,
    sealed: async (ctx, id) => asStored(await findSealed(ctx, caseDef, id)),
  },
  citation: {
    table: CITATION_ROWS,
    line: citationLine,
    sealed: async (ctx, id) => asStored(await findSealed(ctx, citationDef, id)),
  },
};

/**
 * Every record of a type the actor may see, in id order, as its export lines, a page at a time. Only for actors who see
 * every level (the CLI's system actor, administrators): for others, references to records they may not see must leave
 * the records first (iterateRecordPages), so their exports map records as before.
 */
export async function* recordLines(
  ctx: Ctx,
  spec: LineSpec,
  type: RecordType,
  batch: number,
): AsyncGenerator<LinePage> {
  authorize(ctx.actor, 'read', type);
  const levels = readableLevels(ctx.actor);
  const keys = readerKeys(ctx);
  let after: string | undefined;
  for (;;) {
    const page = await readRowPage(ctx.db, spec.table, levels, { after, limit: batch });
    // Sealed records are read the old way first (that is asynchronous); the rest is made as the lines are taken.
    const sealed = new Map<string, unknown>();
    for (const row of page.rows) {
      if (row[CONFIDENTIALITY] === 'restricted' && row[RESTRICTED_DATA])
        sealed.set(row[ID] as string, await spec.sealed(ctx, row[ID] as string));
    }
    const shown: string[] = [];
    yield { lines: linesOf(spec, page, sealed, keys, shown), shown };
    if (page.rows.length < batch) return;
    after = page.rows[page.rows.length - 1]![ID] as string;
  }
}

/** The lines of a page's records, in order; ids of records whose restricted values go out are added to `shown`. */
function* linesOf(
  spec: LineSpec,
  page: RowPage,
  sealed: ReadonlyMap<string, unknown>,
  keys: RestrictedKeys,
  shown: string[],
): Generator<string> {
  const nKids = spec.table.children.length;
  const kids: Kids = {
    rows: page.children,
    from: new Array<number>(nKids).fill(0),
    to: new Array<number>(nKids).fill(0),
  };
  for (const row of page.rows) {
    const id = row[ID] as string;
    // Child rows come in record order, as the records do: this record's are the next ones with its id.
    for (let j = 0; j < nKids; j++) {
      const rows = page.children[j]!;
      let to = kids.to[j]!;
      kids.from[j] = to;
      while (to < rows.length && rows[to]![0] === id) to++;
      kids.to[j] = to;
    }
    const record = sealed.get(id) as { restricted?: unknown } | undefined;
    if (record) {
      if (record.restricted !== undefined) shown.push(id);
      yield JSON.stringify(record);
      continue;
    }
    const blob = row[RESTRICTED_DATA] as string | null;
    const values = blob ? openRestricted(keys, id, blob) : undefined;
    const restricted = values && Object.keys(values).length > 0 ? json(values) : '';
    if (restricted) shown.push(id);
    yield spec.line(row, kids, restricted);
  }
  for (let j = 0; j < nKids; j++) {
    if (kids.to[j] !== page.children[j]!.length)
      throw new Error(`export: rows of ${spec.table.children[j]!.table} did not come in the order of their records`);
  }
}
