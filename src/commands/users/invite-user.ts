// Invitations: an admin (or the CLI) invites an email address to a role; the invitee follows a single-use link, valid for
// 7 days, sets a password, and (if the role requires it) enrols TOTP before getting any access.
import { ulid } from 'ulid';
import type { Ctx } from '../../context.ts';
import { INVITATION_TTL_MS, type Invitation } from '../../domain/account.ts';
import { UserInputSchema } from '../../domain/user.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { actorLabel } from '../../context.ts';
import { writeTransaction } from '../../db/database.ts';
import { findInvitationByHash, insertInvitation, markInvitationUsed } from '../../db/repos/invitation.repo.ts';
import { findUserByEmail } from '../../db/repos/user.repo.ts';
import { AppError } from '../../errors.ts';
import { sendMail, type Delivery } from '../../mail/outbox.ts';
import { mustUseSecondFactor } from '../../policies/account.policy.ts';
import { auditWrite } from '../records/write-support.ts';
import { insertNewUser, managesAccounts } from './add-user.ts';
import { assertGoodPassword, hashPassword } from './passwords.ts';
import { looksLikeSecret, newSecret, sha256Hex } from '../../crypto/secrets.ts';
import { actingAs, openSession } from './sessions.ts';
import type { SignInResult } from './sign-in.ts';

/** The invitation email: plain text in short lines, the link alone on its own, and a warning that Vigil never asks for passwords by email. */
function invitationText(link: string, inv: Invitation): string {
  return [
    `You have been invited to Vigil with the role "${inv.role}".`,
    '',
    'Open this link to choose your password. It works once,',
    `until ${inv.expiresAt.slice(0, 16).replace('T', ' ')} UTC:`,
    '',
    link,
    '',
    'Before you type a password, check that your browser shows',
    'the same address as the link above.',
    'Vigil never asks for your password or codes by email.',
    'If you did not expect this message, ignore it.',
  ].join('\n');
}

/** Invites an email address to a role (the system or an admin only) and sends the link; the token exists only in the email. */
export async function inviteUser(ctx: Ctx, input: unknown): Promise<{ invitation: Invitation; delivery: Delivery }> {
  if (!managesAccounts(ctx)) throw new AppError('forbidden', 'Only an admin may invite users');
  const parsed = parseOrThrow(UserInputSchema, input);
  const token = newSecret();
  const invitation = await writeTransaction(ctx.db, async (trx) => {
    if (await findUserByEmail(trx, parsed.email))
      throw new AppError('conflict', 'email: a user with this address already exists', { field: 'email' });
    const now = ctx.now();
    const inv: Invitation = {
      id: ulid(),
      email: parsed.email,
      role: parsed.role,
      createdBy: actorLabel(ctx.actor),
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + INVITATION_TTL_MS).toISOString(),
      usedAt: null,
    };
    await insertInvitation(trx, inv, sha256Hex(token));
    await auditWrite(ctx, trx, 'invitation.create', 'user', inv.id, null, {
      id: inv.id,
      role: inv.role,
      expiresAt: inv.expiresAt,
    });
    return inv;
  });
  const link = `${ctx.config.publicUrl}/invite/${token}`;
  const delivery = await sendMail(ctx.config, {
    to: invitation.email,
    subject: 'Your invitation to Vigil',
    text: invitationText(link, invitation),
  });
  return { invitation, delivery };
}

/** The invitation of a link's token while it can still be used (unused, unexpired, its email not yet taken); else undefined. */
export async function findOpenInvitation(ctx: Ctx, token: unknown): Promise<Invitation | undefined> {
  if (!looksLikeSecret(token)) return undefined;
  const inv = await findInvitationByHash(ctx.db, sha256Hex(token));
  if (!inv || inv.usedAt !== null || inv.expiresAt <= ctx.now().toISOString()) return undefined;
  return (await findUserByEmail(ctx.db, inv.email)) ? undefined : inv;
}

/** Accepts an invitation: creates the account with its password and opens a session (half signed in when TOTP must be set up). */
export async function acceptInvitation(
  ctx: Ctx,
  token: unknown,
  input: { password: string; userAgent?: string },
): Promise<SignInResult> {
  const open = await findOpenInvitation(ctx, token);
  if (!open)
    throw new AppError('not_found', 'This invitation is not valid: it was used, it expired, or the link is incomplete');
  assertGoodPassword(input.password, open.email);
  const passwordHash = await hashPassword(input.password);
  return writeTransaction(ctx.db, async (trx) => {
    if (!(await markInvitationUsed(trx, open.id, ctx.now().toISOString())))
      throw new AppError('not_found', 'This invitation was used already');
    const user = await insertNewUser(ctx, trx, { email: open.email, role: open.role }, passwordHash);
    const asUser = actingAs(ctx, user);
    await auditWrite(asUser, trx, 'invitation.accept', 'user', user.id, null, { invitationId: open.id });
    const enrol = mustUseSecondFactor(user.role);
    const { secret } = await openSession(asUser, trx, user.id, {
      secondFactor: false,
      pending: enrol,
      userAgent: input.userAgent,
    });
    return { ok: true, secret, next: enrol ? 'enrol' : 'done' };
  });
}
