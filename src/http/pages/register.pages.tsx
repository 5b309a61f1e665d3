// The public register: lists with filters and facets, and one page per record.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app.ts';

/** Registers the register's list and record pages. */
export function registerRegisterPages(_app: FastifyInstance, _deps: AppDeps): void {}
