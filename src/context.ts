// The context every command and query receives: who acts, on which database, with which logger and clock.
import type { BaseLogger } from 'pino';
import type { Config } from './config.ts';
import type { Keyring } from './crypto/field-cipher.ts';
import type { Db } from './db/database.ts';
import type { UserRole } from './domain/vocabulary.ts';
import type { FileStore } from './files.ts';

/** Who is acting: a signed-in user (or API token), the public, or the system itself (CLI, jobs). */
export type Actor =
  | { readonly kind: 'user'; readonly id: string; readonly role: UserRole; readonly tokenId?: string }
  | { readonly kind: 'anonymous' }
  | { readonly kind: 'system'; readonly name: string };

/** The logging methods commands use (pino's, as fastify's request logger also offers). */
export type Log = Pick<BaseLogger, 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace'>;

/** Passed into every command and query. */
export interface Ctx {
  readonly actor: Actor;
  readonly db: Db;
  readonly log: Log;
  readonly now: () => Date;
  readonly config: Config;
  readonly files: FileStore;
  /** The keys of restricted fields, read once at start. */
  readonly keyring: Keyring;
}

/** The same context over another handle of its database (a transaction or snapshot). */
export function withDb(ctx: Ctx, db: Db): Ctx {
  return { ...ctx, db };
}

/** The public reader. */
export const ANONYMOUS: Actor = Object.freeze({ kind: 'anonymous' });

/** A stable text naming an actor in the audit log (never an email or IP address). */
export function actorLabel(actor: Actor): string {
  if (actor.kind === 'user') return actor.tokenId ? `user:${actor.id}/token:${actor.tokenId}` : `user:${actor.id}`;
  if (actor.kind === 'system') return `system:${actor.name}`;
  return 'anonymous';
}
