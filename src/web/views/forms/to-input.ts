// From the form's state to the record's schema input: blank text becomes absent, boxes become booleans, numbers are parsed.
// Nothing is validated here; the command validates the result with the type's zod schema and names the bad fields.
import type { FieldSpec, FormObject, FormValue } from './spec.ts';
import { isBlankObject } from './state.ts';

/** A number when the text is one; otherwise the text itself, so the schema reports it as not a number. */
function numberOf(text: string): number | string {
  const n = Number(text.trim().replace(',', '.'));
  return Number.isFinite(n) ? n : text;
}

/** Years and months as whole months; a part that is not a whole number is passed on as text for the schema to refuse. */
function durationOf(v: FormValue | undefined): unknown {
  const o = (v && typeof v === 'object' && !Array.isArray(v) ? v : {}) as FormObject;
  const parts = [o.years, o.months].map((x) => (typeof x === 'string' ? x.trim() : ''));
  if (parts.every((x) => x === '')) return undefined;
  const [years, months] = parts.map((x) => (x === '' ? 0 : /^\d{1,4}$/.test(x) ? Number(x) : x));
  return typeof years === 'number' && typeof months === 'number' ? years * 12 + months : parts.join(' / ');
}

/** One field's input value; undefined when left blank (the schema's default or null applies). */
function valueOf(f: FieldSpec, v: FormValue | undefined): unknown {
  switch (f.kind) {
    case 'checkbox':
      return v === true;
    case 'checkboxes':
      return Array.isArray(v) ? [...(v as string[])] : [];
    case 'duration':
      return durationOf(v);
    case 'object': {
      const obj = (v ?? {}) as FormObject;
      if (f.optional && isBlankObject(f.fields, obj)) return undefined;
      return toInput(f.fields, obj);
    }
    case 'group': {
      const rows = (Array.isArray(v) ? v : []) as FormObject[];
      // A map: one entry per row; a row whose value was emptied is dropped (a blank name is left for the schema to refuse).
      if (f.map) {
        const [name, value] = [f.fields[0]!, f.fields[1]!];
        return Object.fromEntries(
          rows.flatMap((row) => {
            const x = valueOf(value, row[value.name]);
            return x === undefined ? [] : [[String(row[name.name] ?? '').trim(), x]];
          }),
        );
      }
      return rows.map((row) =>
        f.scalar ? (valueOf(f.fields[0]!, row[f.fields[0]!.name]) ?? '') : toInput(f.fields, row),
      );
    }
    default: {
      if (typeof v !== 'string' || v.trim() === '') return undefined;
      if (f.kind === 'number') return numberOf(v);
      // Browsers send line breaks in text areas as CR LF; the register keeps plain LF.
      if (f.kind === 'textarea') return v.replace(/\r\n?/g, '\n');
      return v.trim();
    }
  }
}

/** The schema input of a form state (rows already tidied), field for field and row for row. */
export function toInput(fields: readonly FieldSpec[], state: FormObject): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) out[f.name] = valueOf(f, state[f.name]);
  return out;
}
