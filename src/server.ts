// Builds the Fastify app from its dependencies; nothing here reads the environment or opens connections.
import swagger from '@fastify/swagger';
import Fastify, {
  LogController,
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
} from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import type { TrustProxy } from './config.ts';
import type { AppDeps } from './deps.ts';
import { registerApi } from './api/index.ts';
import { registerSite } from './web/index.ts';
import { registerMetrics } from './http/plugins/metrics.ts';
import { registerAuth } from './http/plugins/auth.ts';
import { registerErrorHandling } from './http/plugins/errors.ts';
import { registerInputGuard } from './http/plugins/input-guard.ts';
import { registerSecurityHeaders } from './http/plugins/security-headers.ts';
import { registerWeb, sendPage } from './web/plugin.ts';
import { i18nFor } from './i18n/i18n.ts';
import { ErrorPage } from './web/views/error-page.tsx';
import { ANONYMOUS } from './context.ts';

/** A route as recorded at registration: method, path, and which of params, querystring and body its schema declares. */
export interface VigilRoute {
  method: string;
  url: string;
  validates: ('params' | 'querystring' | 'body')[];
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route of the app, as registered, with the parts of the request its schema declares. */
    vigilRoutes: VigilRoute[];
  }
}

/**
 * The operationId of an API route, from its method and path: GET /api/v1/persons/:id/history → getPersonsByIdHistory.
 * Derived, so every operation has one and it changes only when the route does.
 */
export function operationIdOf(method: string, url: string): string {
  const words = url
    .replace(/^\/api\/v1\//, '')
    .split(/[/.-]/)
    .filter(Boolean)
    .map((w) =>
      w.startsWith(':') ? `By${w.charAt(1).toUpperCase()}${w.slice(2)}` : w.charAt(0).toUpperCase() + w.slice(1),
    );
  return `${method.toLowerCase()}${words.join('')}`;
}

/** VIGIL_TRUST_PROXY in the form Fastify's types take (a hop count becomes the function Fastify would build from it). */
function fastifyTrustProxy(trust: TrustProxy): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof trust === 'number') return (_address, hop) => hop < trust;
  return typeof trust === 'boolean' ? trust : [...trust];
}

type SchemaFactories = NonNullable<NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']>;
type ValidatorFactory = NonNullable<SchemaFactories['buildValidator']>;
type SerializerFactory = NonNullable<SchemaFactories['buildSerializer']>;

/** One log line per request, written when it is answered, instead of Fastify's two ("incoming request" and "request completed"). */
class OneLinePerRequest extends LogController {
  override incomingRequest(): void {
    // Logged with the outcome, in requestCompleted.
  }

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (error)
      reply.log.error({ req: request, res: reply, err: error, responseTime: reply.elapsedTime }, 'request errored');
    else reply.log.info({ req: request, res: reply, responseTime: reply.elapsedTime }, 'request completed');
  }
}

/** Creates the app with every route registered; call listen() or inject() on it. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app: FastifyInstance = Fastify({
    loggerInstance: deps.log as FastifyBaseLogger,
    bodyLimit: 2 * 1024 * 1024,
    // Off unless the operator names the proxy: otherwise anyone could claim any address or scheme in X-Forwarded-*.
    trustProxy: fastifyTrustProxy(deps.config.trustProxy),
    return503OnClosing: true,
    logController: new OneLinePerRequest(),
    // Every route is validated and serialised by zod (set below): handing Fastify the same compilers here keeps it from
    // loading its default ones (Ajv and fast-json-stringify, about a hundred modules) at start for nothing.
    // (Fastify types these factories after Ajv's compilers; zod's have the same calling shape.)
    schemaController: {
      compilersFactory: {
        buildValidator: (() => validatorCompiler) as unknown as ValidatorFactory,
        buildSerializer: (() => serializerCompiler) as unknown as SerializerFactory,
      },
    },
  });
  // Every route is recorded as it is added, so tests can enumerate them all (a new route cannot escape the checks).
  const routes: VigilRoute[] = [];
  app.decorate('vigilRoutes', routes);
  app.addHook('onRoute', (r) => {
    const validates = (['params', 'querystring', 'body'] as const).filter((part) => r.schema?.[part] !== undefined);
    for (const method of [r.method].flat()) if (method !== 'HEAD') routes.push({ method, url: r.url, validates });
    // The OpenAPI document describes the JSON API only, each operation with a stable operationId.
    if (!r.url.startsWith('/api/v1/') || r.url === '/api/v1/openapi.json') r.schema = { ...r.schema, hide: true };
    else if (!r.schema?.operationId)
      r.schema = { ...r.schema, operationId: operationIdOf([r.method].flat()[0]!, r.url) };
  });
  // The API speaks JSON only; other bodies get 415 instead of being parsed as text.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app, (request, reply, status, body) => {
    const props = { i: request.i18n ?? i18nFor('en'), path: request.url, actor: request.actor ?? ANONYMOUS };
    void sendPage(reply, ErrorPage({ ...props, status, message: body.error.message }), status);
  });

  // Security headers (CSP, HSTS, …) worked out once, not per request.
  registerSecurityHeaders(app);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Vigil API',
        version: '1',
        description: 'The register of persons, organisations, events, cases and sources. Writes need an API token.',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'An API token from `vigil user add --token`' },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });

  await registerMetrics(app, deps);
  registerInputGuard(app);
  await registerWeb(app, deps.config);
  registerAuth(app, deps);
  await registerApi(app, deps);
  await registerSite(app, deps);
  await app.ready();
  return app;
}
