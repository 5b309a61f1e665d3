// The sections of an export that carry tables as stored rather than register records: appeals, co-signatories,
// signatures, deny rules, briefings, follows, reminders sent, intake documents, person merges and users. Each is described
// once here (columns, how a value is written in JSON, how it is checked on import), and both directions follow from it.
import { z } from 'zod';
import { APPEAL_STATUSES } from '../../domain/appeal.ts';
import { CO_SIGNATORY_KINDS, CO_SIGNATORY_STATUSES } from '../../domain/co-signatory.ts';
import { DENY_KINDS, SIGNATURE_STATUSES } from '../../domain/signature.ts';
import { CONFIDENTIALITY, USER_ROLES } from '../../domain/vocabulary.ts';
import type { Keyring } from '../../crypto/field-cipher.ts';
import { LOCALES } from '../../i18n/locales.ts';
import type { RawRow, TransferTable } from '../../db/repos/transfer.repo.ts';

/** How a column is written in the export and checked on import. */
type Kind = 'text' | 'int' | 'bool' | 'json';

/** One column of a table section. */
export interface Column {
  /** The column in the database. */
  name: string;
  /** The member in the export (the column in camelCase). */
  key: string;
  kind: Kind;
  nullable: boolean;
  /** Allowed values of a text column. */
  values?: readonly string[];
  /** A value sealed with the key file ("v1:<keyId>:…"): restorable only under the same key. */
  sealed?: boolean;
  /** Raw rows kept inside a JSON value (merge snapshots) whose restricted values are opened for the file and sealed again on import. */
  rawRows?: boolean;
  /** Personal contact data left out by `--without-signer-addresses` (with the value to store instead, from the row id). */
  address?: (id: string) => string | null;
  /** Added after exports were first written: absent from older files, where it reads as null. */
  later?: boolean;
}

/** Child rows kept in the parent's object, in position order (appeal texts and cases). */
export interface Children {
  key: string;
  table: TransferTable;
  parent: string;
  columns: Column[];
  /** A list of single values instead of objects (e.g. case ids). */
  scalar?: boolean;
}

/** A table section. */
export interface TableSection {
  section: string;
  table: TransferTable;
  /** The record type its audit entries name. */
  type: string;
  /** The key the rows are ordered and paged by (the primary key). */
  key: string[];
  columns: Column[];
  children?: Children[];
  /** Columns written with fixed values on import (secrets an export never holds). */
  fixed?: RawRow;
}

const camel = (name: string) => name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** A column; `spec` is the kind with an optional "?" for nullable. */
function col(
  name: string,
  spec: `${Kind}` | `${Kind}?`,
  extra: Partial<Pick<Column, 'values' | 'sealed' | 'address' | 'rawRows' | 'later'>> = {},
): Column {
  const nullable = spec.endsWith('?');
  return { name, key: camel(name), kind: (nullable ? spec.slice(0, -1) : spec) as Kind, nullable, ...extra };
}
const cols = (...names: string[]): Column[] =>
  names.map((n) =>
    col(n.replace(/[:?].*$/, ''), (n.includes(':') ? n.split(':')[1] : n.endsWith('?') ? 'text?' : 'text') as Kind),
  );

/** The table sections, in the order written and read: each after the ones it refers to. */
export const TABLE_SECTIONS: readonly TableSection[] = [
  {
    // Accounts without any secret: no password hash, second factor, recovery code, session or API token.
    section: 'users',
    table: 'users',
    type: 'user',
    key: ['id'],
    columns: [
      col('id', 'text'),
      col('email', 'text'),
      col('display_name', 'text?'),
      col('role', 'text', { values: USER_ROLES }),
      col('status', 'text', { values: ['active', 'disabled'] }),
      col('created_at', 'text'),
      col('updated_at', 'text'),
      col('lang', 'text?', { values: LOCALES, later: true }),
    ],
    fixed: {
      password_hash: null,
      totp_secret: null,
      failed_logins: 0,
      locked_until: null,
      totp_enabled: 0,
      totp_pending_secret: null,
      totp_last_step: null,
    },
  },
  {
    section: 'appeals',
    table: 'appeals',
    type: 'appeal',
    key: ['id'],
    columns: [
      col('id', 'text'),
      col('slug', 'text'),
      col('confidentiality', 'text', { values: CONFIDENTIALITY }),
      col('created_at', 'text'),
      col('updated_at', 'text'),
      col('created_by', 'text'),
      col('title', 'text'),
      col('status', 'text', { values: APPEAL_STATUSES }),
      col('occasion_event_id', 'text?'),
      col('deadline', 'text?'),
      col('letter_date', 'text?'),
      col('addressees', 'json'),
      col('public_signing', 'bool'),
      col('signing_paused', 'bool'),
      col('counting_paused', 'bool'),
      col('published_at', 'text?'),
      col('closed_at', 'text?'),
      col('annex_frozen', 'json?'),
      col('signature_count', 'int'),
      col('count_refreshed_at', 'text?'),
      col('deliveries', 'json'),
      col('responses', 'json'),
      col('outcomes', 'json'),
    ],
    children: [
      { key: 'texts', table: 'appeal_texts', parent: 'appeal_id', columns: cols('lang', 'title', 'body') },
      { key: 'caseIds', table: 'appeal_cases', parent: 'appeal_id', columns: cols('case_id'), scalar: true },
    ],
  },
  {
    section: 'coSignatories',
    table: 'co_signatories',
    type: 'co_signatory',
    key: ['id'],
    columns: [
      col('id', 'text'),
      col('appeal_id', 'text'),
      col('position', 'int'),
      col('kind', 'text', { values: CO_SIGNATORY_KINDS }),
      col('email_sealed', 'text?', { sealed: true, address: () => null }),
      col('name', 'text'),
      col('title', 'text?'),
      col('organisation', 'text?'),
      col('organisation_id', 'text?'),
      col('lang', 'text'),
      col('status', 'text', { values: CO_SIGNATORY_STATUSES }),
      col('token_hash', 'text?'),
      col('token_expires_at', 'text?'),
      col('invited_at', 'text'),
      col('confirmed_at', 'text?'),
      col('withdrawn_at', 'text?'),
      col('created_by', 'text'),
    ],
  },
  {
    section: 'signatures',
    table: 'signatures',
    type: 'signature',
    key: ['id'],
    columns: [
      col('id', 'text'),
      col('appeal_id', 'text'),
      col('status', 'text', { values: SIGNATURE_STATUSES }),
      col('name', 'text?'),
      col('country', 'text?'),
      col('comment', 'text?'),
      col('show_name', 'bool'),
      col('email_sealed', 'text?', { sealed: true, address: () => null }),
      // The keyed digest stands in for the address in the one-signature-per-address rule; without the address it gets a
      // placeholder of its own, as anonymised signatures do.
      col('email_hash', 'text', { address: (id) => `withheld:${id}` }),
      col('email_domain', 'text?'),
      col('network_hint', 'text?', { address: () => null }),
      col('token_hash', 'text?'),
      col('created_at', 'text'),
      col('confirmed_at', 'text?'),
      col('invalidated_at', 'text?'),
      col('invalidated_reason', 'text?'),
      col('anonymised_at', 'text?'),
      col('lang', 'text?', { values: LOCALES, later: true }),
    ],
  },
  {
    section: 'denyRules',
    table: 'deny_rules',
    type: 'deny_rule',
    key: ['id'],
    columns: [
      col('id', 'text'),
      col('kind', 'text', { values: DENY_KINDS }),
      col('value', 'text'),
      col('note', 'text?'),
      col('created_by', 'text'),
      col('created_at', 'text'),
    ],
  },
  {
    section: 'briefings',
    table: 'briefings',
    type: 'briefing',
    key: ['id'],
    columns: [
      col('id', 'text'),
      col('country', 'text'),
      col('as_of', 'text'),
      col('since', 'text?'),
      col('occasion_event_id', 'text?'),
      col('content', 'json'),
      col('created_at', 'text'),
      col('created_by', 'text'),
      col('appeal_id', 'text?'),
    ],
  },
  {
    section: 'follows',
    table: 'follows',
    type: 'follow',
    key: ['id'],
    columns: [
      col('id', 'text'),
      col('user_id', 'text'),
      col('kind', 'text', { values: ['country', 'case'] }),
      col('value', 'text'),
      col('days_before', 'int'),
      col('created_at', 'text'),
    ],
  },
  {
    // Kept so that a restored installation does not send the same reminder twice.
    section: 'remindersSent',
    table: 'reminders_sent',
    type: 'reminder',
    key: ['user_id', 'event_id'],
    columns: [col('user_id', 'text'), col('event_id', 'text'), col('sent_at', 'text')],
  },
  {
    section: 'intakeDocuments',
    table: 'intake_documents',
    type: 'intake_document',
    key: ['id'],
    columns: [
      col('id', 'text'),
      col('source_id', 'text'),
      col('confidentiality', 'text', { values: CONFIDENTIALITY }),
      col('created_at', 'text'),
      col('updated_at', 'text'),
      col('created_by', 'text'),
      col('status', 'text', { values: ['open', 'accepted', 'closed'] }),
      col('format', 'text'),
      col('language', 'text'),
      col('document_date', 'text?'),
      col('body', 'text'),
      col('proposals', 'json'),
      col('outcome', 'json'),
    ],
  },
  {
    // The merged person's rows are in the snapshot as stored; their restricted values go out opened, as the records' do.
    section: 'personMerges',
    table: 'person_merges',
    type: 'person_merge',
    key: ['id'],
    columns: [
      col('id', 'text'),
      col('survivor_id', 'text'),
      col('merged_id', 'text'),
      col('merged_slug', 'text'),
      col('reason', 'text'),
      col('merged_by', 'text'),
      col('merged_at', 'text'),
      col('undone_by', 'text?'),
      col('undone_at', 'text?'),
      col('snapshot', 'json', { rawRows: true }),
    ],
  },
];

/** Options that change what the table sections hold. */
export interface TableExportOptions {
  /** Leave out signers' and co-signatories' addresses (and the digests standing in for them). */
  withoutAddresses?: boolean;
  /** Opens restricted values of raw rows kept in JSON values; told the id of each row opened (for the audit). */
  open?: { keyring: Keyring; opened: (rowId: string) => void };
}

/** The member that holds a raw row's restricted values opened, in place of the sealed blob. */
const OPENED = 'restricted_data_open';

/**
 * Walks a JSON value and, in every raw record row (an object with an id and a sealed restricted_data), opens or seals the
 * restricted values. Opening sets restricted_data to null and appends the clear text; sealing does the reverse in place.
 */
export function mapRawRows(value: unknown, fn: (row: Record<string, unknown>, id: string) => void): void {
  if (Array.isArray(value)) {
    for (const v of value) mapRawRows(v, fn);
  } else if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    if (typeof obj.id === 'string' && 'restricted_data' in obj) fn(obj, obj.id);
    for (const v of Object.values(obj)) mapRawRows(v, fn);
  }
}

function openRows(value: unknown, open: NonNullable<TableExportOptions['open']>): unknown {
  mapRawRows(value, (row, id) => {
    if (typeof row.restricted_data !== 'string') return;
    row[OPENED] = open.keyring.decrypt(row.restricted_data, id);
    row.restricted_data = null;
    open.opened(id);
  });
  return value;
}

/** Seals again the restricted values a file holds opened in raw rows (see mapRawRows), under the installation's key. */
export function sealRows(value: unknown, keyring: Keyring): void {
  mapRawRows(value, (row, id) => {
    if (typeof row[OPENED] !== 'string') return;
    row.restricted_data = keyring.encrypt(row[OPENED], id);
    delete row[OPENED];
  });
}

/** A stored value as the export writes it. */
function outValue(c: Column, v: unknown): unknown {
  if (v === null || v === undefined) return null;
  switch (c.kind) {
    case 'bool':
      return Number(v) === 1;
    case 'int':
      return Number(v);
    case 'json':
      return JSON.parse(String(v)) as unknown;
    case 'text':
      return v;
  }
}

/** A value from an export as the table stores it. */
function inValue(c: Column, v: unknown): unknown {
  if (v === null) return null;
  if (c.kind === 'bool') return v ? 1 : 0;
  if (c.kind === 'json') return JSON.stringify(v);
  return v;
}

/** A row (with its children, grouped by the caller) in its exported shape. */
export function rowToExport(
  s: TableSection,
  row: RawRow,
  children: Record<string, RawRow[]>,
  opts: TableExportOptions,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of s.columns) {
    if (opts.withoutAddresses && c.address) continue;
    out[c.key] = c.rawRows && opts.open ? openRows(outValue(c, row[c.name]), opts.open) : outValue(c, row[c.name]);
  }
  for (const ch of s.children ?? []) {
    const rows = children[ch.key] ?? [];
    out[ch.key] = ch.scalar
      ? rows.map((r) => outValue(ch.columns[0]!, r[ch.columns[0]!.name]))
      : rows.map((r) => Object.fromEntries(ch.columns.map((c) => [c.key, outValue(c, r[c.name])])));
  }
  return out;
}

function valueSchema(c: Column): z.ZodType {
  const base =
    c.kind === 'bool'
      ? z.boolean()
      : c.kind === 'int'
        ? z.number().int()
        : c.kind === 'json'
          ? z.json()
          : c.values
            ? z.enum(c.values as [string, ...string[]])
            : z.string();
  const nullable = c.nullable ? base.nullable() : base;
  return c.address || c.later ? nullable.optional() : nullable;
}

const schemas = new Map<TableSection, z.ZodType<Record<string, unknown>>>();

/** The import schema of a section, built once from its columns. */
export function sectionSchema(s: TableSection): z.ZodType<Record<string, unknown>> {
  let schema = schemas.get(s);
  if (!schema) {
    const shape: Record<string, z.ZodType> = Object.fromEntries(s.columns.map((c) => [c.key, valueSchema(c)]));
    for (const ch of s.children ?? []) {
      shape[ch.key] = ch.scalar
        ? z.array(valueSchema(ch.columns[0]!))
        : z.array(z.strictObject(Object.fromEntries(ch.columns.map((c) => [c.key, valueSchema(c)]))));
    }
    schema = z.strictObject(shape) as z.ZodType<Record<string, unknown>>;
    schemas.set(s, schema);
  }
  return schema;
}

/** A checked exported object as rows: the section's own row and its child rows per child table. */
export function exportToRows(
  s: TableSection,
  obj: Record<string, unknown>,
  keyring: Keyring,
): { row: RawRow; children: { table: TransferTable; rows: RawRow[] }[] } {
  const row: RawRow = { ...s.fixed };
  const id = String(obj[s.columns[0]!.key]);
  for (const c of s.columns) if (c.rawRows) sealRows(obj[c.key], keyring);
  for (const c of s.columns) {
    const absent = obj[c.key] === undefined;
    row[c.name] = absent && c.address ? c.address(id) : absent && c.later ? null : inValue(c, obj[c.key]);
  }
  const children = (s.children ?? []).map((ch) => ({
    table: ch.table,
    rows: (obj[ch.key] as unknown[]).map((v, position) => {
      const r: RawRow = { [ch.parent]: id, position };
      if (ch.scalar) r[ch.columns[0]!.name] = inValue(ch.columns[0]!, v);
      else for (const c of ch.columns) r[c.name] = inValue(c, (v as Record<string, unknown>)[c.key]);
      return r;
    }),
  }));
  return { row, children };
}

/** The key ids of every sealed value in an exported object (including blobs nested in JSON, e.g. merge snapshots). */
export function sealedKeyIds(s: TableSection, obj: Record<string, unknown>): Set<string> {
  const ids = new Set<string>();
  const visit = (v: unknown): void => {
    if (typeof v === 'string') {
      const m = /^v1:([A-Za-z0-9_-]{1,64}):/.exec(v);
      if (m) ids.add(m[1]!);
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (v !== null && typeof v === 'object') Object.values(v).forEach(visit);
  };
  for (const c of s.columns) if (c.sealed || c.rawRows) visit(obj[c.key]);
  return ids;
}
