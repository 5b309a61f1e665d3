// Who may do what with appeals. Reading follows the record levels (a published appeal is public); writing is for the
// roles that run campaigns: editors draft, coordinators move the lifecycle and speak for the group to co-signatories.
import type { Actor } from '../context.ts';
import type { AppealStatus } from '../domain/appeal.ts';
import type { UserRole } from '../domain/vocabulary.ts';
import { AppError } from '../errors.ts';

/** Appeal actions that need a role. */
export type AppealAction = 'create' | 'update' | 'transition' | 'delete' | 'co_sign' | 'follow_up';

/** Roles that may perform each action. */
export const APPEAL_ROLES: Readonly<Record<AppealAction, readonly UserRole[]>> = {
  create: ['admin', 'coordinator', 'editor'],
  update: ['admin', 'coordinator', 'editor'],
  // Publishing, delivering and closing speak for the whole group: coordinators and admins only.
  transition: ['admin', 'coordinator'],
  delete: ['admin', 'coordinator'],
  co_sign: ['admin', 'coordinator'],
  // Deliveries, responses and outcomes after publication.
  follow_up: ['admin', 'coordinator', 'editor'],
};

/** Transitions an editor may make on their own: taking a draft to collecting co-signatures and back. */
const EDITOR_TRANSITIONS: readonly AppealStatus[] = ['collecting', 'draft'];

/** Whether the actor may perform an appeal action (for a transition, `to` is the target status). */
export function canAppeal(actor: Actor, action: AppealAction, to?: AppealStatus): boolean {
  if (actor.kind === 'system') return true;
  if (actor.kind === 'anonymous') return false;
  if (action === 'transition' && actor.role === 'editor' && to !== undefined) return EDITOR_TRANSITIONS.includes(to);
  return APPEAL_ROLES[action].includes(actor.role);
}

/** Throws unless the actor may perform the action: 401 for the public, 403 for a role without it. */
export function authorizeAppeal(actor: Actor, action: AppealAction, to?: AppealStatus): void {
  if (canAppeal(actor, action, to)) return;
  if (actor.kind === 'anonymous') throw new AppError('unauthorized', 'Sign in or send an API token to make changes');
  const what = action === 'transition' && to ? `move an appeal to "${to}"` : `${action.replace('_', '-')} appeals`;
  throw new AppError('forbidden', `Your role may not ${what}`);
}
