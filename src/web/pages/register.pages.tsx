// The public register: lists with filters and facets, and one page per record. Thin routes: parse → query → view.
// A record page shows its restricted fields only to cleared readers, and records that read in the audit log.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Actor } from '../../context.ts';
import {
  CaseFilterSchema,
  EventFilterSchema,
  OrganisationFilterSchema,
  PageQuerySchema,
  PersonFilterSchema,
  SourceFilterSchema,
} from '../../domain/filters.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import {
  caseListPage,
  casePage,
  eventListPage,
  eventPage,
  organisationListPage,
  organisationPage,
  personListPage,
  personPage,
  sourceListPage,
  sourcePage,
} from '../../queries/pages/register-pages.ts';
import type { AppDeps } from '../../deps.ts';
import type { I18n } from '../../i18n/i18n.ts';
import { ctxOf } from '../../http/plugins/auth.ts';
import { showingRestricted } from '../../http/plugins/restricted.ts';
import { appealsOfCase } from '../../queries/appeals/get-appeal.ts';
import { sendPage } from '../plugin.ts';
import { CasePage } from '../views/register/case-page.tsx';
import { CaseList, EventList, OrganisationList, PersonList, SourceList } from '../views/register/lists.tsx';
import { EventPage, OrganisationPage, PersonPage, SourcePage } from '../views/register/record-pages.tsx';
import { AnyQuery, NoQuery, paramsOf } from '../schemas.ts';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';

/** The page frame's props for a request. */
export function pageProps(request: FastifyRequest): { i: I18n; path: string; actor: Actor } {
  return { i: request.i18n, path: request.url, actor: request.actor };
}

/** Parses a list's query string; empty form fields mean "no filter". */
function listQuery<S extends z.ZodObject>(schema: S, raw: z.output<typeof AnyQuery>) {
  const cleaned = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== ''));
  const parsed = parseOrThrow(schema.extend(PageQuerySchema.shape), cleaned) as z.output<S> & {
    limit: number;
    cursor?: string;
  };
  const { limit, cursor, ...filter } = parsed;
  return { filter, paging: { limit, cursor }, query: cleaned as Record<string, string> };
}

/** Registers the register's list and record pages. */
export function registerRegisterPages(root: FastifyInstance, deps: AppDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get('/cases', { schema: { querystring: AnyQuery } }, async (request, reply) => {
    const { filter, paging, query } = listQuery(CaseFilterSchema, request.query);
    const { result, facets, links } = await caseListPage(ctxOf(request, deps), filter, paging);
    return sendPage(
      reply,
      <CaseList
        {...pageProps(request)}
        query={query}
        data={result.data}
        nextCursor={result.nextCursor}
        total={facets.total}
        facets={facets}
        links={links}
      />,
    );
  });
  app.get('/persons', { schema: { querystring: AnyQuery } }, async (request, reply) => {
    const { filter, paging, query } = listQuery(PersonFilterSchema, request.query);
    const { result, facets } = await personListPage(ctxOf(request, deps), filter, paging);
    return sendPage(
      reply,
      <PersonList
        {...pageProps(request)}
        query={query}
        data={result.data}
        nextCursor={result.nextCursor}
        total={facets.total}
        facets={facets}
      />,
    );
  });
  app.get('/organisations', { schema: { querystring: AnyQuery } }, async (request, reply) => {
    const { filter, paging, query } = listQuery(OrganisationFilterSchema, request.query);
    const { result, facets } = await organisationListPage(ctxOf(request, deps), filter, paging);
    return sendPage(
      reply,
      <OrganisationList
        {...pageProps(request)}
        query={query}
        data={result.data}
        nextCursor={result.nextCursor}
        total={facets.total}
        facets={facets}
      />,
    );
  });
  app.get('/events', { schema: { querystring: AnyQuery } }, async (request, reply) => {
    const { filter, paging, query } = listQuery(EventFilterSchema, request.query);
    const { result, facets } = await eventListPage(ctxOf(request, deps), filter, paging);
    return sendPage(
      reply,
      <EventList
        {...pageProps(request)}
        query={query}
        data={result.data}
        nextCursor={result.nextCursor}
        total={facets.total}
        facets={facets}
      />,
    );
  });
  app.get('/sources', { schema: { querystring: AnyQuery } }, async (request, reply) => {
    const { filter, paging, query } = listQuery(SourceFilterSchema, request.query);
    const { result } = await sourceListPage(ctxOf(request, deps), filter, paging);
    return sendPage(
      reply,
      <SourceList
        {...pageProps(request)}
        query={query}
        data={result.data}
        nextCursor={result.nextCursor}
        total={result.data.length}
      />,
    );
  });

  app.get('/cases/:slug', { schema: { params: paramsOf('slug'), querystring: NoQuery } }, async (request, reply) => {
    const ctx = ctxOf(request, deps);
    const page = await casePage(ctx, request.params.slug);
    await showingRestricted(ctx, reply, 'case', [page.record]);
    return sendPage(
      reply,
      <CasePage {...pageProps(request)} {...page} appeals={await appealsOfCase(ctx, page.record.id)} />,
    );
  });
  app.get('/persons/:slug', { schema: { params: paramsOf('slug'), querystring: NoQuery } }, async (request, reply) => {
    const ctx = ctxOf(request, deps);
    const page = await personPage(ctx, request.params.slug);
    // A merged person's old id or slug: send the reader to the person it was merged into.
    if (page.record.id !== request.params.slug && page.record.slug !== request.params.slug)
      return reply.redirect(`/persons/${encodeURIComponent(page.record.slug)}`, 301);
    await showingRestricted(ctx, reply, 'person', [page.record]);
    return sendPage(reply, <PersonPage {...pageProps(request)} {...page} />);
  });
  app.get(
    '/organisations/:slug',
    { schema: { params: paramsOf('slug'), querystring: NoQuery } },
    async (request, reply) => {
      const ctx = ctxOf(request, deps);
      const page = await organisationPage(ctx, request.params.slug);
      await showingRestricted(ctx, reply, 'organisation', [page.record]);
      return sendPage(reply, <OrganisationPage {...pageProps(request)} {...page} />);
    },
  );
  app.get('/events/:slug', { schema: { params: paramsOf('slug'), querystring: NoQuery } }, async (request, reply) => {
    const ctx = ctxOf(request, deps);
    const page = await eventPage(ctx, request.params.slug);
    await showingRestricted(ctx, reply, 'event', [page.record]);
    return sendPage(reply, <EventPage {...pageProps(request)} {...page} />);
  });
  app.get('/sources/:slug', { schema: { params: paramsOf('slug'), querystring: NoQuery } }, async (request, reply) => {
    const ctx = ctxOf(request, deps);
    const page = await sourcePage(ctx, request.params.slug);
    await showingRestricted(ctx, reply, 'source', [page.record]);
    return sendPage(reply, <SourcePage {...pageProps(request)} {...page} />);
  });
}
