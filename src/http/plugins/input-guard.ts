// Refuses NUL characters anywhere in a request (address, query, body) before anything reads it: PostgreSQL cannot store
// or even compare a text holding U+0000 and would fail with a 5xx, and no legitimate input carries one.
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../errors.ts';

/** Whether a parsed body (JSON or form fields) holds a NUL in any key or string. */
export function holdsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 64 || value === null || typeof value !== 'object') return false;
  // Only parsed JSON and form fields are walked: an upload's body is a stream (its bytes are the original, kept unchanged).
  const proto = Object.getPrototypeOf(value) as unknown;
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return false;
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (k.includes('\u0000') || holdsNul(v, depth + 1)) return true;
  }
  return false;
}

/** Adds the checks to every route of the app. */
export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (/%00/i.test(request.url) || request.url.includes('\u0000'))
      throw new AppError('bad_request', 'The address contains a NUL character');
  });
  app.addHook('preValidation', async (request) => {
    if (holdsNul(request.body)) throw new AppError('validation_failed', 'The request contains a NUL character');
  });
}
