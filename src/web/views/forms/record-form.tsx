// The whole form of a record: the error summary, the CSRF token, every field of the type's spec and the save buttons.
import type { I18n } from '../../../i18n/i18n.ts';
import { CSRF_FIELD } from '../../../http/plugins/csrf.ts';
import type { FormErrors } from './errors.ts';
import type { RenderCtx } from './fields.tsx';
import { FieldList } from './groups.tsx';
import type { Candidates, FormObject, FormSpec } from './spec.ts';

/** The hidden field that proves a form came from one of Vigil's pages (absent when not signed in by cookie). */
export function CsrfInput(props: { token: string | undefined }) {
  return props.token ? <input type="hidden" name={CSRF_FIELD} value={props.token} /> : null;
}

/** The list of problems at the top of a form, each linking to its field. */
export function ErrorSummary(props: { i: I18n; errors: FormErrors }) {
  const { i, errors } = props;
  if (errors.list.length === 0) return null;
  return (
    <div class="errors" role="alert" aria-labelledby="error-summary-title" id="error-summary" tabindex={-1}>
      <h2 id="error-summary-title">{i.t('edit.form.errorsTitle', { count: errors.list.length })}</h2>
      <ul>
        {errors.list.map((p) => {
          const text = p.label ? `${p.label}: ${p.message}` : p.message;
          return <li>{p.id ? <a href={`#${p.id}`}>{text}</a> : text}</li>;
        })}
      </ul>
    </div>
  );
}

/** What a record form shows. */
export interface RecordFormProps {
  i: I18n;
  spec: FormSpec;
  state: FormObject;
  errors: FormErrors;
  candidates: Candidates;
  action: string;
  csrf: string | undefined;
  submitLabel: string;
}

/**
 * The form of one record. Browser validation is off (novalidate) so that every check, and every message, comes from the
 * server in the same way with or without JavaScript. The first submit button is "save", so pressing Enter saves.
 */
export function RecordForm(props: RecordFormProps) {
  const { i, spec, state, errors } = props;
  const ctx: RenderCtx = { i, errors, candidates: props.candidates };
  return (
    <>
      <ErrorSummary i={i} errors={errors} />
      <form method="post" action={props.action} novalidate accept-charset="utf-8">
        <CsrfInput token={props.csrf} />
        <p>
          <button type="submit" name="_action" value="save">
            {props.submitLabel}
          </button>
        </p>
        <FieldList ctx={ctx} fields={spec.fields} path={[]} value={state} />
        <p>
          <button type="submit" name="_action" value="save">
            {props.submitLabel}
          </button>
        </p>
      </form>
    </>
  );
}
