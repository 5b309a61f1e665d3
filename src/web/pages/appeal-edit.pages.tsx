// The appeal editing screens for signed-in editors, coordinators and admins: create, edit (the letter before publication,
// the follow-up after), move along the lifecycle, delete drafts, and manage co-signatories. Every form posts with the
// session's CSRF token (checked for the whole pages scope by plugins/csrf.ts); routes stay validate → load → authorize →
// command → present, and a refused form is shown again with each message next to its field.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createAppeal } from '../../commands/appeals/create-appeal.ts';
import { deleteAppeal } from '../../commands/appeals/delete-appeal.ts';
import { inviteCoSignatory, recordCoSignatory } from '../../commands/appeals/invite-co-signatory.ts';
import { orderCoSignatories, withdrawCoSignatory } from '../../commands/appeals/order-co-signatories.ts';
import { transitionAppeal } from '../../commands/appeals/transition-appeal.ts';
import { appealAsInput, updateAppeal } from '../../commands/appeals/update-appeal.ts';
import {
  APPEAL_STATUSES,
  canMove,
  PUBLISHED_STATUSES,
  publicationProblems,
  type Appeal,
  type AppealStatus,
} from '../../domain/appeal.ts';
import { assertNoProblems } from '../../domain/validation.ts';
import { annexToShow } from '../../queries/appeals/annex.ts';
import { PublishConfirmPage } from '../views/appeals/publish-confirm-page.tsx';
import { coSignatoryRepo } from '../../db/repos/co-signatory.repo.ts';
import { AppError } from '../../errors.ts';
import { authorizeAppeal, canAppeal } from '../../policies/appeal.policy.ts';
import { getAppeal } from '../../queries/appeals/get-appeal.ts';
import type { AppDeps } from '../../deps.ts';
import type { I18n } from '../../i18n/i18n.ts';
import type { MessageKey } from '../../i18n/messages/index.ts';
import { registerSignedIn } from '../require-user.ts';
import { ctxOf } from '../../http/plugins/auth.ts';
import { csrfOf } from '../../http/plugins/csrf.ts';
import { AppealEditPage, type AppealEditProps, type FormPart } from '../views/appeals/edit-page.tsx';
import {
  FOLLOW_UP_FIELDS,
  INVITE_FIELDS,
  LETTER_FIELDS,
  RECORD_FIELDS,
  SIGNING_FIELDS,
} from '../views/appeals/form-spec.ts';
import { appealEditPath } from '../views/appeals/parts.tsx';
import { loadCandidates } from '../views/edit/load.ts';
import { pageProps, sendPrivate } from '../views/edit/present.tsx';
import {
  formErrors,
  isFormError,
  issuesOf,
  NO_ERRORS,
  translateMessage,
  type FormErrors,
} from '../views/forms/errors.ts';
import type { FieldSpec, FormObject } from '../views/forms/spec.ts';
import {
  blankObject,
  fromPosted,
  fromRecord,
  postedAction,
  withAddedRow,
  withEmptyRow,
  withoutEmptyRows,
} from '../views/forms/state.ts';
import { toInput } from '../views/forms/to-input.ts';
import { plainParam } from './appeals.pages.tsx';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AnyForm,
  ButtonForm,
  field,
  formOf,
  NoQuery,
  paramsOf,
  queryText,
  type WithForm,
  type WithParams,
  type ZodPages,
} from '../schemas.ts';

const IdParams = paramsOf('id');

// The appeal commands' messages (English, stable) in the editor's language; anything else goes to the register's table.
const APPEAL_MESSAGES: [RegExp, MessageKey][] = [
  [/^a published appeal must be public$/, 'appeals.error.public'],
  [/^name at least one addressee/, 'appeals.error.addressee'],
  [/^write at least one text/, 'appeals.error.text'],
  [/^one text per language$/, 'appeals.error.oneText'],
  [/linked cases$/, 'appeals.error.outcomeCase'],
  [/its letter no longer changes$/, 'appeals.edit.locked'],
  [/its co-signatories are fixed$/, 'appeals.error.coFixed'],
  [/^an appeal cannot go from/, 'appeals.edit.lifecycleError'],
  [/^name every co-signatory/, 'appeals.error.order'],
];

/** The issues of a refused command, in the editor's language. */
function issuesIn(i: I18n, err: AppError): { field: string; message: string }[] {
  return issuesOf(err).map((x) => {
    const hit = APPEAL_MESSAGES.find(([re]) => re.test(x.message));
    return { field: x.field, message: hit ? i.t(hit[1]) : translateMessage(i, x.message) };
  });
}

/** Problems placed on a form's fields (under a path prefix such as "invite"). */
function errorsOn(
  i: I18n,
  fields: readonly FieldSpec[],
  state: FormObject,
  err: AppError,
  prefix?: string,
): FormErrors {
  const issues = issuesIn(i, err);
  if (!prefix) return formErrors(i, fields, state, issues);
  const wrapped: FieldSpec[] = [
    { kind: 'object', name: prefix, label: prefix === 'invite' ? 'appeals.co.invite' : 'appeals.co.record', fields },
  ];
  return formErrors(
    i,
    wrapped,
    { [prefix]: state },
    issues.map((x) => ({ ...x, field: `${prefix}.${x.field}` })),
  );
}

/** Problems of an action without a form of its own: listed at the top, not tied to any element. */
function summaryOf(i: I18n, err: AppError): FormErrors {
  const label = (field: string): string => {
    const f = [...LETTER_FIELDS, ...FOLLOW_UP_FIELDS].find((x) => x.name === field.split('.')[0]);
    return f ? i.t(f.label) : '';
  };
  return {
    byId: new Map(),
    list: issuesIn(i, err).map((x) => ({ id: undefined, label: label(x.field), message: x.message })),
  };
}

/** The appeal of the route, which the actor must be allowed to edit. */
async function loadAppeal(request: WithParams<'id'>, deps: AppDeps): Promise<Appeal> {
  const id = request.params.id;
  // Ids and slugs are short plain text; anything else (a NUL byte PostgreSQL refuses, say) names no appeal.
  if (!plainParam(id)) throw new AppError('not_found', 'No such appeal');
  const appeal = await getAppeal(ctxOf(request, deps), id);
  authorizeAppeal(request.actor, 'update');
  return appeal;
}

/** Fields of the follow-up form: coordinators also keep the signing settings after publication. */
function followUpFields(request: FastifyRequest): readonly FieldSpec[] {
  return canAppeal(request.actor, 'transition', 'closed') ? [...SIGNING_FIELDS, ...FOLLOW_UP_FIELDS] : FOLLOW_UP_FIELDS;
}

/** A state with at least `n` rows in a group, so a browser without JavaScript has room to type. */
function padded(fields: readonly FieldSpec[], state: FormObject, rows: Record<string, number>): FormObject {
  const out = { ...state };
  for (const f of fields) {
    if (f.kind !== 'group' || rows[f.name] === undefined) continue;
    const list = [...(out[f.name] as FormObject[])];
    while (list.length < rows[f.name]!) list.push(blankObject(f.fields));
    out[f.name] = list;
  }
  return out;
}

const ROOM = { addressees: 2, texts: 2, caseIds: 3 };
const part = (fields: readonly FieldSpec[], state: FormObject, errors: FormErrors = NO_ERRORS): FormPart => ({
  fields,
  state,
  errors,
});

/** The stored appeal's state for a form's fields, with empty rows to add to. */
function stateOf(fields: readonly FieldSpec[], appeal: Appeal): FormObject {
  const input = appealAsInput(appeal);
  return padded(fields, withEmptyRow(fields, fromRecord(fields, input)), ROOM);
}

/** Registers the appeal edit screens, for signed-in users only. */
export function registerAppealEditPages(app: FastifyInstance, deps: AppDeps): void {
  registerSignedIn(app, (scope) => registerAppealEditRoutes(scope.withTypeProvider<ZodTypeProvider>(), deps));
}

/** The appeal edit screens' routes. */
function registerAppealEditRoutes(app: ZodPages, deps: AppDeps): void {
  /** Renders the edit screen; parts not given are built from the stored appeal. */
  async function show(
    request: FastifyRequest,
    reply: FastifyReply,
    appeal: Appeal | undefined,
    over: Partial<AppealEditProps> = {},
    status = 200,
  ): Promise<FastifyReply> {
    const ctx = ctxOf(request, deps);
    const published = appeal !== undefined && PUBLISHED_STATUSES.includes(appeal.status);
    const candidates = await loadCandidates(ctx, published ? ['case', 'source'] : ['event', 'case']);
    // An outcome is about one of the letter's own cases: offer only those.
    if (published && Array.isArray(candidates.case))
      candidates.case = candidates.case.filter((c) => appeal.caseIds.includes(c.id));
    const coSignatories = appeal ? await coSignatoryRepo.ofAppeal(ctx.db, appeal.id) : [];
    const follow = followUpFields(request);
    const props: AppealEditProps = {
      ...pageProps(request),
      csrf: csrfOf(request),
      candidates,
      appeal,
      coSignatories,
      letter: published
        ? undefined
        : part(
            LETTER_FIELDS,
            appeal ? stateOf(LETTER_FIELDS, appeal) : padded(LETTER_FIELDS, blankObject(LETTER_FIELDS), ROOM),
          ),
      followUp: published && appeal ? part(follow, stateOf(follow, appeal)) : undefined,
      invite: part(INVITE_FIELDS, blankObject(INVITE_FIELDS)),
      record: part(RECORD_FIELDS, blankObject(RECORD_FIELDS)),
      ...over,
    };
    return sendPrivate(reply, <AppealEditPage {...props} />, status);
  }

  /** Saves the posted letter or follow-up form, or shows it again with one more row or with the problems found. */
  async function save(request: WithForm, reply: FastifyReply, stored: Appeal | undefined): Promise<FastifyReply> {
    const body = request.body;
    const which = body?._part === 'followup' && stored ? 'followUp' : 'letter';
    const fields = which === 'followUp' ? followUpFields(request) : LETTER_FIELDS;
    const state = fromPosted(fields, body);
    const action = postedAction(body);
    if (action !== 'save')
      return show(request, reply, stored, { [which]: part(fields, withAddedRow(fields, state, action.add)) });
    const tidy = withoutEmptyRows(fields, state);
    const input = toInput(fields, tidy);
    const ctx = ctxOf(request, deps);
    try {
      const saved = stored ? await updateAppeal(ctx, stored.id, input) : await createAppeal(ctx, input);
      return reply.redirect(`${appealEditPath(saved)}?saved=1`, 303);
    } catch (err) {
      if (!isFormError(err)) throw err;
      const published = stored !== undefined && PUBLISHED_STATUSES.includes(stored.status);
      // A letter posted after publication (a form opened before it) is refused as a whole; the locked letter is shown with why.
      if (which === 'letter' && published)
        return show(request, reply, stored, { problems: summaryOf(request.i18n, err) }, err.status);
      const errors = errorsOn(request.i18n, fields, tidy, err);
      return show(
        request,
        reply,
        stored,
        { [which]: part(fields, padded(fields, withEmptyRow(fields, tidy), ROOM), errors) },
        err.status,
      );
    }
  }

  app.get('/edit/appeals/new', { schema: { querystring: NoQuery } }, async (request, reply) => {
    authorizeAppeal(request.actor, 'create');
    return show(request, reply, undefined);
  });
  app.post('/edit/appeals/new', { schema: { body: AnyForm } }, async (request, reply) => {
    authorizeAppeal(request.actor, 'create');
    return save(request, reply, undefined);
  });
  app.get(
    '/edit/appeals/:id',
    { schema: { params: IdParams, querystring: z.object({ saved: queryText }) } },
    async (request, reply) => {
      const appeal = await loadAppeal(request, deps);
      const saved = request.query.saved;
      const notice: MessageKey | undefined =
        saved === '1' ? 'appeals.edit.saved' : saved === 'invited' ? 'appeals.co.invited' : undefined;
      return show(request, reply, appeal, { notice });
    },
  );
  app.post('/edit/appeals/:id', { schema: { params: IdParams, body: AnyForm } }, async (request, reply) =>
    save(request, reply, await loadAppeal(request, deps)),
  );

  app.post(
    '/edit/appeals/:id/status',
    { schema: { params: IdParams, body: formOf({ to: field, confirm: field }) } },
    async (request, reply) => {
      const appeal = await loadAppeal(request, deps);
      const to = request.body?.to;
      if (typeof to !== 'string' || !(APPEAL_STATUSES as readonly string[]).includes(to))
        throw new AppError('validation_failed', 'to: expected an appeal status', { field: 'to' });
      // Publishing cannot be undone: first show what becomes public, and publish only once that page is confirmed.
      if (to === 'published' && request.body?.confirm !== '1') {
        authorizeAppeal(request.actor, 'transition', 'published');
        try {
          if (!canMove(appeal.status, 'published'))
            throw new AppError('conflict', `status: an appeal cannot go from "${appeal.status}" to "published"`, {
              field: 'status',
            });
          assertNoProblems(publicationProblems(appeal));
        } catch (err) {
          if (!(err instanceof AppError) || (err.code !== 'validation_failed' && err.code !== 'conflict')) throw err;
          return show(request, reply, appeal, { problems: summaryOf(request.i18n, err) }, err.status);
        }
        const lang =
          appeal.texts.find((t) => t.lang === request.i18n.locale)?.lang ??
          appeal.texts[0]?.lang ??
          request.i18n.locale;
        const annex = await annexToShow(ctxOf(request, deps).db, appeal, lang);
        return sendPrivate(
          reply,
          <PublishConfirmPage {...pageProps(request)} appeal={appeal} annex={annex} csrf={csrfOf(request)} />,
        );
      }
      try {
        await transitionAppeal(ctxOf(request, deps), appeal.id, to as AppealStatus);
      } catch (err) {
        if (!(err instanceof AppError) || (err.code !== 'validation_failed' && err.code !== 'conflict')) throw err;
        return show(request, reply, appeal, { problems: summaryOf(request.i18n, err) }, err.status);
      }
      return reply.redirect(`${appealEditPath(appeal)}?saved=1`, 303);
    },
  );

  app.post('/edit/appeals/:id/delete', { schema: { params: IdParams, body: ButtonForm } }, async (request, reply) => {
    const appeal = await loadAppeal(request, deps);
    try {
      await deleteAppeal(ctxOf(request, deps), appeal.id);
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'conflict') throw err;
      return show(request, reply, appeal, { problems: summaryOf(request.i18n, err) }, err.status);
    }
    return reply.redirect('/edit?deleted=1', 303);
  });

  /** Invites or records a co-signatory from the posted form under its prefix, or shows the form again with its problems. */
  const addCoSignatory =
    (kind: 'invite' | 'record') => async (request: WithForm & WithParams<'id'>, reply: FastifyReply) => {
      const appeal = await loadAppeal(request, deps);
      authorizeAppeal(request.actor, 'co_sign');
      const fields = kind === 'invite' ? INVITE_FIELDS : RECORD_FIELDS;
      const posted = request.body?.[kind];
      const state = fromPosted(fields, posted);
      const ctx = ctxOf(request, deps);
      try {
        const input = toInput(fields, state);
        if (kind === 'invite') await inviteCoSignatory(ctx, appeal.id, input);
        else await recordCoSignatory(ctx, appeal.id, input);
      } catch (err) {
        if (!(err instanceof AppError) || (err.code !== 'validation_failed' && err.code !== 'conflict')) throw err;
        const errors = errorsOn(request.i18n, fields, state, err, kind);
        return show(request, reply, appeal, { [kind]: part(fields, state, errors) }, err.status);
      }
      return reply.redirect(`${appealEditPath(appeal)}?saved=${kind === 'invite' ? 'invited' : '1'}#co-h`, 303);
    };
  app.post(
    '/edit/appeals/:id/co-signatories/invite',
    { schema: { params: IdParams, body: AnyForm } },
    addCoSignatory('invite'),
  );
  app.post(
    '/edit/appeals/:id/co-signatories/record',
    { schema: { params: IdParams, body: AnyForm } },
    addCoSignatory('record'),
  );

  app.post(
    '/edit/appeals/:id/co-signatories/order',
    { schema: { params: IdParams, body: AnyForm } },
    async (request, reply) => {
      const appeal = await loadAppeal(request, deps);
      authorizeAppeal(request.actor, 'co_sign');
      const ctx = ctxOf(request, deps);
      const raw = request.body?.position;
      const positions =
        typeof raw === 'object' && raw !== null && !Array.isArray(raw)
          ? Object.entries(raw as Record<string, unknown>)
          : [];
      const current = await coSignatoryRepo.ofAppeal(ctx.db, appeal.id);
      const rank = new Map(
        positions.map(([id, v]) => [id, typeof v === 'string' && /^\s*\d{1,4}\s*$/.test(v) ? Number(v) : Number.NaN]),
      );
      // Ties and blanks keep the current order: sort by the number typed, then by the present position.
      const ids = current.map((c) => c.id);
      const ordered = [...ids].sort((a, b) => {
        const ra = rank.get(a) ?? Number.NaN;
        const rb = rank.get(b) ?? Number.NaN;
        if (Number.isNaN(ra) || Number.isNaN(rb))
          return Number.isNaN(ra) === Number.isNaN(rb) ? ids.indexOf(a) - ids.indexOf(b) : Number.isNaN(ra) ? 1 : -1;
        return ra - rb || ids.indexOf(a) - ids.indexOf(b);
      });
      try {
        await orderCoSignatories(ctx, appeal.id, ordered);
      } catch (err) {
        if (!(err instanceof AppError) || (err.code !== 'validation_failed' && err.code !== 'conflict')) throw err;
        return show(request, reply, appeal, { problems: summaryOf(request.i18n, err) }, err.status);
      }
      return reply.redirect(`${appealEditPath(appeal)}?saved=1#co-h`, 303);
    },
  );

  app.post(
    '/edit/appeals/:id/co-signatories/:cid/withdraw',
    { schema: { params: paramsOf('id', 'cid'), body: ButtonForm } },
    async (request, reply) => {
      const appeal = await loadAppeal(request, deps);
      authorizeAppeal(request.actor, 'co_sign');
      const cid = request.params.cid;
      if (!plainParam(cid, 64)) throw new AppError('not_found', 'No such co-signatory');
      try {
        await withdrawCoSignatory(ctxOf(request, deps), appeal.id, cid);
      } catch (err) {
        if (!(err instanceof AppError) || err.code !== 'conflict') throw err;
        return show(request, reply, appeal, { problems: summaryOf(request.i18n, err) }, err.status);
      }
      return reply.redirect(`${appealEditPath(appeal)}?saved=1#co-h`, 303);
    },
  );
}
