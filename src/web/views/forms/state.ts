// The form's state: built blank, from a stored record, or from a posted body; rows are added, removed and tidied here.
import type { FieldSpec, FormObject, FormValue } from './spec.ts';

/** The name of the per-row "remove" checkbox. */
export const REMOVE_FIELD = '_remove';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The state of a field nobody has touched (a select's default, an unticked box, one empty row per group). */
function blankValue(f: FieldSpec): FormValue {
  switch (f.kind) {
    case 'select':
      return f.default ?? '';
    case 'checkbox':
      return false;
    case 'checkboxes':
      return [];
    case 'object':
      return blankObject(f.fields);
    case 'duration':
      return { years: '', months: '' };
    case 'group':
      return [blankObject(f.fields)];
    default:
      return '';
  }
}

/** A blank object of fields; groups get one empty row. */
export function blankObject(fields: readonly FieldSpec[]): FormObject {
  return Object.fromEntries(fields.map((f) => [f.name, blankValue(f)]));
}

const text = (v: unknown): string => (v === null || v === undefined ? '' : typeof v === 'object' ? '' : String(v));

/** The state of a stored record (or any input-shaped object): every value as the form shows it. */
export function fromRecord(fields: readonly FieldSpec[], record: unknown): FormObject {
  const r = isObject(record) ? record : {};
  const out: FormObject = {};
  for (const f of fields) {
    const v = r[f.name];
    if (f.kind === 'checkbox') out[f.name] = v === true;
    else if (f.kind === 'checkboxes') out[f.name] = Array.isArray(v) ? v.map(text) : [];
    else if (f.kind === 'object') out[f.name] = fromRecord(f.fields, v);
    else if (f.kind === 'duration') out[f.name] = durationState(v);
    else if (f.kind === 'group' && f.map) {
      const [name, value] = [f.fields[0]!.name, f.fields[1]!.name];
      out[f.name] = isObject(v) ? Object.entries(v).map(([k, x]) => ({ [name]: k, [value]: text(x) })) : [];
    } else if (f.kind === 'group') {
      const rows = Array.isArray(v) ? v : [];
      out[f.name] = rows.map((row) => (f.scalar ? { [f.fields[0]!.name]: text(row) } : fromRecord(f.fields, row)));
    } else out[f.name] = text(v);
  }
  return out;
}

/** A stored length in months as the years and months the form shows (90 → 7 and 6). */
function durationState(v: unknown): FormObject {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) return { years: '', months: '' };
  return { years: String(Math.floor(v / 12)), months: String(v % 12) };
}

/** The rows of a posted group: qs gives an array, or an object with numeric keys past its array limit. */
function postedRows(v: unknown): unknown[] {
  if (Array.isArray(v)) return v;
  if (!isObject(v)) return [];
  return Object.entries(v)
    .filter(([k]) => /^\d{1,6}$/.test(k))
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([, row]) => row);
}

const CHECKED = new Set(['true', 'on', '1']);

/** The state of a posted form body; only the spec's fields are read, and rows ticked "remove" are left out. */
export function fromPosted(fields: readonly FieldSpec[], body: unknown): FormObject {
  const r = isObject(body) ? body : {};
  const out: FormObject = {};
  for (const f of fields) {
    const v = r[f.name];
    if (f.kind === 'checkbox') out[f.name] = typeof v === 'string' && CHECKED.has(v);
    else if (f.kind === 'checkboxes')
      out[f.name] = (Array.isArray(v) ? v : isObject(v) ? Object.values(v) : [v]).filter(
        (x): x is string => typeof x === 'string',
      );
    else if (f.kind === 'object') out[f.name] = fromPosted(f.fields, v);
    else if (f.kind === 'duration')
      out[f.name] = {
        years: isObject(v) ? text(v.years) : '',
        months: isObject(v) ? text(v.months) : typeof v === 'string' ? v : '',
      };
    else if (f.kind === 'group') {
      out[f.name] = postedRows(v)
        .filter((row) => !(isObject(row) && typeof row[REMOVE_FIELD] === 'string' && CHECKED.has(row[REMOVE_FIELD])))
        .map((row) => fromPosted(f.fields, row));
    } else out[f.name] = typeof v === 'string' ? v : '';
  }
  return out;
}

/** True when a value is what an untouched field holds (blank text, unticked, a select left at its default). */
function isBlank(f: FieldSpec, v: FormValue | undefined): boolean {
  if (v === undefined) return true;
  switch (f.kind) {
    case 'checkbox':
      return v === false;
    case 'checkboxes':
      return Array.isArray(v) && v.length === 0;
    case 'select':
      return typeof v === 'string' && (v === '' || v === (f.default ?? ''));
    case 'object':
      return f.fields.every((g) => isBlank(g, (v as FormObject)[g.name]));
    case 'duration':
      return Object.values(v as FormObject).every((x) => typeof x !== 'string' || x.trim() === '');
    case 'group':
      return Array.isArray(v) && (v as FormObject[]).every((row) => isEmptyRow(f.fields, row));
    default:
      return typeof v === 'string' && v.trim() === '';
  }
}

/** True when nothing in a row was filled in, so saving drops it. */
export function isEmptyRow(fields: readonly FieldSpec[], row: FormObject): boolean {
  return fields.every((f) => isBlank(f, row[f.name]));
}

/** True when every field of a nested object is blank (an optional object such as the sentence is then left out). */
export function isBlankObject(fields: readonly FieldSpec[], obj: FormObject): boolean {
  return fields.every((f) => isBlank(f, obj[f.name]));
}

/**
 * The state with `fn` applied to the rows of every group, nested ones included (a group in an object or in a group's
 * row, such as the translations of a charge), innermost first.
 */
function mapGroups(
  fields: readonly FieldSpec[],
  state: FormObject,
  fn: (f: Extract<FieldSpec, { kind: 'group' }>, rows: FormObject[]) => FormObject[],
): FormObject {
  const out: FormObject = { ...state };
  for (const f of fields) {
    if (f.kind === 'object') out[f.name] = mapGroups(f.fields, (state[f.name] ?? {}) as FormObject, fn);
    else if (f.kind === 'group')
      out[f.name] = fn(
        f,
        ((state[f.name] ?? []) as FormObject[]).map((row) => mapGroups(f.fields, row, fn)),
      );
  }
  return out;
}

/** The state without the empty rows of its groups: what is converted and saved, row for row. */
export function withoutEmptyRows(fields: readonly FieldSpec[], state: FormObject): FormObject {
  return mapGroups(fields, state, (f, rows) => rows.filter((row) => !isEmptyRow(f.fields, row)));
}

/** The state with one empty row after the filled rows of each group, ready to show again. */
export function withEmptyRow(fields: readonly FieldSpec[], state: FormObject): FormObject {
  return mapGroups(fields, state, (f, rows) => [...rows, blankObject(f.fields)]);
}

/**
 * The state with one more empty row in the group at `path` ("Add another …"): a top-level group ("charges"), or one
 * inside an object or a row ("translations.title", "charges.0.translations.text"). Other groups stay as submitted.
 */
export function withAddedRow(fields: readonly FieldSpec[], state: FormObject, path: string): FormObject {
  const [head = '', ...rest] = path.split('.');
  const f = fields.find((x) => x.name === head);
  if (f?.kind === 'group' && rest.length === 0)
    return { ...state, [head]: [...((state[head] ?? []) as FormObject[]), blankObject(f.fields)] };
  if (f?.kind === 'object' && rest.length > 0)
    return { ...state, [head]: withAddedRow(f.fields, (state[head] ?? {}) as FormObject, rest.join('.')) };
  if (f?.kind === 'group' && /^\d{1,6}$/.test(rest[0] ?? '') && rest.length > 1) {
    const rows = [...((state[head] ?? []) as FormObject[])];
    const n = Number(rest[0]);
    if (rows[n] === undefined) return state;
    rows[n] = withAddedRow(f.fields, rows[n], rest.slice(1).join('.'));
    return { ...state, [head]: rows };
  }
  return state;
}

/** What the submit button asked for: save, or add a row to a group. */
export function postedAction(body: unknown): { add: string } | 'save' {
  const v = isObject(body) ? body._action : undefined;
  return typeof v === 'string' && v.startsWith('add:') ? { add: v.slice(4) } : 'save';
}
