// The public signing form, usable on its own page and embedded in the appeal's page. A plain HTML form: it works with
// JavaScript off. It carries the server-signed form token (form-token.ts), the session's CSRF token when the reader is
// signed in, and a hidden field people never fill in (automated posts that fill every field are dropped silently).
import { countries } from '../../../i18n/countries.ts';
import type { I18n } from '../../../i18n/i18n.ts';
import type { MessageKey } from '../../../i18n/messages/index.ts';
import { CsrfInput } from '../forms/record-form.tsx';

/** The form fields' names. The trap's name looks like a field a bot would want to fill. */
export const SIGN_FIELDS = {
  name: 'name',
  country: 'country',
  email: 'email',
  comment: 'comment',
  showName: 'showName',
  formToken: '_form',
  trap: 'website',
} as const;

/** What the reader typed, shown again after a refused post. */
export interface SignFormValues {
  name?: string;
  country?: string;
  email?: string;
  comment?: string;
  showName?: boolean;
}

/** Props of the form: the reader's language, the appeal's slug, its form token, and the session's CSRF token if any. */
export interface SignFormProps {
  i: I18n;
  slug: string;
  /** From signFormToken(keyring, slug, now). */
  formToken: string;
  /** csrfOf(request): set when the reader is signed in (the pages' CSRF check then requires it). */
  csrf?: string | undefined;
  values?: SignFormValues;
  /** Message keys of refused fields. */
  errors?: Partial<Record<'name' | 'country' | 'email' | 'comment', MessageKey>>;
}

function Described(props: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {props.hint ? (
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p class="error-text" id={`${props.id}-error`}>
          {props.error}
        </p>
      ) : null}
    </>
  );
}

function describedBy(
  id: string,
  hint: boolean,
  error: boolean,
): { 'aria-describedby'?: string; 'aria-invalid'?: 'true' } {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return { ...(ids ? { 'aria-describedby': ids } : {}), ...(error ? { 'aria-invalid': 'true' as const } : {}) };
}

/** The signing form; posts to /appeals/<slug>/sign. */
export function SignForm(props: SignFormProps) {
  const { i, values = {}, errors = {} } = props;
  const err = (k: keyof NonNullable<SignFormProps['errors']>) => (errors[k] ? i.t(errors[k]) : undefined);
  const options = Object.entries(countries.getNames(i.locale, { select: 'official' })).sort((a, b) =>
    a[1].localeCompare(b[1], i.locale),
  );
  const F = SIGN_FIELDS;
  const refused = (['name', 'country', 'email', 'comment'] as const).filter((k) => errors[k]);
  const labels = {
    name: 'sign.f.name',
    country: 'sign.f.country',
    email: 'sign.f.email',
    comment: 'sign.f.comment',
  } as const;
  return (
    <form method="post" action={`/appeals/${encodeURIComponent(props.slug)}/sign`} class="sign-form" novalidate>
      {/* The summary takes focus when the form comes back refused (autofocus needs no script), and links each field. */}
      {refused.length > 0 ? (
        <div class="errors" role="alert" id="sign-errors" tabIndex={-1} autofocus aria-labelledby="sign-errors-h">
          <h2 id="sign-errors-h">{i.t('sign.error.summary')}</h2>
          <ul>
            {refused.map((k) => (
              <li>
                <a href={`#sign-${k}`}>
                  {i.t(labels[k])}: {err(k)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <CsrfInput token={props.csrf} />
      <input type="hidden" name={F.formToken} value={props.formToken} />
      <div class="field">
        <label for="sign-name">{i.t('sign.f.name')}</label>
        <Described id="sign-name" error={err('name')} />
        <input
          type="text"
          id="sign-name"
          name={F.name}
          value={values.name ?? ''}
          autocomplete="name"
          maxLength={200}
          required
          {...describedBy('sign-name', false, Boolean(errors.name))}
        />
      </div>
      <div class="field">
        <label for="sign-country">{i.t('sign.f.country')}</label>
        <Described id="sign-country" error={err('country')} />
        <select
          id="sign-country"
          name={F.country}
          autocomplete="country"
          required
          {...describedBy('sign-country', false, Boolean(errors.country))}
        >
          <option value="" selected={!values.country}>
            {i.t('sign.f.countryChoose')}
          </option>
          {options.map(([code, label]) => (
            <option value={code} selected={code === values.country}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="sign-email">{i.t('sign.f.email')}</label>
        <Described id="sign-email" hint={i.t('sign.hint.email')} error={err('email')} />
        <input
          type="email"
          id="sign-email"
          name={F.email}
          value={values.email ?? ''}
          autocomplete="email"
          spellcheck={false}
          maxLength={254}
          required
          {...describedBy('sign-email', true, Boolean(errors.email))}
        />
      </div>
      <div class="field">
        <label for="sign-comment">{i.t('sign.f.comment')}</label>
        <Described id="sign-comment" error={err('comment')} />
        <textarea
          id="sign-comment"
          name={F.comment}
          rows={3}
          maxLength={1000}
          {...describedBy('sign-comment', false, Boolean(errors.comment))}
        >
          {values.comment ?? ''}
        </textarea>
      </div>
      <div class="field checkbox">
        <label for="sign-show-name">
          <input
            type="checkbox"
            id="sign-show-name"
            name={F.showName}
            value="1"
            checked={values.showName === true}
            aria-describedby="sign-show-name-hint"
          />{' '}
          {i.t('sign.f.showName')}
        </label>
        <p class="hint" id="sign-show-name-hint">
          {i.t('sign.hint.showName')}
        </p>
      </div>
      <div hidden>
        <label for="sign-website">{i.t('sign.f.trap')}</label>
        <input type="text" id="sign-website" name={F.trap} value="" tabIndex={-1} autocomplete="off" />
      </div>
      <p>
        <button type="submit">{i.t('sign.submit')}</button>
      </p>
    </form>
  );
}
