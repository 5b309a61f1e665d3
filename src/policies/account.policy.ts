// Who must prove a second factor, and when a session grants its user's role.
import type { UserRole } from '../domain/vocabulary.ts';
import { READ_LEVELS } from './register.policy.ts';

/** Roles that can read restricted records must have TOTP: a stolen password alone must not open them. */
export function mustUseSecondFactor(role: UserRole): boolean {
  return READ_LEVELS[role].includes('restricted');
}

/**
 * Whether a live session acts as its user: after a verified second factor, or when the account has none and its role needs
 * none. Anything else is half signed in (password accepted, code or enrolment pending) and grants no access at all.
 */
export function sessionGrantsAccess(
  session: { secondFactor: boolean },
  account: { role: UserRole; totpEnabled: boolean },
): boolean {
  if (session.secondFactor) return true;
  return !account.totpEnabled && !mustUseSecondFactor(account.role);
}
