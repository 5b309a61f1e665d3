// The sign-in steps: email and password, then the code from the authenticator app (or a recovery code).
import { CsrfInput } from '../forms/record-form.tsx';
import { Layout, type PageProps } from '../layout.tsx';
import { Field, Problem, SignOutForm } from './parts.tsx';

/** Why the sign-in form is shown again: a failure that says nothing more, or too many failures from this network. */
export type SignInProblem = 'failed' | 'limited';

/** The password step. The same text answers every failure, so it never tells whether an account exists. */
export function LoginPage(props: PageProps & { csrf: string | undefined; email?: string; problem?: SignInProblem }) {
  const { i, actor, problem } = props;
  const message =
    problem === 'limited'
      ? i.t('account.login.limited')
      : problem === 'failed'
        ? i.t('account.login.failed')
        : undefined;
  return (
    <Layout {...props} title={i.t('account.login.title')}>
      <h1>{i.t('account.login.title')}</h1>
      {actor.kind === 'user' ? (
        <p class="notice">
          {i.t('account.login.already')} <a href="/edit">{i.t('edit.dashboard.title')}</a>
        </p>
      ) : null}
      <p class="lede">{i.t('account.login.lede')}</p>
      {message ? <Problem text={message} field="f-email" /> : null}
      <form method="post" action="/login" novalidate>
        <CsrfInput token={props.csrf} />
        <Field
          id="f-email"
          name="email"
          type="email"
          label={i.t('account.login.email')}
          autocomplete="username"
          value={props.email}
          error={message}
        />
        <Field
          id="f-password"
          name="password"
          type="password"
          label={i.t('account.login.password')}
          autocomplete="current-password"
        />
        <button type="submit">{i.t('account.login.submit')}</button>
      </form>
      <p>{i.t('account.login.accounts')}</p>
    </Layout>
  );
}

/** The code step of a half-finished sign-in. */
export function CodePage(props: PageProps & { csrf: string | undefined; problem?: SignInProblem }) {
  const { i, problem } = props;
  const message =
    problem === 'limited'
      ? i.t('account.login.limited')
      : problem === 'failed'
        ? i.t('account.login.failed')
        : undefined;
  return (
    <Layout {...props} title={i.t('account.code.title')}>
      <h1>{i.t('account.code.title')}</h1>
      <p class="lede">{i.t('account.code.lede')}</p>
      {message ? <Problem text={message} field="f-code" /> : null}
      <form method="post" action="/login/code" novalidate>
        <CsrfInput token={props.csrf} />
        <Field
          id="f-code"
          name="code"
          type="text"
          label={i.t('account.code.label')}
          hint={i.t('account.code.hint')}
          autocomplete="one-time-code"
          inputmode="text"
          error={message}
        />
        <button type="submit">{i.t('account.code.submit')}</button>
      </form>
      <SignOutForm i={i} csrf={props.csrf} label={i.t('account.cancel')} />
    </Layout>
  );
}
