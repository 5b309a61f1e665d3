// Uwazi's CSV export (HURIDOCS, https://github.com/huridocs/uwazi: app/api/csv/csvExporter.ts and typeFormatters.ts;
// import conventions in https://github.com/huridocs/uwazi/wiki/Import-CSV). One file holds entities of several
// templates: the columns "Title", "Date added", "Template", every template's properties by label, then "Geolocation",
// "Documents", "Attachments", "Published". Several values in a cell are separated by "|"; relationship cells hold the
// titles of the related entities; a translated column carries the language after two underscores ("Title__ru").
// The map says which Vigil record each template becomes and which field each property fills.
import { z } from 'zod';
import { parseOrThrow } from '../../domain/validation.ts';
import { AppError } from '../../errors.ts';
import { cellText } from './import-cells.ts';
import { ColumnSchema, IMPORT_TYPES, parseImportMap, type ImportMap } from './import-map.ts';
import type { Draft, DraftRef } from './import-rows.ts';
import { draftsFromTable } from './import-table.ts';
import type { Table, TableRow } from './read-table.ts';

/** Relationship properties: a case's subject (a person or organisation) and its events, by the related entities' titles. */
const RELATIONS = { subject: 'subject', events: 'eventIds' } as const satisfies Record<string, DraftRef['field']>;
/** A person's relationship to organisations: each related title becomes a membership. */
const MEMBER_OF = 'memberOf';

const TemplateSchema = z.strictObject({
  type: z.enum([...IMPORT_TYPES, 'skip']),
  columns: z.record(z.string().min(1), z.union([z.string().min(1), ColumnSchema])).default({}),
  constants: z.record(z.string(), z.union([z.string(), z.array(z.string())])).default({}),
});

/** The map of an Uwazi import: the language whose columns come first, a date layout, and one entry per template. */
export const UwaziMapSchema = z.strictObject({
  language: z
    .string()
    .regex(/^[a-z]{2,3}$/)
    .optional()
    .describe('the language of the main title and texts (Title__en …); default: the first found'),
  dateFormat: z.string().optional(),
  templates: z
    .record(z.string().min(1), TemplateSchema)
    .refine((t) => Object.keys(t).length > 0, 'map at least one template'),
});
export type UwaziMap = z.output<typeof UwaziMapSchema>;

/** Reads and checks an Uwazi map. */
export function parseUwaziMap(json: unknown): UwaziMap {
  try {
    return parseOrThrow(UwaziMapSchema, json);
  } catch (err) {
    if (err instanceof AppError) throw new AppError('validation_failed', `map: ${err.message}`, err.details);
    throw err;
  }
}

/** A column's language variants in the header: "Title" itself, or "Title__en", "Title__ru" … */
function variants(header: readonly string[], name: string): { column: string; lang?: string }[] {
  const lower = name.toLowerCase();
  const out: { column: string; lang?: string }[] = [];
  for (const h of header) {
    const m = /^(.*)__([a-z]{2,3})$/.exec(h);
    if (h.toLowerCase() === lower) out.push({ column: h });
    else if (m && m[1]!.toLowerCase() === lower) out.push({ column: h, lang: m[2] });
  }
  return out;
}

const pick = <T extends { lang?: string }>(list: T[], lang: string | undefined): T | undefined =>
  list.find((v) => v.lang === lang) ?? list.find((v) => !v.lang) ?? list[0];

/** Documents ("/files/x.pdf") and attachments ("https://…/api/files/x.pdf") as the sources a row cites. */
function fileSources(row: TableRow, header: readonly string[]): { title: string; url?: string }[] {
  const out: { title: string; url?: string }[] = [];
  for (const name of ['Documents', 'Attachments']) {
    for (const { column } of variants(header, name)) {
      for (const item of cellText(row.cells[column])
        .split('|')
        .map((s) => s.trim())
        .filter(Boolean)) {
        const title = decodeURIComponent(item.split('/').pop() || item);
        out.push(/^https?:\/\//i.test(item) ? { title, url: item } : { title: `${title} (Uwazi document ${item})` });
      }
    }
  }
  return out;
}

/** The drafts of an Uwazi CSV export: every row of a mapped template, its relationships resolved by title at import. */
export function draftsFromUwazi(map: UwaziMap, table: Table): { drafts: Draft[]; unmapped: string[] } {
  const header = table.header;
  const templateColumn = pick(variants(header, 'Template'), map.language);
  const titles = variants(header, 'Title');
  if (!templateColumn || titles.length === 0) {
    throw new AppError(
      'validation_failed',
      `Uwazi CSV: expected the columns "Title" and "Template" (the file has: ${header.join(', ')})`,
    );
  }
  const language = map.language ?? titles.find((t) => t.lang)?.lang;
  const mainTitle = pick(titles, language)!;
  const drafts: Draft[] = [];
  const used = new Set<string>([
    templateColumn.column,
    ...titles.map((t) => t.column),
    'Documents',
    'Attachments',
    'Date added',
    'Published',
    'Geolocation',
  ]);
  const known = Object.keys(map.templates);
  for (const row of table.rows) {
    const template = cellText(row.cells[templateColumn.column]);
    if (!map.templates[template]) {
      drafts.push({
        at: row.at,
        type: 'person',
        input: {},
        problems: [
          `template "${template}" is not in the map (it maps: ${known.join(', ')}; map it to {"type": "skip"} to leave it out)`,
        ],
      });
    }
  }
  for (const [name, spec] of Object.entries(map.templates)) {
    if (spec.type === 'skip') continue;
    const rows = table.rows.filter((r) => cellText(r.cells[templateColumn.column]) === name);
    const columns: ImportMap['columns'] = {};
    const relations: { field: DraftRef['field']; column: string }[] = [];
    const memberOf: { column: string; role: string }[] = [];
    // The title is the record's name (in every language given) or its title.
    for (const t of titles) {
      if (spec.type === 'person' || spec.type === 'organisation') {
        columns[t.column] = {
          field: 'name',
          ...(t.lang ? { lang: t.lang } : {}),
          ...(t === mainTitle ? {} : { kind: 'transliteration' as const }),
        };
      } else if (t === mainTitle) columns[t.column] = { field: 'title' };
    }
    for (const [property, raw] of Object.entries(spec.columns)) {
      const c = typeof raw === 'string' ? { field: raw } : raw;
      const found = variants(header, property);
      if (found.length === 0)
        throw new AppError(
          'validation_failed',
          `map: template "${name}": column "${property}" is not in the file (its columns are: ${header.join(', ')})`,
        );
      found.forEach((f) => used.add(f.column));
      if (c.field === MEMBER_OF) {
        if (spec.type !== 'person')
          throw new AppError('validation_failed', `map: template "${name}": "memberOf" applies to a person template`);
        memberOf.push({
          column: pick(found, language)!.column,
          role: (typeof raw === 'string' ? undefined : raw.role) ?? 'member',
        });
        continue;
      }
      if (c.field in RELATIONS) {
        relations.push({ field: RELATIONS[c.field as keyof typeof RELATIONS], column: pick(found, language)!.column });
        continue;
      }
      if (c.field === 'name') for (const f of found) columns[f.column] = { ...c, ...(f.lang ? { lang: f.lang } : {}) };
      else columns[pick(found, language)!.column] = c;
    }
    let checked: ImportMap;
    try {
      checked = parseImportMap({
        type: spec.type,
        columns,
        constants: spec.constants,
        ...(map.dateFormat ? { dateFormat: map.dateFormat } : {}),
      });
    } catch (err) {
      if (err instanceof AppError) throw new AppError(err.code, `template "${name}": ${err.message}`, err.details);
      throw err;
    }
    const { drafts: own } = draftsFromTable(checked, { header, rows, where: 'the file' }, { subjectByReference: true });
    own.forEach((d, i) => {
      const row = rows[i]!;
      d.key = cellText(row.cells[mainTitle.column]);
      d.refs = relations
        .map((r) => ({
          field: r.field,
          keys: cellText(row.cells[r.column])
            .split('|')
            .map((s) => s.trim())
            .filter(Boolean),
        }))
        .filter((r) => r.keys.length > 0);
      if (d.type === 'case' && !d.refs.some((r) => r.field === 'subject'))
        d.problems.push('the case relates to no person or organisation (map a relationship column to "subject")');
      const sources = [...(d.sources ?? []), ...fileSources(row, header)];
      if (sources.length > 0) d.sources = sources;
      drafts.push(d);
      for (const m of memberOf) {
        for (const title of cellText(row.cells[m.column])
          .split('|')
          .map((s) => s.trim())
          .filter(Boolean)) {
          drafts.push({
            at: row.at,
            type: 'membership',
            input: { role: m.role },
            problems: [],
            ...(d.sources ? { sources: d.sources } : {}),
            refs: [
              { field: 'personId', keys: [d.key] },
              { field: 'organisationId', keys: [title] },
            ],
            columns: { organisationId: m.column },
          });
        }
      }
    });
  }
  const order = new Map(table.rows.map((r, i) => [r.at, i]));
  drafts.sort((a, b) => (order.get(a.at) ?? 0) - (order.get(b.at) ?? 0));
  return { drafts, unmapped: header.filter((h) => h && !used.has(h)) };
}
