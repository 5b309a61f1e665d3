// Country briefings: the page (any reader, over what they may see), its PDF, freezing it and starting an appeal from a
// frozen one (those who draft appeals). Thin routes: parse → query or command → present.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { appealFromBriefing, BriefingRequestSchema, freezeBriefing } from '../../commands/briefings/freeze-briefing.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { AppError } from '../../errors.ts';
import { canAppeal } from '../../policies/appeal.policy.ts';
import { countryBriefing, type Briefing } from '../../queries/briefings/country-briefing.ts';
import { getFrozenBriefing } from '../../queries/briefings/frozen-briefing.ts';
import { isoDay } from '../../queries/occasions/calendar.ts';
import type { AppDeps } from '../../deps.ts';
import { i18nFor } from '../../i18n/i18n.ts';
import type { Locale } from '../../i18n/locales.ts';
import { ctxOf } from '../../http/plugins/auth.ts';
import { CSRF_FIELD, csrfMatches, csrfOf, sameOrigin } from '../../http/plugins/csrf.ts';
import { sendPage } from '../plugin.ts';
import { BriefingListPage, BriefingPage } from '../views/briefings/briefing-page.tsx';
import { briefingCountries } from '../../queries/briefings/briefing-countries.ts';
import { attachment } from './appeal-outputs.pages.ts';
import { pageProps } from './register.pages.tsx';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { AnyForm, AnyQuery, ButtonForm, NoQuery, paramsOf } from '../schemas.ts';
import { formText } from './form-text.ts';

/** The briefing request of a page's query: today unless a date is given, in the page's language unless one is asked for. */
function requestOf(request: FastifyRequest, query: z.output<typeof AnyQuery>, country: string, deps: AppDeps) {
  const q = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== ''));
  return parseOrThrow(BriefingRequestSchema, { lang: request.i18n.locale, asOf: isoDay(deps.now()), ...q, country });
}

/** Refuses a posted form that did not come from our page with this session's token. */
function checkForm(request: FastifyRequest): void {
  const token = formText(request.body, CSRF_FIELD, 1000);
  if (!sameOrigin(request) || request.sessionToken === null || !csrfMatches(request, token)) {
    throw new AppError('forbidden', 'This form could not be verified; reload the page and try again');
  }
}

async function sendPdf(reply: FastifyReply, b: Briefing, createdAt: Date, privateCopy: boolean): Promise<FastifyReply> {
  // Loaded with the first briefing asked for, not at start.
  const { renderBriefing } = await import('../../pdf/briefing.ts');
  const bytes = await renderBriefing(b, i18nFor(b.lang as Locale), createdAt);
  if (privateCopy) void reply.header('cache-control', 'private, no-store');
  return reply
    .header('content-type', 'application/pdf')
    .header(
      'content-disposition',
      attachment(`briefing-${b.country}-${b.asOf}.pdf`, `briefing-${b.country}-${b.asOf}.pdf`),
    )
    .send(bytes);
}

/** Registers the briefing pages. */
export function registerBriefingPages(root: FastifyInstance, deps: AppDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get('/briefings', { schema: { querystring: NoQuery } }, async (request, reply) => {
    const countries = await briefingCountries(ctxOf(request, deps));
    return sendPage(reply, <BriefingListPage {...pageProps(request)} countries={countries} />);
  });

  app.get(
    '/briefings/:country.pdf',
    { schema: { params: paramsOf('country'), querystring: AnyQuery } },
    async (request, reply) => {
      const ctx = ctxOf(request, deps);
      const b = await countryBriefing(ctx, requestOf(request, request.query, request.params.country, deps));
      return sendPdf(reply, b, new Date(`${b.asOf}T00:00:00Z`), request.actor.kind !== 'anonymous');
    },
  );

  app.get(
    '/briefings/:country',
    { schema: { params: paramsOf('country'), querystring: AnyQuery } },
    async (request, reply) => {
      const ctx = ctxOf(request, deps);
      const b = await countryBriefing(ctx, requestOf(request, request.query, request.params.country, deps));
      return sendPage(
        reply,
        <BriefingPage
          {...pageProps(request)}
          briefing={b}
          frozen={null}
          canFreeze={canAppeal(request.actor, 'create')}
          csrf={csrfOf(request) ?? null}
        />,
      );
    },
  );

  app.post('/briefings', { schema: { body: AnyForm } }, async (request, reply) => {
    checkForm(request);
    const { [CSRF_FIELD]: _t, ...fields } = request.body ?? {};
    const frozen = await freezeBriefing(ctxOf(request, deps), { lang: request.i18n.locale, ...fields });
    return reply.redirect(`/briefings/frozen/${frozen.id}`, 303);
  });

  app.get(
    '/briefings/frozen/:id.pdf',
    { schema: { params: paramsOf('id'), querystring: NoQuery } },
    async (request, reply) => {
      const frozen = await getFrozenBriefing(ctxOf(request, deps), request.params.id);
      return sendPdf(reply, frozen.briefing, new Date(frozen.createdAt), true);
    },
  );

  app.get(
    '/briefings/frozen/:id',
    { schema: { params: paramsOf('id'), querystring: NoQuery } },
    async (request, reply) => {
      const frozen = await getFrozenBriefing(ctxOf(request, deps), request.params.id);
      void reply.header('cache-control', 'private, no-store');
      return sendPage(
        reply,
        <BriefingPage
          {...pageProps(request)}
          briefing={frozen.briefing}
          canFreeze
          csrf={csrfOf(request) ?? null}
          frozen={{ id: frozen.id, createdAt: frozen.createdAt, appealId: frozen.appealId }}
        />,
      );
    },
  );

  app.post(
    '/briefings/frozen/:id/appeal',
    { schema: { params: paramsOf('id'), body: ButtonForm } },
    async (request, reply) => {
      checkForm(request);
      const appeal = await appealFromBriefing(ctxOf(request, deps), request.params.id);
      return reply.redirect(`/edit/appeals/${appeal.id}`, 303);
    },
  );
}
