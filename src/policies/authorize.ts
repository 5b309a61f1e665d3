// The one choke point for permissions: every route, command, query, export and feed asks here.
import type { Actor } from '../context.ts';
import type { Confidentiality, RecordType } from '../domain/vocabulary.ts';
import { AppError } from '../errors.ts';
import { HISTORY_READERS, READ_LEVELS, RESTRICTED_READERS, WRITE_ROLES, type RecordAction } from './register.policy.ts';

/** The confidentiality levels this actor may read; queries filter on them in SQL. */
export function readableLevels(actor: Actor): readonly Confidentiality[] {
  if (actor.kind === 'system') return READ_LEVELS.admin;
  if (actor.kind === 'anonymous') return READ_LEVELS.public;
  return READ_LEVELS[actor.role];
}

/** Whether the actor may act on a record type (and, when given, a record of that confidentiality). */
export function can(actor: Actor, action: RecordAction, _type: RecordType, confidentiality?: Confidentiality): boolean {
  const levels = readableLevels(actor);
  if (confidentiality !== undefined && !levels.includes(confidentiality)) return false;
  if (action === 'read') return true;
  if (actor.kind === 'system') return true;
  if (actor.kind === 'anonymous') return false;
  return WRITE_ROLES[action].includes(actor.role);
}

/**
 * Throws unless the actor may act. The public gets 401 for writes; a signed-in user without the right gets 403;
 * a record the actor may not read is reported as missing, so its existence does not leak.
 */
export function authorize(
  actor: Actor,
  action: RecordAction,
  type: RecordType,
  record?: { id: string; confidentiality: Confidentiality },
): void {
  if (can(actor, action, type, record?.confidentiality)) return;
  if (record && !readableLevels(actor).includes(record.confidentiality)) {
    throw new AppError('not_found', `No ${type} with id or slug "${record.id}"`);
  }
  if (actor.kind === 'anonymous') throw new AppError('unauthorized', 'Sign in or send an API token to make changes');
  throw new AppError('forbidden', `Your role may not ${action} ${type} records`);
}

/** Whether the actor may read restricted fields (and so write them): cleared roles and the system actor. */
export function canReadRestricted(actor: Actor): boolean {
  if (actor.kind === 'system') return true;
  if (actor.kind === 'anonymous') return false;
  return RESTRICTED_READERS.includes(actor.role);
}

/** Whether the actor may read record histories (for offering the link; authorizeHistory decides). */
export function canReadHistory(actor: Actor): boolean {
  return actor.kind === 'system' || (actor.kind === 'user' && HISTORY_READERS.includes(actor.role));
}

/** Throws unless the actor may read a record's history (the record itself must already be visible to them). */
export function authorizeHistory(actor: Actor): void {
  if (actor.kind === 'system') return;
  if (actor.kind === 'anonymous')
    throw new AppError('unauthorized', 'Sign in or send an API token to read a record’s history');
  if (!HISTORY_READERS.includes(actor.role)) throw new AppError('forbidden', 'Your role may not read record histories');
}

/** Throws unless the actor may write restricted fields. */
export function authorizeRestrictedWrite(actor: Actor): void {
  if (canReadRestricted(actor)) return;
  if (actor.kind === 'anonymous') throw new AppError('unauthorized', 'Sign in or send an API token to make changes');
  throw new AppError('forbidden', 'Your role may not write restricted fields', { field: 'restricted' });
}
