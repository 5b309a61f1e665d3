// One input of the form engine: a label for it, its hint, its error next to it, and the control itself.
import { countries } from '../../../i18n/countries.ts';
import type { ComponentChildren } from 'preact';
import { vocab, type I18n } from '../../../i18n/i18n.ts';
import type { MessageKey } from '../../../i18n/messages/index.ts';
import type { FormErrors } from './errors.ts';
import { fieldId, fieldName, type Candidates, type FieldSpec, type OptionLabels, type RefType } from './spec.ts';

/** What every field needs to render: the language, the problems found, and the records a reference may point at. */
export interface RenderCtx {
  i: I18n;
  errors: FormErrors;
  candidates: Candidates;
}

/** The ids of an element's hint and error, and the attributes that tie them to it. */
export function described(
  ctx: RenderCtx,
  id: string,
  hasHint: boolean,
): { error: string | undefined; attrs: Record<string, string | undefined> } {
  const error = ctx.errors.byId.get(id);
  const by = [hasHint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return { error, attrs: { 'aria-describedby': by || undefined, 'aria-invalid': error ? 'true' : undefined } };
}

/** The error message shown next to a field. */
export function ErrorText(props: { id: string; error: string | undefined }) {
  return props.error ? (
    <p class="error-text" id={`${props.id}-error`}>
      {props.error}
    </p>
  ) : null;
}

/** The label of a field, marked when it must be filled in. */
function labelText(ctx: RenderCtx, f: FieldSpec): string {
  return f.required ? `${ctx.i.t(f.label)} ${ctx.i.t('edit.form.required')}` : ctx.i.t(f.label);
}

/** The label of an option of a select or a box of a checkbox list. */
export function optionLabel(i: I18n, labels: OptionLabels, value: string): string {
  if ('language' in labels) return `${i.language(value)} (${value})`;
  return 'vocab' in labels ? vocab(i, labels.vocab, value) : i.t(`${labels.prefix}${value}` as MessageKey);
}

/** Every country, by its name in the reader's language. */
function countryOptions(i: I18n): [string, string][] {
  return Object.entries(countries.getNames(i.locale, { select: 'official' })).sort((a, b) =>
    a[1].localeCompare(b[1], i.locale),
  );
}

/** A select's options, with the empty choice first (unless the field always has a value) and the current value selected. */
function Options(props: { blank: string | undefined; options: [string, string][]; value: string }) {
  return (
    <>
      {props.blank !== undefined ? (
        <option value="" selected={props.value === ''}>
          {props.blank}
        </option>
      ) : null}
      {props.options.map(([v, label]) => (
        <option value={v} selected={v === props.value}>
          {label}
        </option>
      ))}
    </>
  );
}

/** True when a reference is typed as an id: some type it may point at has too many records for a select. */
function typedRef(ctx: RenderCtx, to: readonly RefType[]): boolean {
  return to.some((t) => ctx.candidates[t] === undefined || ctx.candidates[t] === 'many');
}

/** A reference field: a select of the candidate records when there are few, otherwise a text input for the id. */
function RefControl(props: {
  ctx: RenderCtx;
  to: readonly RefType[];
  id: string;
  name: string;
  value: string;
  attrs: Record<string, string | undefined>;
}) {
  const { ctx, to, id, name, value, attrs } = props;
  const lists = to.map((t) => [t, ctx.candidates[t]] as const);
  if (typedRef(ctx, to)) {
    return <input type="text" id={id} name={name} value={value} spellcheck={false} autocomplete="off" {...attrs} />;
  }
  const known = lists.some(([, c]) => (c as { id: string }[]).some((x) => x.id === value));
  const none = ctx.i.t('edit.form.none');
  return (
    <select id={id} name={name} {...attrs}>
      <option value="" selected={value === ''}>
        {none}
      </option>
      {value !== '' && !known ? (
        <option value={value} selected>
          {value}
        </option>
      ) : null}
      {lists.map(([t, c]) => {
        const opts = (c as { id: string; label: string }[]).map((x) => (
          <option value={x.id} selected={x.id === value}>
            {x.label}
          </option>
        ));
        return lists.length > 1 ? (
          <optgroup label={ctx.i.t(`edit.recordType.${t}` as MessageKey)}>{opts}</optgroup>
        ) : (
          opts
        );
      })}
    </select>
  );
}

/** A list of checkboxes (roles, PACE criteria) in a fieldset of its own. */
function CheckboxList(props: {
  ctx: RenderCtx;
  f: Extract<FieldSpec, { kind: 'checkboxes' }>;
  path: (string | number)[];
  value: string[];
}) {
  const { ctx, f, path, value } = props;
  const id = fieldId(path);
  const { error, attrs } = described(ctx, id, false);
  return (
    <fieldset class="group" id={id} {...attrs}>
      <legend>{labelText(ctx, f)}</legend>
      <ErrorText id={id} error={error} />
      {f.options.map((o) => (
        <label for={`${id}-${o}`}>
          <input
            type="checkbox"
            id={`${id}-${o}`}
            name={`${fieldName(path)}[]`}
            value={o}
            checked={value.includes(o)}
          />{' '}
          {optionLabel(ctx.i, f.labels, o)}
        </label>
      ))}
    </fieldset>
  );
}

/** A length entered as years and months; the years box carries the field's id, so an error's link lands on it. */
function DurationField(props: { ctx: RenderCtx; f: FieldSpec; path: (string | number)[]; value: unknown }) {
  const { ctx, f, path } = props;
  const id = fieldId(path);
  const name = fieldName(path);
  const { error, attrs } = described(ctx, id, false);
  const v = (props.value && typeof props.value === 'object' ? props.value : {}) as Record<string, unknown>;
  const text = (x: unknown) => (typeof x === 'string' ? x : '');
  return (
    <fieldset class="group duration">
      <legend>{labelText(ctx, f)}</legend>
      <ErrorText id={id} error={error} />
      <label for={id}>{ctx.i.t('edit.f.years')}</label>
      <input
        type="text"
        id={id}
        name={`${name}[years]`}
        value={text(v.years)}
        inputMode="numeric"
        size={4}
        {...attrs}
      />
      <label for={`${id}-m`}>{ctx.i.t('edit.f.monthsPart')}</label>
      <input
        type="text"
        id={`${id}-m`}
        name={`${name}[months]`}
        value={text(v.months)}
        inputMode="numeric"
        size={4}
        aria-invalid={error ? 'true' : undefined}
      />
    </fieldset>
  );
}

/** One scalar field (text, date, number, select, country, reference, checkbox, checkbox list) at a path of the form. */
export function ScalarField(props: { ctx: RenderCtx; f: FieldSpec; path: (string | number)[]; value: unknown }) {
  const { ctx, f, path } = props;
  if (f.kind === 'duration') return <DurationField ctx={ctx} f={f} path={path} value={props.value} />;
  if (f.kind === 'checkboxes')
    return (
      <CheckboxList ctx={ctx} f={f} path={path} value={Array.isArray(props.value) ? (props.value as string[]) : []} />
    );
  const id = fieldId(path);
  const name = fieldName(path);
  // A reference typed as an id (too many records for a select) says what to type.
  const hint = f.hint ?? (f.kind === 'ref' && typedRef(ctx, f.to) ? 'edit.hint.refId' : undefined);
  const { error, attrs } = described(ctx, id, hint !== undefined);
  const value = typeof props.value === 'string' ? props.value : '';
  if (f.kind === 'checkbox') {
    return (
      <div class="field">
        <label for={id}>
          <input type="checkbox" id={id} name={name} value="true" checked={props.value === true} {...attrs} />{' '}
          {ctx.i.t(f.label)}
        </label>
        <ErrorText id={id} error={error} />
      </div>
    );
  }
  let control: ComponentChildren;
  const required = f.required ? 'true' : undefined;
  if (f.kind === 'textarea')
    control = <textarea id={id} name={name} rows={5} aria-required={required} {...attrs} value={value} />;
  else if (f.kind === 'select') {
    const blank =
      f.default !== undefined ? undefined : ctx.i.t(f.blank ?? (f.required ? 'edit.form.choose' : 'edit.form.none'));
    // A stored value the list does not offer (a language added through the API) stays selectable, so saving keeps it.
    const offered = value !== '' && !f.options.includes(value) ? [...f.options, value] : f.options;
    const options = offered.map((o): [string, string] => [o, optionLabel(ctx.i, f.labels, o)]);
    control = (
      <select id={id} name={name} aria-required={required} {...attrs}>
        <Options blank={blank} options={options} value={value} />
      </select>
    );
  } else if (f.kind === 'country') {
    control = (
      <select id={id} name={name} aria-required={required} {...attrs}>
        <Options blank={ctx.i.t('edit.form.none')} options={countryOptions(ctx.i)} value={value.toUpperCase()} />
      </select>
    );
  } else if (f.kind === 'ref') {
    control = (
      <RefControl
        ctx={ctx}
        to={f.to}
        id={id}
        name={name}
        value={value}
        attrs={{ ...attrs, 'aria-required': required }}
      />
    );
  } else {
    const type = f.kind === 'url' ? 'url' : 'text';
    const inputmode = f.kind === 'number' ? 'decimal' : undefined;
    control = (
      <input type={type} id={id} name={name} value={value} inputMode={inputmode} aria-required={required} {...attrs} />
    );
  }
  return (
    <div class="field">
      <label for={id}>{labelText(ctx, f)}</label>
      {hint ? (
        <p class="hint" id={`${id}-hint`}>
          {ctx.i.t(hint)}
        </p>
      ) : null}
      <ErrorText id={id} error={error} />
      {control}
    </div>
  );
}
