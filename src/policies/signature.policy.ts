// Who may manage public sign-on: pause switches, bulk invalidation, deny rules, the signature summary and the delivery CSV.
// Signing itself is open to the public (the appeal's own state decides); managing it speaks for the group.
import type { Actor } from '../context.ts';
import type { UserRole } from '../domain/vocabulary.ts';
import { AppError } from '../errors.ts';

/** Roles that manage signatures. */
export const SIGNATURE_MANAGERS: readonly UserRole[] = ['admin', 'coordinator'];

/** Whether the actor may manage an appeal's signatures (the system actor of the CLI and the worker may). */
export function canManageSignatures(actor: Actor): boolean {
  return actor.kind === 'system' || (actor.kind === 'user' && SIGNATURE_MANAGERS.includes(actor.role));
}

/** Throws unless the actor may manage signatures: 401 for the public, 403 for other roles. */
export function authorizeSignatureManagement(actor: Actor): void {
  if (canManageSignatures(actor)) return;
  if (actor.kind === 'anonymous')
    throw new AppError('unauthorized', 'Sign in or send an API token to manage signatures');
  throw new AppError('forbidden', 'Only coordinators and admins may manage signatures');
}
