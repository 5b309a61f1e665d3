// The pages of public signing: the form on a page of its own, "check your email", the confirmation page with its button,
// the thanks, and the refusals (closed, link not valid, too many at once, form not verified).
import { countries } from '../../../i18n/countries.ts';
import type { MessageKey } from '../../../i18n/messages/index.ts';
import { CsrfInput } from '../forms/record-form.tsx';
import { Layout, type PageProps } from '../layout.tsx';
import { SignForm, type SignFormProps } from './sign-form.tsx';

/** The appeal as these pages show it. */
export interface SignAppealView {
  slug: string;
  title: string;
}

function BackLink(props: PageProps & { slug: string }) {
  return (
    <p>
      <a href={`/appeals/${encodeURIComponent(props.slug)}`}>{props.i.t('sign.back')}</a>
    </p>
  );
}

/** The signing form with the appeal's title. */
export function SignPage(props: PageProps & { appeal: SignAppealView } & Omit<SignFormProps, 'i' | 'slug'>) {
  const { i, appeal } = props;
  const title = i.t('sign.title', { title: appeal.title });
  // A refused form says so in the page title too: the first thing a screen reader announces, with or without script.
  const refused = Object.values(props.errors ?? {}).some(Boolean);
  return (
    <Layout {...props} title={refused ? i.t('sign.error.title', { title }) : title}>
      <p>
        <a href={`/appeals/${encodeURIComponent(appeal.slug)}`}>{appeal.title}</a>
      </p>
      <h1>{i.t('sign.heading')}</h1>
      <p class="lede">{i.t('sign.lede')}</p>
      <SignForm
        i={i}
        slug={appeal.slug}
        formToken={props.formToken}
        csrf={props.csrf}
        values={props.values}
        errors={props.errors}
      />
    </Layout>
  );
}

/** A page with a title, a text and the way back to the appeal. */
export function SignMessagePage(
  props: PageProps & {
    slug: string;
    titleKey: MessageKey;
    bodyKey: MessageKey;
    extraKey?: MessageKey;
    values?: Record<string, string>;
  },
) {
  const { i } = props;
  return (
    <Layout {...props} title={i.t(props.titleKey, props.values)}>
      <h1>{i.t(props.titleKey, props.values)}</h1>
      <p class="lede">{i.t(props.bodyKey, props.values)}</p>
      {props.extraKey ? <p>{i.t(props.extraKey)}</p> : null}
      <BackLink {...props} slug={props.slug} />
    </Layout>
  );
}

/** What the signature will say once confirmed, as stored by the latest signing for the address. */
export interface ConfirmDetailsView {
  name: string | null;
  country: string | null;
  comment: string | null;
  showName: boolean;
}

/** The page a confirmation link opens: what will be confirmed, and one button that posts the confirmation. */
export function ConfirmPage(
  props: PageProps & { appeal: SignAppealView; details: ConfirmDetailsView; action: string; csrf: string | undefined },
) {
  const { i, appeal, details } = props;
  const country = details.country ? (countries.getName(details.country, i.locale) ?? details.country) : '';
  return (
    <Layout {...props} title={i.t('sign.confirm.title')}>
      <h1>{i.t('sign.confirm.title')}</h1>
      <p class="lede">{i.t('sign.confirm.body', { title: appeal.title })}</p>
      <p>{i.t('sign.confirm.review')}</p>
      <dl class="confirm-details">
        <dt>{i.t('sign.confirm.name')}</dt>
        <dd id="confirm-name">{details.name ?? ''}</dd>
        <dt>{i.t('sign.confirm.country')}</dt>
        <dd id="confirm-country">{country}</dd>
        <dt>{i.t('sign.confirm.comment')}</dt>
        <dd id="confirm-comment">{details.comment ?? i.t('sign.confirm.noComment')}</dd>
        <dt>{i.t('sign.confirm.public')}</dt>
        <dd id="confirm-public">{i.t(details.showName ? 'sign.confirm.yes' : 'sign.confirm.no')}</dd>
      </dl>
      <form method="post" action={props.action}>
        <CsrfInput token={props.csrf} />
        <p>
          <button type="submit">{i.t('sign.confirm.button')}</button>
        </p>
      </form>
      <p>{i.t('sign.confirm.notYours')}</p>
    </Layout>
  );
}
