// Before an appeal goes public, the coordinator sees what publishing will show to everyone and confirms it: the letter's
// languages, its addressees, the cases the annex will name (frozen from then on) and whether the public can sign.
import type { Appeal } from '../../../domain/appeal.ts';
import type { ShownAnnex } from '../../../queries/appeals/annex.ts';
import { recordPath } from '../../../queries/pages/record-links.ts';
import { CsrfInput } from '../forms/record-form.tsx';
import { Layout, type PageProps } from '../layout.tsx';
import { Addressees, appealEditPath, appealPath } from './parts.tsx';

/** What the confirmation shows. */
export interface PublishConfirmProps extends PageProps {
  appeal: Appeal;
  annex: ShownAnnex;
  csrf: string | undefined;
}

/** The confirmation page: a summary of what becomes public, then Publish or go back. */
export function PublishConfirmPage(props: PublishConfirmProps) {
  const { i, appeal: a, annex } = props;
  const title = i.t('appeals.publish.title', { title: a.title });
  const hidden = a.caseIds.length - annex.entries.length;
  return (
    <Layout {...props} title={title}>
      <h1>{title}</h1>
      <p class="lede">{i.t('appeals.publish.lede')}</p>
      <dl class="fields">
        <dt>{i.t('appeals.publish.address')}</dt>
        <dd>
          <code>{appealPath(a)}</code>
        </dd>
        <dt>{i.t('appeals.publish.texts')}</dt>
        <dd>
          <ul>
            {a.texts.map((t) => (
              <li lang={t.lang}>
                {t.title} ({t.lang})
              </li>
            ))}
          </ul>
        </dd>
        <dt>{i.t('appeals.page.to')}</dt>
        <dd>
          <Addressees i={i} addressees={a.addressees} />
        </dd>
        <dt>{i.t('appeals.publish.cases', { n: annex.entries.length })}</dt>
        <dd>
          {annex.entries.length > 0 ? (
            <ul>
              {annex.entries.map((e) => (
                <li>
                  <a href={recordPath('case', e.caseSlug)}>{e.name || e.caseSlug}</a>
                </li>
              ))}
            </ul>
          ) : null}
          {hidden > 0 ? <p class="flag">{i.t('appeals.publish.hiddenCases', { n: hidden })}</p> : null}
        </dd>
        <dt>{i.t('appeals.publish.signing')}</dt>
        <dd>{i.t(a.publicSigning ? 'appeals.publish.signingOpen' : 'appeals.publish.signingClosed')}</dd>
      </dl>
      <p>{i.t('appeals.publish.final')}</p>
      <form method="post" action={`${appealEditPath(a)}/status`} class="row">
        <CsrfInput token={props.csrf} />
        <input type="hidden" name="to" value="published" />
        <input type="hidden" name="confirm" value="1" />
        <button type="submit">{i.t('appeals.publish.confirm')}</button>
        <a class="button secondary" href={appealEditPath(a)}>
          {i.t('appeals.publish.back')}
        </a>
      </form>
    </Layout>
  );
}
