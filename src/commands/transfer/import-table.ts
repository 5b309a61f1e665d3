// Spreadsheet rows (CSV or XLSX) to record drafts through a column map; see import-map.ts for the map's shape.
import { cellText, CellError, readDate, readList, readSentence, splitName, type Cell } from './import-cells.ts';
import { checkColumns, IMPORT_FIELDS, type ColumnSpec, type ImportMap } from './import-map.ts';
import type { Draft } from './import-rows.ts';
import type { Table } from './read-table.ts';

/** Where a map field goes in the record's input (dots for nested objects); names, sentences and sources are handled apart. */
const PATHS: Record<string, string> = {
  name: 'names',
  link: 'links',
  locality: 'place.locality',
  sentenceKind: 'sentence.kind',
  sentenceStart: 'sentence.startDate',
  sentence: 'sentence',
};

/** The input path of a field, and whether it belongs to a case row's subject person. */
function pathOf(field: string): { person: boolean; path: string } {
  const person = field.startsWith('person.');
  const bare = person ? field.slice('person.'.length) : field;
  return { person, path: PATHS[bare] ?? bare };
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = target;
  for (const p of parts.slice(0, -1)) node = (node[p] ??= {}) as Record<string, unknown>;
  node[parts[parts.length - 1]!] = value;
}

const mapped = (text: string, spec: ColumnSpec | undefined): string => {
  if (!spec?.values) return text;
  const hit = Object.entries(spec.values).find(([k]) => k.trim().toLowerCase() === text.toLowerCase());
  return hit ? hit[1] : text;
};

/**
 * Builds the drafts of a table: one per row, with the problems its cells have. Returns the columns the map leaves out too.
 * A case row describes its subject person unless `subjectByReference` (Uwazi relates a case to a person of its own).
 */
export function draftsFromTable(
  map: ImportMap,
  table: Table,
  opts: { subjectByReference?: boolean } = {},
): { drafts: Draft[]; unmapped: string[] } {
  const unmapped = checkColumns(map, table.header, table.where);
  const fields = IMPORT_FIELDS[map.type];
  const columnsByPath: Record<string, string> = {};
  for (const [column, spec] of Object.entries(map.columns)) {
    const { person, path } = pathOf(spec.field);
    columnsByPath[`${person ? 'person.' : ''}${path.split('.')[0]}`] ??= column;
  }
  const drafts = table.rows.map((row): Draft => {
    const input: Record<string, unknown> = {};
    const person: Record<string, unknown> = {};
    const problems: string[] = [];
    const sources: { title: string; url?: string }[] = [];
    const put = (field: string, value: unknown) => {
      const { person: isPerson, path } = pathOf(field);
      setPath(isPerson ? person : input, path, value);
    };
    const names = { person: [] as Record<string, unknown>[], own: [] as Record<string, unknown>[] };
    const apply = (
      field: string,
      raw: Cell | string | string[],
      spec: ColumnSpec | undefined,
      column: string | undefined,
    ) => {
      const kind = fields[field];
      const where = column ? `column "${column}"` : `constant ${field}`;
      try {
        if (Array.isArray(raw))
          return put(
            field,
            raw.map((v) => mapped(v, spec)),
          );
        const text = mapped(cellText(raw), spec);
        if (text === '') return;
        switch (kind) {
          case 'name': {
            const list = field.startsWith('person.') || map.type === 'person' ? names.person : names.own;
            const parts = spec?.split ? splitName(text, spec.split) : {};
            for (const [k, v] of Object.entries(parts)) {
              const target = map.type === 'case' ? `person.${k}` : k;
              const { person: isPerson, path } = pathOf(target);
              if ((isPerson ? person : input)[path] === undefined) put(target, v);
            }
            list.push({
              full: text,
              ...(spec?.lang ? { lang: spec.lang } : {}),
              ...(spec?.script ? { script: spec.script } : {}),
              kind: spec?.kind ?? (list.length === 0 ? 'primary' : 'transliteration'),
            });
            return;
          }
          case 'date':
            return put(field, readDate(raw, spec?.dateFormat ?? map.dateFormat));
          case 'list':
            return put(
              field,
              field === 'charges'
                ? readList(raw, spec?.separator).map((t) => ({ text: t }))
                : readList(raw, spec?.separator).map((v) => mapped(v, spec)),
            );
          case 'sentence': {
            const s = readSentence(raw, spec?.unit);
            put('sentence', {
              ...((input.sentence as object | undefined) ?? {}),
              months: s.months,
              ...(s.suspended && !(input.sentence as { kind?: string } | undefined)?.kind ? { kind: 'suspended' } : {}),
            });
            return;
          }
          case 'url': {
            // Uwazi writes links as "label|url".
            const [label, url] = text.includes('|') ? text.split('|', 2) : [undefined, text];
            const target = field.startsWith('person.') ? person : input;
            target.links = [
              ...((target.links as unknown[]) ?? []),
              { url: url!.trim(), ...(label ? { note: label.trim() } : {}) },
            ];
            return;
          }
          case 'source':
            for (const s of readList(text, '|'))
              sources.push(/^https?:\/\//i.test(s) ? { title: s, url: s } : { title: s });
            return;
          default:
            if (field === 'country' && map.type === 'event') {
              put('place.country', text);
              put('countries', [text]);
              return;
            }
            return put(field, text);
        }
      } catch (err) {
        if (err instanceof CellError) problems.push(`${where}: ${err.message}`);
        else throw err;
      }
    };
    for (const [field, value] of Object.entries(map.constants)) apply(field, value, undefined, undefined);
    for (const [column, spec] of Object.entries(map.columns)) apply(spec.field, row.cells[column], spec, column);
    if (names.person.length > 0) (map.type === 'case' ? person : input).names = names.person;
    if (names.own.length > 0) input.names = names.own;
    if (map.type === 'case') {
      // A sentence given by its length alone is a prison term unless the row says otherwise.
      const sentence = input.sentence as { kind?: string } | undefined;
      if (sentence && !sentence.kind) sentence.kind = 'prison';
      if (!person.names && !opts.subjectByReference)
        problems.push('the row names no person: a case row needs a "person.name" column');
      if (!input.country && typeof person.nationality === 'string') input.country = person.nationality;
    }
    if (map.type === 'person' && !input.names) problems.push('the row has no name');
    return {
      at: row.at,
      type: map.type,
      input,
      problems,
      columns: columnsByPath,
      ...(map.type === 'case' && !opts.subjectByReference ? { subject: person } : {}),
      ...(sources.length > 0 ? { sources } : {}),
    };
  });
  return { drafts, unmapped };
}
