// Small pieces the account screens share: a labelled input with its hint and error, the problem box, the sign-out button.
import type { I18n } from '../../../i18n/i18n.ts';
import { CsrfInput } from '../forms/record-form.tsx';

/** One labelled input; the error (when given) is tied to it for screen readers and flagged with aria-invalid. */
export function Field(props: {
  id: string;
  name: string;
  label: string;
  type: 'email' | 'password' | 'text';
  autocomplete: string;
  value?: string;
  hint?: string;
  error?: string;
  inputmode?: 'numeric' | 'text';
  required?: boolean;
}) {
  const { id, hint, error } = props;
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      {hint ? (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p class="error-text" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <input
        type={props.type}
        id={id}
        name={props.name}
        value={props.value}
        autocomplete={props.autocomplete}
        spellcheck={false}
        inputmode={props.inputmode}
        required={props.required}
        aria-describedby={described}
        aria-invalid={error ? 'true' : undefined}
      />
    </div>
  );
}

/** The box at the top of a form that failed, linking to the field concerned. */
export function Problem(props: { text: string; field: string }) {
  return (
    <div class="errors" role="alert">
      <p>
        <a href={`#${props.field}`}>{props.text}</a>
      </p>
    </div>
  );
}

/** The button that ends the session (also a half-finished sign-in). */
export function SignOutForm(props: { i: I18n; csrf: string | undefined; label?: string }) {
  return (
    <form method="post" action="/logout">
      <CsrfInput token={props.csrf} />
      <button type="submit" class="secondary">
        {props.label ?? props.i.t('nav.signOut')}
      </button>
    </form>
  );
}
