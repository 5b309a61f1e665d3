// /api/docs: the API reference for people, drawn from the same OpenAPI document as /api/v1/openapi.json, and
// /api/docs/try, which turns a filled-in form into the documented GET request on this site (no script needed).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import type { AppDeps } from '../../deps.ts';
import { sendPage } from '../plugin.ts';
import { ApiDocsPage, type OpenApiDoc } from '../views/api-docs/api-docs-page.tsx';
import { pageProps } from '../views/edit/present.tsx';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { NoQuery } from '../schemas.ts';

const TryQuery = z.record(z.string().max(100), z.string().max(2000));

/** Registers GET /api/docs and GET /api/docs/try. */
export function registerApiDocsPages(root: FastifyInstance, _deps: AppDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const doc = () => app.swagger() as unknown as OpenApiDoc;

  app.get('/api/docs', { schema: { querystring: NoQuery } }, async (request, reply) =>
    sendPage(reply.header('cache-control', 'no-cache'), <ApiDocsPage {...pageProps(request)} doc={doc()} />),
  );

  app.get('/api/docs/try', { schema: { querystring: TryQuery } }, async (request, reply) => {
    const { op: id, ...given } = request.query;
    const found = Object.entries(doc().paths).flatMap(([path, ops]) =>
      ops.get && ops.get.operationId === id ? [[path, ops.get] as const] : [],
    )[0];
    if (!id || !found) throw new AppError('not_found', `No GET operation "${id ?? ''}" in the API`);
    const [path, op] = found;
    const params = op.parameters ?? [];
    let url = path;
    for (const p of params.filter((x) => x.in === 'path')) {
      const value = given[p.name];
      if (!value) throw new AppError('validation_failed', `${p.name}: required`, { field: p.name });
      url = url.replace(`{${p.name}}`, encodeURIComponent(value));
    }
    const query = new URLSearchParams();
    for (const p of params.filter((x) => x.in === 'query')) if (given[p.name]) query.set(p.name, given[p.name]!);
    // Built only from a documented path of this API and encoded values: the redirect cannot leave the site.
    return reply.redirect(query.size ? `${url}?${query}` : url, 303);
  });
}
