// The editing screen of an appeal, without JavaScript: the letter form (read-only once published), the follow-up form,
// the lifecycle buttons the actor's role allows, deletion of drafts, and the co-signatories with invite/record/order/withdraw.
import { APPEAL_TRANSITIONS, PUBLISHED_STATUSES, type Appeal } from '../../../domain/appeal.ts';
import type { CoSignatory } from '../../../domain/co-signatory.ts';
import { signatureLine } from '../../../domain/co-signatory.ts';
import { canAppeal } from '../../../policies/appeal.policy.ts';
import type { I18n } from '../../../i18n/i18n.ts';
import type { MessageKey } from '../../../i18n/messages/index.ts';
import type { FormErrors } from '../forms/errors.ts';
import type { RenderCtx } from '../forms/fields.tsx';
import { FieldList } from '../forms/groups.tsx';
import { CsrfInput, ErrorSummary } from '../forms/record-form.tsx';
import type { Candidates, FieldSpec, FormObject } from '../forms/spec.ts';
import { Layout, type PageProps } from '../layout.tsx';
import { Addressees, appealEditPath, appealPath, prefixed, statusLabel } from './parts.tsx';

/** One form's state and the problems found in it. */
export interface FormPart {
  fields: readonly FieldSpec[];
  state: FormObject;
  errors: FormErrors;
}

/** What the edit screen shows. */
export interface AppealEditProps extends PageProps {
  csrf: string | undefined;
  candidates: Candidates;
  /** The stored appeal; absent on the "new appeal" screen. */
  appeal?: Appeal;
  coSignatories: CoSignatory[];
  /** The letter form (drafts and appeals collecting co-signatures, and new appeals). */
  letter?: FormPart;
  /** The follow-up form (published appeals). */
  followUp?: FormPart;
  invite?: FormPart;
  record?: FormPart;
  /** Problems of an action that has no form of its own (a lifecycle move, a locked field). */
  problems?: FormErrors;
  notice?: MessageKey;
}

/** A form of the engine's fields under a path prefix ("invite" → invite[email]). */
function EngineForm(props: {
  i: I18n;
  candidates: Candidates;
  part: FormPart;
  action: string;
  submit: string;
  path: string[];
  hidden?: Record<string, string>;
  csrf: string | undefined;
  cls?: string;
}) {
  const { i, part } = props;
  const ctx: RenderCtx = { i, errors: part.errors, candidates: props.candidates };
  return (
    <form method="post" action={props.action} novalidate accept-charset="utf-8" class={props.cls}>
      <CsrfInput token={props.csrf} />
      {Object.entries(props.hidden ?? {}).map(([k, v]) => (
        <input type="hidden" name={k} value={v} />
      ))}
      <FieldList ctx={ctx} fields={part.fields} path={props.path} value={part.state} />
      <p>
        <button type="submit" name="_action" value="save">
          {props.submit}
        </button>
      </p>
    </form>
  );
}

/** The published letter as it stands, read-only. */
function LockedLetter(props: { i: I18n; appeal: Appeal }) {
  const { i, appeal: a } = props;
  return (
    <section aria-labelledby="letter-h">
      <h2 id="letter-h">{i.t('appeals.edit.letter')}</h2>
      <p class="notice">{i.t('appeals.edit.lockedNotice', { status: statusLabel(i, a.status) })}</p>
      <dl class="fields">
        <dt>{i.t('appeals.f.title')}</dt>
        <dd id="f-title">{a.title}</dd>
        <dt>{i.t('appeals.f.addressees')}</dt>
        <dd id="f-addressees">
          <Addressees i={i} addressees={a.addressees} />
        </dd>
        {a.letterDate ? (
          <>
            <dt>{i.t('appeals.f.letterDate')}</dt>
            <dd>{i.date(a.letterDate)}</dd>
          </>
        ) : null}
        <dt>{i.t('appeals.f.texts')}</dt>
        <dd id="f-texts">
          <ul>
            {a.texts.map((t) => (
              <li>
                <a href={appealPath(a, t.lang)} lang={t.lang}>
                  {t.title}
                </a>{' '}
                ({t.lang})
              </li>
            ))}
          </ul>
        </dd>
        <dt>{i.t('appeals.f.caseIds')}</dt>
        <dd id="f-caseIds">{i.number(a.caseIds.length)}</dd>
        {a.annexFrozen ? (
          <>
            <dt>{i.t('appeals.page.annex')}</dt>
            <dd>{i.t('appeals.page.annexFrozen', { date: i.timestamp(a.annexFrozen.at) })}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}

/** The lifecycle: one button per move the lifecycle and the actor's role allow, and deletion of unpublished appeals. */
function Lifecycle(props: AppealEditProps & { appeal: Appeal }) {
  const { i, appeal: a, actor } = props;
  const moves = APPEAL_TRANSITIONS[a.status].filter((to) => canAppeal(actor, 'transition', to));
  const deletable = !PUBLISHED_STATUSES.includes(a.status) && canAppeal(actor, 'delete');
  return (
    <section aria-labelledby="lifecycle-h">
      <h2 id="lifecycle-h">{i.t('appeals.edit.lifecycle')}</h2>
      <p>{i.t('appeals.edit.lifecycleLede', { status: statusLabel(i, a.status) })}</p>
      {moves.length === 0 ? (
        <p class="meta">{i.t('appeals.edit.noTransitions')}</p>
      ) : (
        <form method="post" action={`${appealEditPath(a)}/status`} class="row">
          <CsrfInput token={props.csrf} />
          {moves.map((to) => (
            <button type="submit" name="to" value={to} class={to === 'draft' ? 'secondary' : undefined}>
              {i.t(`appeals.edit.to.${to}` as MessageKey)}
            </button>
          ))}
        </form>
      )}
      {deletable ? (
        <form method="post" action={`${appealEditPath(a)}/delete`}>
          <CsrfInput token={props.csrf} />
          <p class="meta">{i.t('appeals.edit.deleteLede')}</p>
          <p>
            <button type="submit" class="danger">
              {i.t('appeals.edit.delete')}
            </button>
          </p>
        </form>
      ) : null}
    </section>
  );
}

/** The co-signatories: every one with its status; coordinators reorder, withdraw, invite and record before publication. */
function CoSignatories(props: AppealEditProps & { appeal: Appeal }) {
  const { i, appeal: a, actor, coSignatories } = props;
  const open = !PUBLISHED_STATUSES.includes(a.status);
  const manage = open && canAppeal(actor, 'co_sign');
  const base = `${appealEditPath(a)}/co-signatories`;
  const table = (
    <table>
      <thead>
        <tr>
          <th scope="col">{i.t('appeals.co.position')}</th>
          <th scope="col">{i.t('appeals.co.who')}</th>
          <th scope="col">{i.t('appeals.co.kind')}</th>
          <th scope="col">{i.t('appeals.co.status')}</th>
          {manage ? (
            <th scope="col">
              <span class="visually-hidden">{i.t('appeals.co.withdraw')}</span>
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {coSignatories.map((c) => (
          <tr>
            <td>
              {manage ? (
                <>
                  <label class="visually-hidden" for={`pos-${c.id}`}>
                    {i.t('appeals.co.positionOf', { name: c.name })}
                  </label>
                  <input
                    type="text"
                    inputMode="numeric"
                    size={3}
                    class="position"
                    id={`pos-${c.id}`}
                    name={`position[${c.id}]`}
                    value={String(c.position + 1)}
                  />
                </>
              ) : (
                c.position + 1
              )}
            </td>
            <td>{signatureLine(c)}</td>
            <td>{prefixed(i, 'appeals.kind.', c.kind)}</td>
            <td class={`co-status co-${c.status}`}>{prefixed(i, 'appeals.co.status.', c.status)}</td>
            {manage ? (
              <td>
                {c.status !== 'withdrawn' ? (
                  <button
                    type="submit"
                    class="secondary"
                    formaction={`${base}/${encodeURIComponent(c.id)}/withdraw`}
                    aria-label={i.t('appeals.co.withdrawOf', { name: c.name })}
                  >
                    {i.t('appeals.co.withdraw')}
                  </button>
                ) : null}
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <section aria-labelledby="co-h">
      <h2 id="co-h">{i.t('appeals.co.title')}</h2>
      <p class="meta">{i.t('appeals.co.lede')}</p>
      {coSignatories.length === 0 ? (
        <p>{i.t('appeals.co.none')}</p>
      ) : manage ? (
        <form method="post" action={`${base}/order`}>
          <CsrfInput token={props.csrf} />
          {table}
          <p>
            <button type="submit" class="secondary">
              {i.t('appeals.co.order')}
            </button>
          </p>
        </form>
      ) : (
        table
      )}
      {!open ? <p class="meta">{i.t('appeals.co.fixed', { status: statusLabel(i, a.status) })}</p> : null}
      {open && !manage ? <p class="meta">{i.t('appeals.co.readOnly')}</p> : null}
      {manage && props.invite ? (
        <section aria-labelledby="invite-h">
          <h3 id="invite-h">{i.t('appeals.co.invite')}</h3>
          <p class="meta">{i.t('appeals.co.inviteLede')}</p>
          <EngineForm
            i={i}
            candidates={props.candidates}
            part={props.invite}
            action={`${base}/invite`}
            submit={i.t('appeals.co.inviteSubmit')}
            path={['invite']}
            csrf={props.csrf}
          />
        </section>
      ) : null}
      {manage && props.record ? (
        <section aria-labelledby="record-h">
          <h3 id="record-h">{i.t('appeals.co.record')}</h3>
          <p class="meta">{i.t('appeals.co.recordLede')}</p>
          <EngineForm
            i={i}
            candidates={props.candidates}
            part={props.record}
            action={`${base}/record`}
            submit={i.t('appeals.co.recordSubmit')}
            path={['record']}
            csrf={props.csrf}
          />
        </section>
      ) : null}
    </section>
  );
}

/** The whole edit screen (or the "new appeal" screen when no appeal is stored yet). */
export function AppealEditPage(props: AppealEditProps) {
  const { i, appeal } = props;
  const title = appeal ? i.t('appeals.edit.title', { title: appeal.title }) : i.t('appeals.edit.new');
  const problems = [
    props.problems,
    props.letter?.errors,
    props.followUp?.errors,
    props.invite?.errors,
    props.record?.errors,
  ].find((e) => e !== undefined && e.list.length > 0);
  return (
    <Layout {...props} title={title} wide>
      <p>
        <a href="/appeals">{i.t('appeals.list.title')}</a>
      </p>
      <h1>{title}</h1>
      {props.notice ? (
        <p class="notice" role="status">
          {i.t(props.notice)}
        </p>
      ) : null}
      {problems ? <ErrorSummary i={i} errors={problems} /> : null}
      {appeal ? (
        <p>
          <a href={appealPath(appeal)}>{i.t('appeals.edit.view')}</a> · {i.t('appeals.status.label')}:{' '}
          <strong>{statusLabel(i, appeal.status)}</strong>
        </p>
      ) : null}

      {props.letter ? (
        <section aria-labelledby="letter-h">
          <h2 id="letter-h">{i.t('appeals.edit.letter')}</h2>
          <EngineForm
            i={i}
            candidates={props.candidates}
            part={props.letter}
            action={appeal ? appealEditPath(appeal) : '/edit/appeals/new'}
            submit={i.t(appeal ? 'edit.form.save' : 'edit.form.create')}
            path={[]}
            hidden={{ _part: 'letter' }}
            csrf={props.csrf}
          />
        </section>
      ) : appeal ? (
        <LockedLetter i={i} appeal={appeal} />
      ) : null}

      {appeal && props.followUp ? (
        <section aria-labelledby="follow-h">
          <h2 id="follow-h">{i.t('appeals.edit.followUp')}</h2>
          <EngineForm
            i={i}
            candidates={props.candidates}
            part={props.followUp}
            action={appealEditPath(appeal)}
            submit={i.t('appeals.edit.saveFollowUp')}
            path={[]}
            hidden={{ _part: 'followup' }}
            csrf={props.csrf}
          />
        </section>
      ) : null}

      {appeal ? <Lifecycle {...props} appeal={appeal} /> : null}
      {appeal ? <CoSignatories {...props} appeal={appeal} /> : null}
    </Layout>
  );
}
