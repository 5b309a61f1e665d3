// The one place errors become HTTP answers: { "error": { "code", "message" } }, and never internals on a 5xx.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, ERROR_CODES, type ErrorCode } from '../../errors.ts';

/** Body of every error answer. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; field?: string; issues?: unknown };
}

const FASTIFY_CODES: Record<number, ErrorCode> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

/** Translates any thrown value into a status and a safe body. */
export function toErrorBody(err: unknown, part?: string): { status: number; body: ErrorBody } {
  if (err instanceof AppError) {
    const field = typeof err.details?.field === 'string' ? err.details.field : undefined;
    return {
      status: err.status,
      body: {
        error: {
          code: err.code,
          message: err.message,
          ...(field ? { field } : {}),
          ...(err.details?.issues ? { issues: err.details.issues } : {}),
        },
      },
    };
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const issues = err.validation.map((v) => ({
      field: v.instancePath.replace(/^\//, '').replace(/\//g, '.') || '(body)',
      message: v.message ?? 'invalid',
    }));
    const first = issues[0]!;
    const where = part && part !== 'body' ? `${part}.` : '';
    return {
      status: 400,
      body: {
        error: {
          code: 'validation_failed',
          message: `${where}${first.field}: ${first.message}`,
          field: first.field,
          issues,
        },
      },
    };
  }
  const fe = err as Partial<FastifyError>;
  const status = typeof fe.statusCode === 'number' ? fe.statusCode : 500;
  if (status >= 400 && status < 500) {
    const code = FASTIFY_CODES[status] ?? 'bad_request';
    return {
      status: ERROR_CODES[code] === status ? status : 400,
      body: { error: { code, message: fe.message ?? 'Bad request' } },
    };
  }
  return {
    status: 500,
    body: { error: { code: 'internal', message: 'Something went wrong on the server; it has been logged' } },
  };
}

/** Renders an HTML error page for a request made by a browser to a page (not the API). */
export type HtmlErrorRenderer = (request: FastifyRequest, reply: FastifyReply, status: number, body: ErrorBody) => void;

const JSON_PATHS = new Set(['/healthz', '/livez', '/readyz', '/metrics']);

/** True for requests that want JSON errors: the API, the health checks and the metrics. */
export function isApiRequest(request: FastifyRequest): boolean {
  return request.url.startsWith('/api/') || JSON_PATHS.has(request.url.split('?')[0]!);
}

/** Installs the error and not-found handlers; page requests get an HTML page when a renderer is given. */
export function registerErrorHandling(app: FastifyInstance, html?: HtmlErrorRenderer): void {
  app.setErrorHandler((err, request, reply) => {
    const validationContext = (err as { validationContext?: string }).validationContext;
    const { status, body } = toErrorBody(err, validationContext);
    if (status >= 500) request.log.error({ err }, 'request failed');
    void reply.header('cache-control', 'no-store');
    if (html && !isApiRequest(request)) return html(request, reply, status, body);
    void reply.status(status).send(body);
  });
  app.setNotFoundHandler((request, reply) => {
    const body: ErrorBody = {
      error: { code: 'not_found', message: `No route for ${request.method} ${request.url.split('?')[0]}` },
    };
    if (html && !isApiRequest(request)) return html(request, reply, 404, body);
    void reply.status(404).send(body);
  });
}
