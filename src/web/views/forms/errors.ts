// Validation failures as the form shows them: each message next to its field, and a summary at the top linking to them.
import { AppError } from '../../../errors.ts';
import type { I18n } from '../../../i18n/i18n.ts';
import type { MessageKey } from '../../../i18n/messages/index.ts';
import { fieldId, type FieldSpec, type FormObject } from './spec.ts';

/** One problem to show: the element it belongs to (if any), what to call it, and the message. */
export interface FormProblem {
  id: string | undefined;
  label: string;
  message: string;
}

/** The problems of a form: by element id (next to the field) and in order (the summary). */
export interface FormErrors {
  byId: ReadonlyMap<string, string>;
  list: readonly FormProblem[];
}

/** No problems. */
export const NO_ERRORS: FormErrors = { byId: new Map(), list: [] };

/** The issues a command reported ({ field, message }), from details.issues or the single named field. */
export function issuesOf(err: AppError): { field: string; message: string }[] {
  const issues = err.details?.issues;
  if (Array.isArray(issues)) {
    return issues.filter(
      (x): x is { field: string; message: string } => typeof x?.field === 'string' && typeof x?.message === 'string',
    );
  }
  const field = typeof err.details?.field === 'string' ? err.details.field : '(body)';
  const prefix = `${field}: `;
  return [{ field, message: err.message.startsWith(prefix) ? err.message.slice(prefix.length) : err.message }];
}

/** True for errors the form shows to the editor (bad input, a slug already taken) rather than as an error page. */
export function isFormError(err: unknown): err is AppError {
  return (
    err instanceof AppError &&
    (err.code === 'validation_failed' || (err.code === 'conflict' && typeof err.details?.field === 'string'))
  );
}

// The domain's messages (English, stable) with their translations; anything else is shown as the domain wrote it.
const KNOWN: [RegExp, MessageKey][] = [
  [/^must not be empty$|^Invalid input: expected (string|object|array), received undefined$/, 'edit.error.required'],
  [/^expected a date as YYYY/, 'edit.error.date'],
  [/^expected an ISO 3166-1 alpha-2/, 'edit.error.country'],
  [/^expected an http\(s\) URL$/, 'edit.error.url'],
  [/^expected a record id/, 'edit.error.id'],
  [/^expected a language code/, 'edit.error.lang'],
  [/^expected lower-case letters, digits and single hyphens$/, 'edit.error.slug'],
  [/is already used by another/, 'edit.error.slugTaken'],
  [/^Invalid option|^Invalid input: expected "/, 'edit.error.choice'],
  [/^Invalid input: expected (number|int)/, 'edit.error.number'],
  [/^no (person|organisation|event|source|case|membership) with id/, 'edit.error.noRecord'],
  [/^Invalid ISO datetime/, 'edit.error.datetime'],
  [/needs at least one name$/, 'edit.error.oneName'],
  [/^must not be before (foundedDate|startDate)$/, 'edit.error.notBeforeStart'],
  [/^is required when endDate is given$/, 'edit.error.startRequired'],
  [/^lat and lon go together$/, 'edit.error.latLon'],
  [/^an event cannot relate to itself$/, 'edit.error.selfRelation'],
  [/^timeline entries must be in date order$/, 'edit.error.timelineOrder'],
  [/^name at least one PACE 1900 criterion$/, 'edit.error.criterion'],
  [/must not repeat$/, 'edit.error.repeat'],
  [/^a charge needs/, 'edit.error.charge'],
  [/^a designation needs issuerId or issuerName$/, 'edit.error.issuer'],
  [/^must not contain control characters$/, 'edit.error.control'],
  [/^expected a field path/, 'edit.error.fieldPath'],
  [/^Too big: expected string/, 'edit.error.tooLong'],
  [/^Too (big|small): expected number/, 'edit.error.range'],
  [/^Too big: expected array/, 'edit.error.tooMany'],
];

/** The editor's language version of a domain message, when there is one. */
export function translateMessage(i: I18n, message: string): string {
  const hit = KNOWN.find(([re]) => re.test(message));
  return hit ? i.t(hit[1]) : message;
}

/** Every field element of the form by input path ("names.0.full"), with the words that name it ("Name 1 › Full name"). */
function indexFields(
  i: I18n,
  fields: readonly FieldSpec[],
  state: FormObject,
  path: (string | number)[],
  names: string[],
  out: Map<string, FormProblem>,
): void {
  for (const f of fields) {
    const p = [...path, f.name];
    const label = [...names, i.t(f.label)];
    out.set(p.join('.'), { id: fieldId(p), label: label.join(' › '), message: '' });
    if (f.kind === 'object') indexFields(i, f.fields, (state[f.name] ?? {}) as FormObject, p, label, out);
    if (f.kind === 'group') {
      ((state[f.name] ?? []) as FormObject[]).forEach((row, n) => {
        const rowLabel = [...names, i.t(f.item, { n: n + 1 })];
        const rowPath = [...p, n];
        if (f.scalar) {
          out.set(rowPath.join('.'), {
            id: fieldId([...rowPath, f.fields[0]!.name]),
            label: rowLabel.join(' › '),
            message: '',
          });
          return;
        }
        out.set(rowPath.join('.'), { id: fieldId(rowPath), label: rowLabel.join(' › '), message: '' });
        indexFields(i, f.fields, row, rowPath, rowLabel, out);
      });
    }
  }
}

/** Places the reported issues on the form's fields; an issue on "roles.2" lands on "roles", one with no field only in the summary. */
export function formErrors(
  i: I18n,
  fields: readonly FieldSpec[],
  state: FormObject,
  issues: { field: string; message: string }[],
): FormErrors {
  const index = new Map<string, FormProblem>();
  indexFields(i, fields, state, [], [], index);
  const byId = new Map<string, string>();
  const list: FormProblem[] = [];
  for (const issue of issues) {
    const message = translateMessage(i, issue.message);
    const parts = issue.field.split('.');
    let target: FormProblem | undefined;
    while (parts.length > 0 && !target) {
      target = index.get(parts.join('.'));
      parts.pop();
    }
    if (target?.id && !byId.has(target.id)) byId.set(target.id, message);
    list.push({ id: target?.id, label: target?.label ?? '', message });
  }
  return { byId, list };
}
