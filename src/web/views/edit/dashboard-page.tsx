// The editor's start page: create a record of any type, open one by id or slug, find the public lists, sign out.
import { DEFS } from '../../../records/registry.ts';
import type { RecordType } from '../../../domain/vocabulary.ts';
import { can } from '../../../policies/authorize.ts';
import { canAppeal } from '../../../policies/appeal.policy.ts';
import type { MessageKey } from '../../../i18n/messages/index.ts';
import { CsrfInput } from '../forms/record-form.tsx';
import { Layout, type PageProps } from '../layout.tsx';

/** The record types in the order editors usually need them. */
export const EDIT_ORDER: readonly RecordType[] = [
  'case',
  'person',
  'organisation',
  'event',
  'source',
  'membership',
  'citation',
];

/** Types with a public list page. */
const LISTED = new Set<RecordType>(['case', 'person', 'organisation', 'event', 'source']);

/** The dashboard of a signed-in user; `notice` confirms a deletion. */
export function DashboardPage(props: PageProps & { csrf: string | undefined; notice?: MessageKey }) {
  const { i, actor } = props;
  const mayCreate = EDIT_ORDER.filter((t) => can(actor, 'create', t));
  return (
    <Layout {...props} title={i.t('edit.dashboard.title')}>
      <h1>{i.t('edit.dashboard.title')}</h1>
      {props.notice ? (
        <p class="notice" role="status">
          {i.t(props.notice)}
        </p>
      ) : null}
      <p class="lede">{i.t('edit.dashboard.lede')}</p>
      {actor.kind === 'user' ? (
        <p>{i.t('edit.dashboard.role', { role: i.t(`vocab.userRole.${actor.role}` as MessageKey) })}</p>
      ) : null}
      {mayCreate.length === 0 ? <p class="notice">{i.t('edit.dashboard.readOnly')}</p> : null}
      <table>
        <caption>{i.t('edit.dashboard.records')}</caption>
        <thead>
          <tr>
            <th scope="col">{i.t('edit.dashboard.type')}</th>
            <th scope="col">{i.t('edit.dashboard.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {EDIT_ORDER.map((t) => (
            <tr>
              <th scope="row">{i.t(`edit.recordTypes.${t}` as MessageKey)}</th>
              <td>
                {can(actor, 'create', t) ? (
                  <a href={`/edit/${DEFS[t].plural}/new`}>{i.t(`edit.title.new.${t}` as MessageKey)}</a>
                ) : null}
                {can(actor, 'create', t) && LISTED.has(t) ? ' · ' : null}
                {LISTED.has(t) ? <a href={`/${DEFS[t].plural}`}>{i.t('edit.dashboard.list')}</a> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{i.t('edit.dashboard.work')}</h2>
      <ul>
        {canAppeal(actor, 'create') ? (
          <li>
            <a href="/edit/appeals/new">{i.t('edit.dashboard.newAppeal')}</a> ·{' '}
            <a href="/appeals">{i.t('nav.appeals')}</a>
          </li>
        ) : null}
        {can(actor, 'create', 'source') ? (
          <li>
            <a href="/intake">{i.t('edit.dashboard.intake')}</a>
          </li>
        ) : null}
        {can(actor, 'update', 'person') ? (
          <li>
            <a href="/edit/duplicates">{i.t('edit.dashboard.duplicates')}</a>
          </li>
        ) : null}
        {can(actor, 'create', 'event') ? (
          <li>
            <a href="/calendar/anniversaries">{i.t('calendar.anniversaries')}</a>
          </li>
        ) : null}
        <li>
          <a href="/calendar">{i.t('nav.calendar')}</a> · <a href="/account/follows">{i.t('follow.title')}</a>
        </li>
      </ul>
      <h2>{i.t('edit.open.title')}</h2>
      <form method="get" action="/edit/open" class="row">
        <div class="field">
          <label for="open-type">{i.t('edit.f.recordType')}</label>
          <select id="open-type" name="type">
            {EDIT_ORDER.map((t) => (
              <option value={DEFS[t].plural}>{i.t(`edit.recordType.${t}` as MessageKey)}</option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="open-id">{i.t('edit.open.id')}</label>
          <input type="text" id="open-id" name="id" spellcheck={false} autocomplete="off" />
        </div>
        <div class="field">
          <button type="submit" class="secondary">
            {i.t('edit.open.submit')}
          </button>
        </div>
      </form>
      <h2>{i.t('edit.session.title')}</h2>
      <p>
        <a href="/account">{i.t('account.link')}</a>
      </p>
      <form method="post" action="/logout">
        <CsrfInput token={props.csrf} />
        <button type="submit" class="secondary">
          {i.t('nav.signOut')}
        </button>
      </form>
    </Layout>
  );
}
