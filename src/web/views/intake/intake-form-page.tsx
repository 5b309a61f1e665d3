// The intake start page: paste or upload a document, and the documents read recently. Works without JavaScript.
import { CONFIDENTIALITY } from '../../../domain/vocabulary.ts';
import { INTAKE_LANGUAGES } from '../../../intake/types.ts';
import { vocab } from '../../../i18n/i18n.ts';
import { CsrfInput } from '../forms/record-form.tsx';
import { Layout, type PageProps } from '../layout.tsx';

/** A document read recently, as the list shows it. */
export interface RecentIntake {
  id: string;
  title: string;
  created_at: string;
  status: string;
  language: string;
}

const LANGUAGE_LABELS: Record<(typeof INTAKE_LANGUAGES)[number], string> = {
  en: 'English',
  ru: 'Русский',
  fr: 'Français',
};

/** The form, with a problem shown at its top when the last attempt was refused. */
export function IntakeFormPage(
  props: PageProps & { csrf: string | undefined; recent: readonly RecentIntake[]; problem?: string },
) {
  const { i } = props;
  const title = i.t('intake.title');
  const statusKey = (s: string) =>
    s === 'accepted' ? 'intake.status.accepted' : s === 'closed' ? 'intake.status.closed' : 'intake.status.open';
  return (
    <Layout {...props} title={title}>
      <h1>{title}</h1>
      <p class="lede">{i.t('intake.lede')}</p>
      {props.problem ? (
        <div class="errors" role="alert">
          <p>
            <a href="#f-text">{props.problem}</a>
          </p>
        </div>
      ) : null}
      <form method="post" action="/intake" enctype="multipart/form-data">
        <CsrfInput token={props.csrf} />
        <div class="field">
          <label for="f-text">{i.t('intake.text')}</label>
          <textarea id="f-text" name="text" rows={12} cols={80} />
        </div>
        <div class="field">
          <label for="f-file">{i.t('intake.file')}</label>
          <input
            type="file"
            id="f-file"
            name="file"
            accept=".txt,.html,.htm,.pdf,text/plain,text/html,application/pdf"
          />
        </div>
        <div class="field">
          <label for="f-title">{i.t('intake.docTitle')}</label>
          <input type="text" id="f-title" name="title" aria-describedby="f-title-hint" />
          <p class="hint" id="f-title-hint">
            {i.t('intake.docTitle.hint')}
          </p>
        </div>
        <div class="row">
          <div class="field">
            <label for="f-date">{i.t('intake.date')}</label>
            <input type="text" id="f-date" name="documentDate" size={10} aria-describedby="f-date-hint" />
            <p class="hint" id="f-date-hint">
              {i.t('intake.date.hint')}
            </p>
          </div>
          <div class="field">
            <label for="f-language">{i.t('intake.language')}</label>
            <select id="f-language" name="language">
              <option value="">{i.t('intake.language.auto')}</option>
              {INTAKE_LANGUAGES.map((l) => (
                <option value={l}>{LANGUAGE_LABELS[l]}</option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="f-conf">{i.t('intake.confidentiality')}</label>
            <select id="f-conf" name="confidentiality">
              {CONFIDENTIALITY.map((c) => (
                <option value={c} selected={c === 'internal'}>
                  {vocab(i, 'confidentiality', c)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <button type="submit">{i.t('intake.submit')}</button>
      </form>
      <h2>{i.t('intake.recent')}</h2>
      {props.recent.length === 0 ? (
        <p>{i.t('intake.none')}</p>
      ) : (
        <ul class="records">
          {props.recent.map((r) => (
            <li>
              <a href={`/intake/${r.id}`}>{r.title}</a>{' '}
              <span class="meta">
                {i.timestamp(r.created_at)} · {r.language} · {i.t(statusKey(r.status))}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
