// Public signing without JavaScript: GET/POST /appeals/:slug/sign, the "check your email" page, and the confirmation link
// (GET shows a button, POST confirms: mail scanners follow links). Post/redirect/get after a signing; the redirect is the
// same whether the address is new, already signed or denied. Registered inside the pages scope, whose CSRF hook refuses
// cross-site posts (and wants the session's token from signed-in readers); the form also carries a server-signed token.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { confirmSignature, findConfirmation } from '../../commands/signatures/confirm-signature.ts';
import { openAppealFor, signAppeal } from '../../commands/signatures/sign-appeal.ts';
import { SignInputSchema } from '../../domain/signature.ts';
import { AppError } from '../../errors.ts';
import type { AppDeps } from '../../deps.ts';
import type { MessageKey } from '../../i18n/messages/index.ts';
import { ctxOf } from '../../http/plugins/auth.ts';
import { csrfOf } from '../../http/plugins/csrf.ts';
import { sendPrivate } from '../views/edit/present.tsx';
import { pageProps } from '../views/edit/present.tsx';
import { signFormToken, signFormTokenValid } from '../views/sign/form-token.ts';
import { SIGN_FIELDS, type SignFormProps, type SignFormValues } from '../views/sign/sign-form.tsx';
import { ConfirmPage, SignMessagePage, SignPage } from '../views/sign/sign-pages.tsx';
import { assertSignLimits } from '../../http/sign-limiter.ts';
import { formText } from './form-text.ts';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ButtonForm, field, formOf, NoQuery, paramsOf, type WithParams } from '../schemas.ts';

const SlugParams = paramsOf('slug');
/** The signing form: each field text (the CSRF token and the trap field pass through). */
const SignForm = formOf(Object.fromEntries(Object.values(SIGN_FIELDS).map((name) => [name, field])));

const FIELD_ERRORS: Record<string, MessageKey> = {
  name: 'sign.error.name',
  country: 'sign.error.country',
  email: 'sign.error.email',
  comment: 'sign.error.comment',
};

/** Registers the signing pages. */
export function registerSignPages(root: FastifyInstance, deps: AppDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const message = (
    request: WithParams<'slug'>,
    reply: FastifyReply,
    status: number,
    titleKey: MessageKey,
    bodyKey: MessageKey,
    extra?: { extraKey?: MessageKey; values?: Record<string, string> },
  ) =>
    sendPrivate(
      reply,
      <SignMessagePage
        {...pageProps(request)}
        slug={request.params.slug}
        titleKey={titleKey}
        bodyKey={bodyKey}
        {...extra}
      />,
      status,
    );

  /** The appeal open for signing, or the page that says it is closed (a missing appeal is a 404 error page). */
  const load = async (request: WithParams<'slug'>, reply: FastifyReply) => {
    try {
      return await openAppealFor(ctxOf(request, deps), request.params.slug);
    } catch (err) {
      if (err instanceof AppError && err.code === 'conflict') {
        await message(request, reply, 409, 'sign.closed.title', 'sign.closed.body');
        return undefined;
      }
      throw err;
    }
  };

  const form = (
    request: FastifyRequest,
    reply: FastifyReply,
    appeal: { slug: string; title: string },
    status: number,
    extra: Pick<SignFormProps, 'values' | 'errors'> = {},
  ) => {
    const token = signFormToken(deps.keyring, appeal.slug, deps.now());
    return sendPrivate(
      reply,
      <SignPage
        {...pageProps(request)}
        appeal={{ slug: appeal.slug, title: appeal.title }}
        formToken={token}
        csrf={csrfOf(request)}
        {...extra}
      />,
      status,
    );
  };

  app.get('/appeals/:slug/sign', { schema: { params: SlugParams, querystring: NoQuery } }, async (request, reply) => {
    const appeal = await load(request, reply);
    return appeal ? form(request, reply, appeal, 200) : reply;
  });

  /** The shared limit check (the API's), answered here with the page that asks the signer to wait. */
  const withinLimits = (request: FastifyRequest, appealId?: string): boolean => {
    try {
      assertSignLimits(deps, request, appealId);
      return true;
    } catch (err) {
      if (err instanceof AppError && err.code === 'rate_limited') return false;
      throw err;
    }
  };

  app.post('/appeals/:slug/sign', { schema: { params: SlugParams, body: SignForm } }, async (request, reply) => {
    if (!withinLimits(request)) return message(request, reply, 429, 'sign.limited.title', 'sign.limited.body');
    const appeal = await load(request, reply);
    if (!appeal) return reply;
    const body = request.body;
    if (!signFormTokenValid(deps.keyring, appeal.slug, formText(body, SIGN_FIELDS.formToken, 100), deps.now())) {
      return message(request, reply, 403, 'sign.forgery.title', 'sign.forgery.body');
    }
    const values: SignFormValues = {
      name: formText(body, SIGN_FIELDS.name, 1000),
      country: formText(body, SIGN_FIELDS.country, 10),
      email: formText(body, SIGN_FIELDS.email, 1000),
      comment: formText(body, SIGN_FIELDS.comment, 5000),
      showName: formText(body, SIGN_FIELDS.showName, 10) !== '',
    };
    const input = {
      name: values.name,
      country: values.country,
      email: values.email,
      ...(values.comment ? { comment: values.comment } : {}),
      showName: values.showName,
    };
    const parsed = SignInputSchema.safeParse(input);
    if (!parsed.success) {
      const errors: NonNullable<SignFormProps['errors']> = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '');
        const key = FIELD_ERRORS[field];
        if (key) errors[field as keyof typeof errors] = key;
      }
      return form(request, reply, appeal, 400, { values, errors });
    }
    const sent = `/appeals/${encodeURIComponent(appeal.slug)}/sign/sent`;
    // Filled by automated posters only (the field is hidden from people): the same answer, nothing stored.
    if (formText(body, SIGN_FIELDS.trap, 1000) !== '') return reply.redirect(sent, 303);
    if (!withinLimits(request, appeal.id))
      return message(request, reply, 429, 'sign.limited.title', 'sign.limited.body');
    await signAppeal(ctxOf(request, deps), {
      appeal,
      parsed: parsed.data,
      ip: request.ip,
      locale: request.i18n.locale,
    });
    return reply.redirect(sent, 303);
  });

  app.get(
    '/appeals/:slug/sign/sent',
    { schema: { params: SlugParams, querystring: NoQuery } },
    async (request, reply) => {
      const appeal = await load(request, reply);
      if (!appeal) return reply;
      return message(request, reply, 200, 'sign.check.title', 'sign.check.body', { extraKey: 'sign.check.again' });
    },
  );

  const linkInvalid = (request: WithParams<'slug'>, reply: FastifyReply) =>
    message(request, reply, 404, 'sign.invalid.title', 'sign.invalid.body');

  app.get(
    '/appeals/:slug/confirm/:token',
    { schema: { params: paramsOf('slug', 'token'), querystring: NoQuery } },
    async (request, reply) => {
      const { slug, token } = request.params;
      const found = await findConfirmation(ctxOf(request, deps), slug, token);
      if (found.state === 'invalid') return linkInvalid(request, reply);
      if (found.state === 'closed') return message(request, reply, 409, 'sign.closed.title', 'sign.closed.body');
      const action = `/appeals/${encodeURIComponent(slug)}/confirm/${encodeURIComponent(String(token))}`;
      return sendPrivate(
        reply,
        <ConfirmPage
          {...pageProps(request)}
          appeal={found.appeal}
          details={found.details}
          action={action}
          csrf={csrfOf(request)}
        />,
      );
    },
  );

  app.post(
    '/appeals/:slug/confirm/:token',
    { schema: { params: paramsOf('slug', 'token'), body: ButtonForm } },
    async (request, reply) => {
      const { slug, token } = request.params;
      const result = await confirmSignature(ctxOf(request, deps), slug, token);
      if (result.state === 'invalid') return linkInvalid(request, reply);
      if (result.state === 'closed') return message(request, reply, 409, 'sign.closed.title', 'sign.closed.body');
      return message(request, reply, 200, 'sign.done.title', 'sign.done.body', {
        values: { title: result.appeal.title },
      });
    },
  );
}
