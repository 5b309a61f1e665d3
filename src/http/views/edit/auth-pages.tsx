// Signing in with an API token, and the page shown when a change is not allowed or a form cannot be verified.
import type { MessageKey } from '../../i18n/messages/index.ts';
import { CsrfInput } from '../forms/record-form.tsx';
import { Layout, type PageProps } from '../layout.tsx';

/** The sign-in form; `failed` shows one message that says nothing about whether the token exists. */
export function LoginPage(props: PageProps & { failed: boolean; csrf: string | undefined }) {
  const { i, actor, failed } = props;
  const id = 'f-token';
  return (
    <Layout {...props} title={i.t('edit.login.title')}>
      <h1>{i.t('edit.login.title')}</h1>
      {actor.kind === 'user' ? <p class="notice">{i.t('edit.login.already')} <a href="/edit">{i.t('edit.dashboard.title')}</a></p> : null}
      <p class="lede">{i.t('edit.login.lede')}</p>
      {failed
        ? <div class="errors" role="alert"><p><a href={`#${id}`}>{i.t('edit.login.failed')}</a></p></div>
        : null}
      <form method="post" action="/login" novalidate>
        <CsrfInput token={props.csrf} />
        <div class="field">
          <label for={id}>{i.t('edit.login.token')}</label>
          <p class="hint" id={`${id}-hint`}>{i.t('edit.login.tokenHint')}</p>
          {failed ? <p class="error-text" id={`${id}-error`}>{i.t('edit.login.failed')}</p> : null}
          <input type="password" id={id} name="token" autocomplete="off" spellcheck={false}
            aria-describedby={failed ? `${id}-hint ${id}-error` : `${id}-hint`} aria-invalid={failed ? 'true' : undefined} />
        </div>
        <button type="submit">{i.t('edit.login.submit')}</button>
      </form>
    </Layout>
  );
}

/** A refusal explained in the reader's language (403: the role may not do this, or the form could not be verified). */
export function ProblemPage(props: PageProps & { titleKey: MessageKey; bodyKey: MessageKey }) {
  const { i } = props;
  return (
    <Layout {...props} title={i.t(props.titleKey)}>
      <h1>{i.t(props.titleKey)}</h1>
      <p>{i.t(props.bodyKey)}</p>
      <p><a href={props.actor.kind === 'user' ? '/edit' : '/login'}>{i.t(props.actor.kind === 'user' ? 'edit.back' : 'edit.login.title')}</a></p>
    </Layout>
  );
}
