// Who may use intake: those who may create register records (researchers, editors, admins, and the CLI).
import type { Actor } from '../context.ts';
import { authorize } from './authorize.ts';

/** Throws unless the actor may read documents into intake and accept what they propose. */
export function authorizeIntake(actor: Actor): void {
  authorize(actor, 'create', 'source');
  authorize(actor, 'create', 'person');
}
