// The invitee's page, opened from the link in their email (no account): the letter, their wording to confirm or correct,
// decline, or withdraw a confirmation. Every action is a POST button; the page itself changes nothing.
import type { Appeal } from '../../../domain/appeal.ts';
import type { CoSignatory } from '../../../domain/co-signatory.ts';
import type { MessageKey } from '../../../i18n/messages/index.ts';
import type { FormErrors } from '../forms/errors.ts';
import type { RenderCtx } from '../forms/fields.tsx';
import { FieldList } from '../forms/groups.tsx';
import { CsrfInput, ErrorSummary } from '../forms/record-form.tsx';
import type { FormObject } from '../forms/spec.ts';
import { Layout, type PageProps } from '../layout.tsx';
import { ANSWER_FIELDS } from './form-spec.ts';
import type { ShownAnnex } from '../../../queries/appeals/annex.ts';
import { Annex } from './appeal-page.tsx';
import { Addressees, LetterText } from './parts.tsx';

/** What the co-sign page shows. */
export interface CoSignProps extends PageProps {
  appeal: Appeal;
  coSignatory: CoSignatory;
  action: string;
  csrf: string | undefined;
  state: FormObject;
  errors: FormErrors;
  /** The public cases the letter's annex will name. */
  annex: ShownAnnex;
}

/** The letter and the invitee's choices. */
export function CoSignPage(props: CoSignProps) {
  const { i, appeal: a, coSignatory: c } = props;
  const text = a.texts.find((t) => t.lang === c.lang) ?? a.texts[0];
  const title = i.t('appeals.coSign.title', { title: a.title });
  const ctx: RenderCtx = { i, errors: props.errors, candidates: {} };
  return (
    <Layout {...props} title={title}>
      <h1>{title}</h1>
      <p class="lede">{i.t(c.status === 'confirmed' ? 'appeals.coSign.confirmedLede' : 'appeals.coSign.lede')}</p>
      <ErrorSummary i={i} errors={props.errors} />
      {/* What is signed comes before the buttons: the letter, then the cases its annex names. */}
      <article class="appeal" aria-labelledby="letter-h">
        <h2 id="letter-h" lang={text?.lang}>
          {text?.title ?? a.title}
        </h2>
        {a.addressees.length > 0 ? <Addressees i={i} addressees={a.addressees} /> : null}
        {text ? <LetterText lang={text.lang} body={text.body} /> : <p>{i.t('appeals.page.noText')}</p>}
        <Annex i={i} annex={props.annex} />
      </article>
      {c.status === 'invited' ? (
        <section aria-labelledby="wording-h" class="co-sign-answer">
          <h2 id="wording-h">{i.t('appeals.coSign.wording')}</h2>
          <form method="post" action={props.action} novalidate accept-charset="utf-8">
            <CsrfInput token={props.csrf} />
            <FieldList ctx={ctx} fields={ANSWER_FIELDS} path={[]} value={props.state} />
            <p class="row">
              <button type="submit" name="action" value="confirm">
                {i.t('appeals.coSign.confirm')}
              </button>
              <button type="submit" name="action" value="decline" class="secondary">
                {i.t('appeals.coSign.decline')}
              </button>
            </p>
          </form>
        </section>
      ) : (
        <form method="post" action={props.action}>
          <CsrfInput token={props.csrf} />
          <p>
            <button type="submit" name="action" value="withdraw" class="secondary">
              {i.t('appeals.coSign.withdraw')}
            </button>
          </p>
        </form>
      )}
      <p class="meta">{i.t('appeals.coSign.noPasswords')}</p>
    </Layout>
  );
}

/** The answer recorded, or a link that can no longer be used (the same page for every reason, so none can be told apart). */
export function CoSignMessage(props: PageProps & { titleKey: MessageKey; bodyKey: MessageKey }) {
  const { i } = props;
  return (
    <Layout {...props} title={i.t(props.titleKey)}>
      <h1>{i.t(props.titleKey)}</h1>
      <p>{i.t(props.bodyKey)}</p>
      <p>
        <a href="/appeals">{i.t('appeals.list.title')}</a>
      </p>
    </Layout>
  );
}
