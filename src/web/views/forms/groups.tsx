// Fields that hold fields: nested objects (a place, a sentence) and repeated groups (names, acts, charges …) that work
// without JavaScript: every row has a "remove" box, and "Add another …" is a submit button that re-shows the form with one more row.
import { ErrorText, ScalarField, described, type RenderCtx } from './fields.tsx';
import { fieldId, fieldName, type FieldSpec, type FormObject, type FormValue } from './spec.ts';
import { REMOVE_FIELD } from './state.ts';

const INLINE = new Set<FieldSpec['kind']>(['text', 'date', 'url', 'number', 'select', 'checkbox', 'country', 'ref']);

/** Any field at a path of the form, whatever its kind. */
export function Field(props: {
  ctx: RenderCtx;
  f: FieldSpec;
  path: (string | number)[];
  value: FormValue | undefined;
}) {
  const { ctx, f, path, value } = props;
  if (f.kind === 'object') return <ObjectField ctx={ctx} f={f} path={path} value={(value ?? {}) as FormObject} />;
  if (f.kind === 'group') return <GroupField ctx={ctx} f={f} path={path} rows={(value ?? []) as FormObject[]} />;
  return <ScalarField ctx={ctx} f={f} path={path} value={value} />;
}

/** The fields of an object or a row: short inputs side by side, long ones (text areas, nested groups) below them. */
export function FieldList(props: {
  ctx: RenderCtx;
  fields: readonly FieldSpec[];
  path: (string | number)[];
  value: FormObject;
  inline?: boolean;
}) {
  const { ctx, fields, path, value } = props;
  const render = (f: FieldSpec) => <Field ctx={ctx} f={f} path={[...path, f.name]} value={value[f.name]} />;
  if (!props.inline) return <>{fields.map(render)}</>;
  return (
    <>
      <div class="row">{fields.filter((f) => INLINE.has(f.kind)).map(render)}</div>
      {fields.filter((f) => !INLINE.has(f.kind)).map(render)}
    </>
  );
}

/** A nested object of fields in a fieldset of its own. */
function ObjectField(props: {
  ctx: RenderCtx;
  f: Extract<FieldSpec, { kind: 'object' }>;
  path: (string | number)[];
  value: FormObject;
}) {
  const { ctx, f, path, value } = props;
  const id = fieldId(path);
  const { error, attrs } = described(ctx, id, false);
  return (
    <fieldset class="group" id={id} {...attrs}>
      <legend>{ctx.i.t(f.label)}</legend>
      <ErrorText id={id} error={error} />
      <FieldList ctx={ctx} fields={f.fields} path={path} value={value} inline />
    </fieldset>
  );
}

/** One row of a repeated group, with its own legend ("Name 2") and a box to remove it on the next submit. */
function GroupRow(props: {
  ctx: RenderCtx;
  f: Extract<FieldSpec, { kind: 'group' }>;
  path: (string | number)[];
  n: number;
  row: FormObject;
}) {
  const { ctx, f, n, row } = props;
  const rowPath = [...props.path, n];
  const id = fieldId(rowPath);
  const { error, attrs } = described(ctx, id, false);
  const removeId = `${id}-remove`;
  const inner = f.fields[0]!;
  return (
    <fieldset class="group" id={id} {...attrs}>
      <legend>{ctx.i.t(f.item, { n: n + 1 })}</legend>
      <ErrorText id={id} error={error} />
      {f.scalar ? (
        <Field ctx={ctx} f={inner} path={[...rowPath, inner.name]} value={row[inner.name]} />
      ) : (
        <FieldList ctx={ctx} fields={f.fields} path={rowPath} value={row} inline />
      )}
      <div class="field">
        <label for={removeId}>
          <input type="checkbox" id={removeId} name={fieldName([...rowPath, REMOVE_FIELD])} value="true" />{' '}
          {ctx.i.t('edit.form.remove')}
        </label>
      </div>
    </fieldset>
  );
}

/** A repeated group: its rows, then the button that adds one more row without saving. */
function GroupField(props: {
  ctx: RenderCtx;
  f: Extract<FieldSpec, { kind: 'group' }>;
  path: (string | number)[];
  rows: FormObject[];
}) {
  const { ctx, f, path, rows } = props;
  const id = fieldId(path);
  const { error, attrs } = described(ctx, id, f.hint !== undefined);
  return (
    <fieldset class="group" id={id} {...attrs}>
      <legend>{f.required ? `${ctx.i.t(f.label)} ${ctx.i.t('edit.form.required')}` : ctx.i.t(f.label)}</legend>
      {f.hint ? (
        <p class="hint" id={`${id}-hint`}>
          {ctx.i.t(f.hint)}
        </p>
      ) : null}
      <ErrorText id={id} error={error} />
      {rows.map((row, n) => (
        <GroupRow ctx={ctx} f={f} path={path} n={n} row={row} />
      ))}
      <button type="submit" class="secondary" name="_action" value={`add:${path.join('.')}`}>
        {ctx.i.t(f.add)}
      </button>
    </fieldset>
  );
}
