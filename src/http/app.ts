// Builds the Fastify app from its dependencies; nothing here reads the environment or opens connections.
import helmet from '@fastify/helmet';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { Keyring } from '../crypto/field-cipher.ts';
import { caseDef, citationDef, eventDef, membershipDef, organisationDef, personDef, sourceDef } from '../commands/records/registry.ts';
import type { Db } from '../db/database.ts';
import type { FileStore } from '../files.ts';
import { registerAppealRoutes } from './api/appeals.routes.ts';
import { registerOccasionRoutes } from './api/occasions.routes.ts';
import { registerRecordRoutes } from './api/records.routes.ts';
import { registerSearchRoutes } from './api/search.routes.ts';
import { registerSourceFileRoutes } from './api/sources.routes.ts';
import { registerIntakeRoutes } from './api/intake.routes.ts';
import { registerSystemRoutes } from './api/system.routes.ts';
import { registerSignatureRoutes } from './api/signatures.routes.ts';
import { registerSignPages } from './pages/sign.pages.tsx';
import { registerAuth } from './plugins/auth.ts';
import { registerErrorHandling } from './plugins/errors.ts';
import { registerInputGuard } from './plugins/input-guard.ts';
import { registerWeb, sendPage } from './plugins/web.ts';
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
import { i18nFor } from './i18n/i18n.ts';
import { ErrorPage } from './views/error-page.tsx';
import { ANONYMOUS } from '../context.ts';
import formbody from '@fastify/formbody';
import qs from 'qs';

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route of the app, as registered. */
    vigilRoutes: { method: string; url: string }[];
  }
}

/** What the app is built from. */
export interface AppDeps {
  readonly config: Config;
  readonly db: Db;
  readonly files: FileStore;
  readonly log: Logger;
  readonly now: () => Date;
  /** The keys of restricted fields, read from the key file once at start. */
  readonly keyring: Keyring;
}

/** Creates the app with every route registered; call listen() or inject() on it. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app: FastifyInstance = Fastify({
    loggerInstance: deps.log as FastifyBaseLogger,
    bodyLimit: 2 * 1024 * 1024,
    trustProxy: false,
    return503OnClosing: true,
  });
  // Every route is recorded as it is added, so tests can enumerate them all (a new route cannot escape the checks).
  const routes: { method: string; url: string }[] = [];
  app.decorate('vigilRoutes', routes);
  app.addHook('onRoute', (r) => {
    for (const method of [r.method].flat()) if (method !== 'HEAD') routes.push({ method, url: r.url });
  });
  // The API speaks JSON only; other bodies get 415 instead of being parsed as text.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app, (request, reply, status, body) => {
    const props = { i: request.i18n ?? i18nFor('en'), path: request.url, actor: request.actor ?? ANONYMOUS };
    void sendPage(reply, ErrorPage({ ...props, status, message: body.error.message }), status);
  });

  await app.register(helmet, {
    // Everything comes from Vigil itself; no inline script or style anywhere, no frames, no plugins.
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'none'"], scriptSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'"], fontSrc: ["'self'"], connectSrc: ["'self'"],
        formAction: ["'self'"], frameAncestors: ["'none'"], baseUri: ["'none'"], objectSrc: ["'none'"],
      },
    },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    referrerPolicy: { policy: 'no-referrer' },
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Vigil API', version: '1', description: 'The register of persons, organisations, events, cases and sources. Writes need an API token.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'An API token from `vigil user add --token`' } } },
    },
    transform: jsonSchemaTransform,
  });

  registerInputGuard(app);
  await registerWeb(app, deps.config.publicUrl);
  registerAuth(app, deps);
  registerSystemRoutes(app, deps);
  registerRecordRoutes(app, deps, personDef);
  registerRecordRoutes(app, deps, organisationDef);
  registerRecordRoutes(app, deps, membershipDef);
  registerRecordRoutes(app, deps, eventDef);
  registerRecordRoutes(app, deps, caseDef);
  registerRecordRoutes(app, deps, sourceDef);
  registerRecordRoutes(app, deps, citationDef);
  registerSearchRoutes(app, deps);
  await registerSourceFileRoutes(app, deps);
  await registerIntakeRoutes(app, deps);
  registerSignatureRoutes(app, deps);
  registerAppealRoutes(app, deps);
  registerOccasionRoutes(app, deps);
  await app.register(async (pages) => {
    // Forms post nested fields (names[0][full]); qs parses them with firm limits on depth and size.
    await pages.register(formbody, { parser: (body) => qs.parse(body, { depth: 5, arrayLimit: 200, parameterLimit: 2000 }) });
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
  });
  await app.ready();
  return app;
}
