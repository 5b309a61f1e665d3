// The invitee's link, /co-sign/:token, for people without an account. GET only shows the letter and the choices (mail
// scanners follow links, so opening one must change nothing); every answer is a POST. A used, expired or unknown link,
// or one whose appeal is already published, gets the same 410 page.
//
// Forgery: these forms are anonymous, so there is no session to derive a CSRF token from. The link's token is itself a
// 256-bit single-use secret that only the invitee's mailbox holds, and another site cannot post to a URL it does not know;
// the pages scope's check also refuses any post whose Origin or Sec-Fetch-Site says it came from another site. A visitor
// who happens to be signed in still gets (and must send back) the session's CSRF token, as on every other form.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { answerCoSignatory, openCoSignLink, type CoSignAnswer } from '../../commands/appeals/answer-co-signatory.ts';
import { AppError } from '../../errors.ts';
import type { AppDeps } from '../../deps.ts';
import type { MessageKey } from '../../i18n/messages/index.ts';
import { ctxOf } from '../../http/plugins/auth.ts';
import { csrfOf } from '../../http/plugins/csrf.ts';
import { annexToShow } from '../../queries/appeals/annex.ts';
import { CoSignMessage, CoSignPage } from '../views/appeals/co-sign-page.tsx';
import { ANSWER_FIELDS } from '../views/appeals/form-spec.ts';
import { pageProps, sendPrivate } from '../views/edit/present.tsx';
import { formErrors, issuesOf, NO_ERRORS, translateMessage, type FormErrors } from '../views/forms/errors.ts';
import type { FormObject } from '../views/forms/spec.ts';
import { fromPosted, fromRecord } from '../views/forms/state.ts';
import { toInput } from '../views/forms/to-input.ts';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AnyForm, NoQuery, paramsOf, type WithParams } from '../schemas.ts';

const TokenParams = paramsOf('token');

const DONE: Record<CoSignAnswer['action'], MessageKey> = {
  confirm: 'appeals.coSign.done.confirm',
  decline: 'appeals.coSign.done.decline',
  withdraw: 'appeals.coSign.done.withdraw',
};

/** Registers GET and POST /co-sign/:token. */
export function registerCoSignPages(root: FastifyInstance, deps: AppDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tokenOf = (request: WithParams<'token'>): string => request.params.token.slice(0, 200);
  const send = (reply: FastifyReply, view: Parameters<typeof sendPrivate>[1], status = 200) => {
    // The page carries a live secret in its address: never indexed, never cached, never sent on as a referrer.
    void reply.header('x-robots-tag', 'noindex, nofollow');
    return sendPrivate(reply, view, status);
  };
  const invalid = (request: FastifyRequest, reply: FastifyReply) =>
    send(
      reply,
      <CoSignMessage
        {...pageProps(request)}
        titleKey="appeals.coSign.invalidTitle"
        bodyKey="appeals.coSign.invalidBody"
      />,
      410,
    );
  const isGone = (err: unknown) => err instanceof AppError && err.code === 'not_found';

  const form = async (
    request: WithParams<'token'>,
    reply: FastifyReply,
    state?: FormObject,
    errors: FormErrors = NO_ERRORS,
    status = 200,
  ) => {
    let opened;
    try {
      opened = await openCoSignLink(deps.db, tokenOf(request), deps.now());
    } catch (err) {
      if (isGone(err)) return invalid(request, reply);
      throw err;
    }
    const { appeal, coSignatory } = opened;
    const annex = await annexToShow(deps.db, appeal, coSignatory.lang ?? appeal.texts[0]?.lang ?? request.i18n.locale);
    const view = (
      <CoSignPage
        {...pageProps(request)}
        appeal={appeal}
        coSignatory={coSignatory}
        action={`/co-sign/${encodeURIComponent(tokenOf(request))}`}
        csrf={csrfOf(request)}
        state={state ?? fromRecord(ANSWER_FIELDS, coSignatory)}
        errors={errors}
        annex={annex}
      />
    );
    return send(reply, view, status);
  };

  app.get('/co-sign/:token', { schema: { params: TokenParams, querystring: NoQuery } }, async (request, reply) =>
    form(request, reply),
  );

  app.post('/co-sign/:token', { schema: { params: TokenParams, body: AnyForm } }, async (request, reply) => {
    const body = request.body;
    const action = body?.action;
    const state = fromPosted(ANSWER_FIELDS, body);
    let answer: CoSignAnswer;
    if (action === 'confirm') {
      const input = toInput(ANSWER_FIELDS, state) as { name?: string; title?: string; organisation?: string };
      answer = {
        action: 'confirm',
        name: input.name ?? '',
        title: input.title ?? null,
        organisation: input.organisation ?? null,
      };
    } else if (action === 'decline' || action === 'withdraw') {
      answer = { action };
    } else {
      return form(request, reply, state, NO_ERRORS, 400);
    }
    try {
      await answerCoSignatory(ctxOf(request, deps), tokenOf(request), answer);
    } catch (err) {
      if (isGone(err)) return invalid(request, reply);
      if (err instanceof AppError && err.code === 'validation_failed') {
        const issues = issuesOf(err).map((x) => ({
          field: x.field,
          message: translateMessage(request.i18n, x.message),
        }));
        return form(request, reply, state, formErrors(request.i18n, ANSWER_FIELDS, state, issues), 400);
      }
      throw err;
    }
    return send(
      reply,
      <CoSignMessage {...pageProps(request)} titleKey="appeals.coSign.doneTitle" bodyKey={DONE[answer.action]} />,
    );
  });
}
