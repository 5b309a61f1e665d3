// Accepting an invitation: choose a password (typed twice). No hint is stored or shown; the rules are the only guidance.
import type { Invitation } from '../../../domain/account.ts';
import type { MessageKey } from '../../../i18n/messages/index.ts';
import { CsrfInput } from '../forms/record-form.tsx';
import { Layout, type PageProps } from '../layout.tsx';
import { Field, Problem } from './parts.tsx';

/** The set-password form of an open invitation; `error` is the message for the password field. */
export function InvitePage(
  props: PageProps & { csrf: string | undefined; invitation: Invitation; action: string; error?: string },
) {
  const { i, invitation, error } = props;
  return (
    <Layout {...props} title={i.t('account.invite.title')}>
      <h1>{i.t('account.invite.title')}</h1>
      <p class="lede">
        {i.t('account.invite.lede', {
          email: invitation.email,
          role: i.t(`vocab.userRole.${invitation.role}` as MessageKey),
        })}
      </p>
      {error ? <Problem text={error} field="f-password" /> : null}
      <form method="post" action={props.action} novalidate>
        <CsrfInput token={props.csrf} />
        <input type="text" name="username" value={invitation.email} autocomplete="username" readonly hidden />
        <Field
          id="f-password"
          name="password"
          type="password"
          label={i.t('account.invite.password')}
          hint={i.t('account.invite.passwordHint')}
          autocomplete="new-password"
          error={error}
        />
        <Field
          id="f-confirm"
          name="confirm"
          type="password"
          label={i.t('account.invite.confirm')}
          autocomplete="new-password"
        />
        <button type="submit">{i.t('account.invite.submit')}</button>
      </form>
    </Layout>
  );
}
