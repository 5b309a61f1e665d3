// The column map of a spreadsheet import: which record type each row becomes and which field each column fills.
// It is checked before any row is read, so a misspelt field or a column the file lacks stops the import at once.
import { z } from 'zod';
import { LanguageSchema } from '../../domain/common.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { NAME_KINDS, SCRIPTS } from '../../domain/vocabulary.ts';
import { AppError } from '../../errors.ts';

/** What a row becomes. A case row also describes its subject person (fields "person.…"). */
export const IMPORT_TYPES = ['person', 'organisation', 'event', 'case'] as const;
export type ImportType = (typeof IMPORT_TYPES)[number];

/** How a cell is read: plain text, a date, a list, a name, a sentence length, a web address or a source. */
export type FieldKind = 'text' | 'date' | 'list' | 'name' | 'sentence' | 'url' | 'source';

const PERSON_FIELDS: Record<string, FieldKind> = {
  name: 'name',
  givenName: 'text',
  familyName: 'text',
  patronymic: 'text',
  birthDate: 'date',
  gender: 'text',
  nationality: 'text',
  roles: 'list',
  summary: 'text',
  link: 'url',
};
const COMMON: Record<string, FieldKind> = { confidentiality: 'text', source: 'source' };

/** The fields a column may fill, per record type. */
export const IMPORT_FIELDS: Record<ImportType, Record<string, FieldKind>> = {
  person: { ...PERSON_FIELDS, ...COMMON },
  organisation: {
    name: 'name',
    kind: 'text',
    country: 'text',
    foundedDate: 'date',
    dissolvedDate: 'date',
    summary: 'text',
    ...COMMON,
  },
  event: {
    title: 'text',
    kind: 'text',
    startDate: 'date',
    endDate: 'date',
    locality: 'text',
    country: 'text',
    description: 'text',
    ...COMMON,
  },
  case: {
    title: 'text',
    country: 'text',
    status: 'text',
    statusSince: 'date',
    court: 'text',
    sentence: 'sentence',
    sentenceKind: 'text',
    sentenceStart: 'date',
    charges: 'list',
    summary: 'text',
    ...COMMON,
    ...Object.fromEntries(Object.entries(PERSON_FIELDS).map(([k, v]) => [`person.${k}`, v])),
  },
};

/** Orders of the words of a full name, for filling given name, family name and patronymic from one column. */
export const NAME_ORDERS = [
  'given-family',
  'family-given',
  'family-given-patronymic',
  'given-patronymic-family',
] as const;

/** A date layout such as DD.MM.YYYY, MM/DD/YYYY or YYYY-MM-DD (D, M without leading zeros are read too). */
const DateFormatSchema = z
  .string()
  .regex(
    /^(?=.*YYYY)[YMD./\- ]+$/,
    'expected a date layout made of YYYY, MM, DD and the separators . / - or space, e.g. DD.MM.YYYY',
  );

/** One column's reading. */
export const ColumnSchema = z.strictObject({
  field: z.string().min(1),
  lang: LanguageSchema.optional().describe('language of a name column (names) or of the text'),
  script: z.enum(SCRIPTS).optional().describe('script of a name column; detected from the text when left out'),
  kind: z
    .enum(NAME_KINDS)
    .optional()
    .describe('kind of the names in this column; the first name column gives the primary name'),
  split: z.enum(NAME_ORDERS).optional().describe('fill given name, family name and patronymic from a full-name cell'),
  dateFormat: DateFormatSchema.optional(),
  separator: z.string().min(1).max(3).optional().describe('between the items of a list cell (default: , ; or |)'),
  unit: z.enum(['years', 'months']).optional().describe('what a bare number in a sentence cell counts (default years)'),
  values: z
    .record(z.string(), z.string())
    .optional()
    .describe('cell text → stored value, e.g. "в заключении" → "serving_sentence"'),
  role: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .describe('Uwazi: the role of the memberships a "memberOf" relationship makes (default "member")'),
});
export type ColumnSpec = z.output<typeof ColumnSchema>;

/** The whole map. */
export const ImportMapSchema = z.strictObject({
  type: z.enum(IMPORT_TYPES),
  sheet: z.string().min(1).optional().describe('XLSX: the sheet to read (default: the first)'),
  dateFormat: DateFormatSchema.optional().describe('default layout of every date column'),
  columns: z
    .record(z.string().min(1), z.union([z.string().min(1), ColumnSchema]))
    .refine((c) => Object.keys(c).length > 0, 'map at least one column'),
  constants: z
    .record(z.string(), z.union([z.string(), z.array(z.string())]))
    .default({})
    .describe('field → value set on every row, e.g. { "country": "BY" }'),
});
export type ImportMap = {
  type: ImportType;
  sheet?: string;
  dateFormat?: string;
  columns: Record<string, ColumnSpec>;
  constants: Record<string, string | string[]>;
};

/** Reads and checks a map (already parsed from JSON): every field must be one the record type has. */
export function parseImportMap(json: unknown): ImportMap {
  let raw: z.output<typeof ImportMapSchema>;
  try {
    raw = parseOrThrow(ImportMapSchema, json);
  } catch (err) {
    if (err instanceof AppError) throw new AppError('validation_failed', `map: ${err.message}`, err.details);
    throw err;
  }
  const fields = IMPORT_FIELDS[raw.type];
  const known = `the fields of a ${raw.type} row are: ${Object.keys(fields).join(', ')}`;
  const columns: Record<string, ColumnSpec> = {};
  for (const [column, spec] of Object.entries(raw.columns)) {
    const c = typeof spec === 'string' ? { field: spec } : spec;
    if (!(c.field in fields))
      throw new AppError('validation_failed', `map: column "${column}": unknown field "${c.field}"; ${known}`, {
        field: c.field,
      });
    if (c.split && fields[c.field] !== 'name')
      throw new AppError('validation_failed', `map: column "${column}": "split" applies only to a name field`);
    if (c.role)
      throw new AppError(
        'validation_failed',
        `map: column "${column}": "role" applies only to an Uwazi "memberOf" relationship`,
      );
    columns[column] = c;
  }
  for (const field of Object.keys(raw.constants)) {
    if (!(field in fields))
      throw new AppError('validation_failed', `map: constants: unknown field "${field}"; ${known}`, { field });
  }
  return {
    type: raw.type,
    ...(raw.sheet ? { sheet: raw.sheet } : {}),
    ...(raw.dateFormat ? { dateFormat: raw.dateFormat } : {}),
    columns,
    constants: raw.constants,
  };
}

/** Checks that every mapped column is in the file's header; returns the header's columns the map leaves out. */
export function checkColumns(map: ImportMap, header: readonly string[], where: string): string[] {
  const present = new Set(header.map((h) => h.trim()));
  for (const column of Object.keys(map.columns)) {
    if (!present.has(column)) {
      throw new AppError(
        'validation_failed',
        `map: column "${column}" is not in ${where} (its columns are: ${header.filter(Boolean).join(', ')})`,
        { column },
      );
    }
  }
  return header.filter((h) => h.trim() && !(h.trim() in map.columns));
}
