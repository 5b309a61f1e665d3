// The account page: who you are, whether two-step sign-in is on, where you are signed in (with "sign out everywhere
// else"), and your API tokens (created here, the secret shown once; revoked here).
import type { AccountOverview } from '../../../queries/users/account-overview.ts';
import type { MessageKey } from '../../../i18n/messages/index.ts';
import { CsrfInput } from '../forms/record-form.tsx';
import { Layout, type PageProps } from '../layout.tsx';
import { Field, Problem, SignOutForm } from './parts.tsx';

/** What the page shows besides the overview: a notice, a token secret just created, or a problem with the token name. */
export interface AccountExtras {
  csrf: string | undefined;
  currentSessionId: string;
  notice?: string;
  newToken?: string;
  nameError?: boolean;
}

/** Sessions of the user, this one marked. */
function Sessions(props: PageProps & AccountExtras & { overview: AccountOverview }) {
  const { i, overview } = props;
  return (
    <section aria-labelledby="sessions">
      <h2 id="sessions">{i.t('account.sessions.title')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{i.t('account.sessions.browser')}</th>
            <th scope="col">{i.t('account.sessions.started')}</th>
            <th scope="col">{i.t('account.sessions.lastSeen')}</th>
            <th scope="col">{i.t('account.sessions.expires')}</th>
          </tr>
        </thead>
        <tbody>
          {overview.sessions.map((s) => (
            <tr>
              <td>
                {s.userAgentHint ?? '—'}{' '}
                {s.id === props.currentSessionId ? <strong>{i.t('account.sessions.current')}</strong> : null}
              </td>
              <td>{i.timestamp(s.createdAt)}</td>
              <td>{i.timestamp(s.lastSeenAt)}</td>
              <td>{i.timestamp(s.expiresAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="post" action="/account/sessions/revoke-all">
        <CsrfInput token={props.csrf} />
        <button type="submit" class="secondary">
          {i.t('account.sessions.revokeAll')}
        </button>
      </form>
    </section>
  );
}

/** The user's API tokens and the form to create one. */
function Tokens(props: PageProps & AccountExtras & { overview: AccountOverview }) {
  const { i, overview } = props;
  const error = props.nameError ? i.t('account.tokens.nameRequired') : undefined;
  return (
    <section aria-labelledby="tokens">
      <h2 id="tokens">{i.t('account.tokens.title')}</h2>
      <p>{i.t('account.tokens.lede')}</p>
      {props.newToken ? (
        <div class="notice" role="status">
          <p>{i.t('account.tokens.new')}</p>
          <p>
            <code class="secret" id="new-token">
              {props.newToken}
            </code>
          </p>
        </div>
      ) : null}
      {overview.tokens.length === 0 ? (
        <p>{i.t('account.tokens.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{i.t('account.tokens.name')}</th>
              <th scope="col">{i.t('account.tokens.prefix')}</th>
              <th scope="col">{i.t('account.tokens.created')}</th>
              <th scope="col">{i.t('account.tokens.lastUsed')}</th>
              <th scope="col">{i.t('account.tokens.status')}</th>
            </tr>
          </thead>
          <tbody>
            {overview.tokens.map((t) => (
              <tr>
                <td>{t.name}</td>
                <td>
                  <code>{t.prefix}…</code>
                </td>
                <td>{i.timestamp(t.createdAt)}</td>
                <td>{t.lastUsedAt ? i.timestamp(t.lastUsedAt) : i.t('account.tokens.never')}</td>
                <td>
                  {t.revokedAt ? (
                    i.t('account.tokens.revoked')
                  ) : (
                    <form method="post" action={`/account/tokens/${t.id}/revoke`} class="inline">
                      <CsrfInput token={props.csrf} />
                      {i.t('account.tokens.active')}{' '}
                      <button type="submit" class="secondary">
                        {i.t('account.tokens.revoke')}
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{i.t('account.tokens.create')}</h3>
      {error ? <Problem text={error} field="f-token-name" /> : null}
      <form method="post" action="/account/tokens" novalidate>
        <CsrfInput token={props.csrf} />
        <Field
          id="f-token-name"
          name="name"
          type="text"
          label={i.t('account.tokens.name')}
          hint={i.t('account.tokens.nameHint')}
          autocomplete="off"
          error={error}
        />
        <button type="submit">{i.t('account.tokens.create')}</button>
      </form>
    </section>
  );
}

/** The whole account page. */
export function AccountPage(props: PageProps & AccountExtras & { overview: AccountOverview }) {
  const { i, overview } = props;
  return (
    <Layout {...props} title={i.t('account.title')}>
      <h1>{i.t('account.title')}</h1>
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      <dl class="fields">
        <dt>{i.t('account.f.email')}</dt>
        <dd>{overview.user.email}</dd>
        <dt>{i.t('account.f.role')}</dt>
        <dd>{i.t(`vocab.userRole.${overview.user.role}` as MessageKey)}</dd>
        <dt>{i.t('account.f.twoFactor')}</dt>
        <dd>
          {overview.totpEnabled ? (
            i.t('account.twoFactor.on', { count: overview.recoveryCodesLeft })
          ) : (
            <>
              {i.t('account.twoFactor.off')} · <a href="/account/two-factor">{i.t('account.twoFactor.setUp')}</a>
            </>
          )}
        </dd>
      </dl>
      <Sessions {...props} />
      <Tokens {...props} />
      <h2>{i.t('edit.session.title')}</h2>
      <SignOutForm i={i} csrf={props.csrf} />
    </Layout>
  );
}
