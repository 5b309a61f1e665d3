// The HTML site: every page route, registered inside one encapsulated plugin so that what pages need (form bodies)
// stays out of the JSON API.
import formbody from '@fastify/formbody';
import type { FastifyInstance } from 'fastify';
import qs from 'qs';
import type { AppDeps } from '../deps.ts';
import { registerSignPages } from './pages/sign.pages.tsx';
import { registerAccountPages } from './pages/account.pages.tsx';
import { registerCalendarPages, registerOccasionFormPages } from './pages/calendar.pages.tsx';
import { registerBriefingPages } from './pages/briefings.pages.tsx';
import { registerAppealOutputPages } from './pages/appeal-outputs.pages.ts';
import { registerHistoryPages } from './pages/history.pages.tsx';
import { registerIntakePages } from './pages/intake.pages.tsx';
import { registerAppealPages } from './pages/appeals.pages.tsx';
import { registerAppealEditPages } from './pages/appeal-edit.pages.tsx';
import { registerCoSignPages } from './pages/co-sign.pages.tsx';
import { registerEditPages } from './pages/edit.pages.tsx';
import { registerHomePages } from './pages/home.pages.tsx';
import { registerRegisterPages } from './pages/register.pages.tsx';
import { registerSearchPages } from './pages/search.pages.tsx';
import { registerApiDocsPages } from './pages/api-docs.pages.tsx';

/** Registers the site's pages, encapsulated, on the app. */
export async function registerSite(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await app.register(async (pages) => {
    // Forms post nested fields (names[0][full]); qs parses them with firm limits on depth and size.
    await pages.register(formbody, {
      parser: (body) => qs.parse(body, { depth: 5, arrayLimit: 200, parameterLimit: 2000 }),
    });
    registerHomePages(pages, deps);
    registerRegisterPages(pages, deps);
    registerSearchPages(pages, deps);
    registerEditPages(pages, deps);
    registerAccountPages(pages, deps);
    registerHistoryPages(pages, deps);
    registerCalendarPages(pages, deps);
    registerOccasionFormPages(pages, deps);
    registerBriefingPages(pages, deps);
    registerIntakePages(pages, deps);
    registerSignPages(pages, deps);
    registerAppealPages(pages, deps);
    registerAppealEditPages(pages, deps);
    registerCoSignPages(pages, deps);
    registerAppealOutputPages(pages, deps);
    registerApiDocsPages(pages, deps);
  });
}
