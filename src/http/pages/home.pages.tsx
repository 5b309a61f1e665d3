// The home pages.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app.ts';

/** Registers the home pages. */
export function registerHomePages(_app: FastifyInstance, _deps: AppDeps): void {}
