// The home pages.
import type { FastifyInstance } from 'fastify';
import { signingOpen } from '../../domain/appeal.ts';
import { listAppeals } from '../../queries/appeals/get-appeal.ts';
import { homeStats } from '../../queries/pages/home-stats.ts';
import type { AppDeps } from '../../deps.ts';
import { ctxOf } from '../../http/plugins/auth.ts';
import { sendPage } from '../plugin.ts';
import { HomePage } from '../views/home.tsx';
import { NoQuery } from '../schemas.ts';

/** Registers the home pages. */
export function registerHomePages(app: FastifyInstance, deps: AppDeps): void {
  app.get('/', { schema: { hide: true, querystring: NoQuery } }, async (request, reply) => {
    const ctx = ctxOf(request, deps);
    const [stats, appeals] = await Promise.all([homeStats(ctx), listAppeals(ctx, {}, { limit: 20 })]);
    const openAppeals = appeals.data.filter((a) => signingOpen(a, ctx.now()));
    return sendPage(
      reply,
      <HomePage i={request.i18n} path={request.url} actor={request.actor} stats={stats} openAppeals={openAppeals} />,
    );
  });
}
