// The vocabulary of the form engine: declarative field lists per record type, and the form's state as strings and booleans.
import type { RecordType } from '../../../domain/vocabulary.ts';
import type { VocabularyName } from '../../../i18n/i18n.ts';
import type { MessageKey } from '../../../i18n/messages/index.ts';

/** Record types a reference field can point at. */
export type RefType = Exclude<RecordType, 'citation' | 'membership'>;

interface Base {
  /** The input field's name in the record's schema. */
  name: string;
  label: MessageKey;
  hint?: MessageKey;
  required?: boolean;
}

/** How the options of a select are labelled: a vocabulary, or message keys by prefix (prefix + value). */
export type OptionLabels = { vocab: VocabularyName } | { prefix: string } | { language: true };

/**
 * One field of a form. Groups repeat their fields once per row; objects nest them once. A group with `map` edits an
 * object of named values (restricted fields): each row is one entry, its first field the name and its second the value.
 */
export type FieldSpec =
  | (Base & { kind: 'text' | 'textarea' | 'date' | 'url' })
  | (Base & { kind: 'number' })
  /** A length kept in whole months, entered as years and months; its state is { years, months }. */
  | (Base & { kind: 'duration' })
  | (Base & { kind: 'select'; options: readonly string[]; labels: OptionLabels; default?: string; blank?: MessageKey })
  | (Base & { kind: 'checkbox' })
  | (Base & { kind: 'checkboxes'; options: readonly string[]; labels: OptionLabels })
  | (Base & { kind: 'country' })
  | (Base & { kind: 'ref'; to: readonly RefType[] })
  | (Base & { kind: 'object'; fields: readonly FieldSpec[]; optional?: boolean })
  | (Base & {
      kind: 'group';
      fields: readonly FieldSpec[];
      item: MessageKey;
      add: MessageKey;
      scalar?: boolean;
      map?: boolean;
    });

/** The form of one record type. */
export interface FormSpec {
  type: RecordType;
  fields: readonly FieldSpec[];
}

/** A value in the form's state: text, a checkbox, several checkboxes, a nested object, or the rows of a group. */
export type FormValue = string | boolean | string[] | FormObject | FormObject[];

/** The state of an object of fields (the whole form, a group row or a nested object). */
export interface FormObject {
  [name: string]: FormValue;
}

/** A record that can be chosen in a reference field. */
export interface Candidate {
  id: string;
  label: string;
}

/** Candidates per referable type; 'many' when there are too many for a select, so the id is typed instead. */
export type Candidates = Partial<Record<RefType, Candidate[] | 'many'>>;

/** The input path of a field ("names.0.full") as the id of its HTML element ("f-names-0-full"). */
export function fieldId(path: readonly (string | number)[]): string {
  return `f-${path.join('-')}`;
}

/** The HTML name of a field: names[0][full], as qs parses it back into nested objects and arrays. */
export function fieldName(path: readonly (string | number)[]): string {
  const [first, ...rest] = path;
  return `${String(first)}${rest.map((p) => `[${p}]`).join('')}`;
}

/** Every referable type the form's reference fields point at. */
export function refTypesOf(fields: readonly FieldSpec[]): Set<RefType> {
  const out = new Set<RefType>();
  for (const f of fields) {
    if (f.kind === 'ref') f.to.forEach((t) => out.add(t));
    if (f.kind === 'object' || f.kind === 'group') refTypesOf(f.fields).forEach((t) => out.add(t));
  }
  return out;
}
