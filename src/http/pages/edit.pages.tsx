// The edit pages.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app.ts';

/** Registers the edit pages. */
export function registerEditPages(_app: FastifyInstance, _deps: AppDeps): void {}
