// Setting up two-step sign-in: the QR code (an inline SVG drawn on the server: no script, no data: URL, no outside request)
// with the secret as text, the confirming code, and then the recovery codes, shown once.
import { formatRecoveryCode } from '../../../domain/account.ts';
import { CsrfInput } from '../forms/record-form.tsx';
import { Layout, type PageProps } from '../layout.tsx';
import { Field, Problem, SignOutForm } from './parts.tsx';

/** The enrolment page; `required` when the role must have a second factor (the session has no access until it is done). */
export function EnrolPage(
  props: PageProps & {
    csrf: string | undefined;
    qrSvg: string;
    secretText: string;
    required: boolean;
    failed: boolean;
  },
) {
  const { i, failed } = props;
  const error = failed ? i.t('account.enrol.failed') : undefined;
  return (
    <Layout {...props} title={i.t('account.enrol.title')}>
      <h1>{i.t('account.enrol.title')}</h1>
      <p class="lede">{i.t('account.enrol.lede')}</p>
      {props.required ? <p class="notice">{i.t('account.enrol.required')}</p> : null}
      {error ? <Problem text={error} field="f-code" /> : null}
      <ol class="steps">
        <li>
          <p>{i.t('account.enrol.scan')}</p>
          {/* The SVG comes from the qrcode package, drawn from our own otpauth URI: paths only, no script or style. */}
          <div
            class="qr"
            role="img"
            aria-label={i.t('account.enrol.qr')}
            dangerouslySetInnerHTML={{ __html: props.qrSvg }}
          />
          <p>
            {i.t('account.enrol.manual')}{' '}
            <code class="secret" id="totp-secret">
              {props.secretText}
            </code>
          </p>
        </li>
        <li>
          <form method="post" action="/account/two-factor" novalidate>
            <CsrfInput token={props.csrf} />
            <Field
              id="f-code"
              name="code"
              type="text"
              label={i.t('account.enrol.code')}
              hint={i.t('account.enrol.codeHint')}
              autocomplete="one-time-code"
              inputmode="numeric"
              error={error}
            />
            <button type="submit">{i.t('account.enrol.submit')}</button>
          </form>
        </li>
      </ol>
      {props.required ? <SignOutForm i={i} csrf={props.csrf} label={i.t('account.cancel')} /> : null}
    </Layout>
  );
}

/** The recovery codes, shown once right after enrolment. */
export function RecoveryCodesPage(props: PageProps & { codes: string[] }) {
  const { i } = props;
  return (
    <Layout {...props} title={i.t('account.recovery.title')}>
      <h1>{i.t('account.recovery.title')}</h1>
      <p class="notice" role="status">
        {i.t('account.recovery.lede')}
      </p>
      <ol class="recovery-codes">
        {props.codes.map((c) => (
          <li>
            <code>{formatRecoveryCode(c)}</code>
          </li>
        ))}
      </ol>
      <p>
        <a class="button" href="/edit">
          {i.t('account.recovery.continue')}
        </a>
      </p>
    </Layout>
  );
}
