// Adds an account, optionally with a first API token whose secret is returned once.
import { createHash, randomBytes } from 'node:crypto';
import { ulid } from 'ulid';
import type { Ctx } from '../../context.ts';
import { TOKEN_PREFIX, UserInputSchema, type ApiToken, type User } from '../../domain/user.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { writeTransaction, type Trx } from '../../db/database.ts';
import { findUserByEmail, insertToken, insertUser } from '../../db/repos/user.repo.ts';
import { AppError } from '../../errors.ts';
import { auditWrite } from '../records/write-support.ts';

/** SHA-256 of a token: tokens carry 256 random bits, so a fast hash is enough (no password stretching needed). */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Creates a token for a user inside a transaction; returns the listed form and the secret. */
export async function issueToken(ctx: Ctx, trx: Trx, userId: string, name: string): Promise<{ token: ApiToken; secret: string }> {
  const secret = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  const token: ApiToken = {
    id: ulid(), userId, name, prefix: secret.slice(0, TOKEN_PREFIX.length + 6), createdAt: ctx.now().toISOString(),
    lastUsedAt: null, expiresAt: null, revokedAt: null,
  };
  await insertToken(trx, token, hashToken(secret));
  await auditWrite(ctx, trx, 'token.create', 'user', userId, null, { tokenId: token.id, name });
  return { token, secret };
}

/** Adds a user (only the system or an admin may); with `withToken`, also issues an API token. */
export async function addUser(ctx: Ctx, input: unknown, withToken: boolean): Promise<{ user: User; secret?: string }> {
  if (!(ctx.actor.kind === 'system' || (ctx.actor.kind === 'user' && ctx.actor.role === 'admin'))) {
    throw new AppError('forbidden', 'Only an admin may add users');
  }
  const parsed = parseOrThrow(UserInputSchema, input);
  return writeTransaction(ctx.db, async (trx) => {
    if (await findUserByEmail(trx, parsed.email)) throw new AppError('conflict', `email: a user with this address already exists`, { field: 'email' });
    const now = ctx.now().toISOString();
    const user: User = { id: ulid(), email: parsed.email, displayName: parsed.displayName ?? null, role: parsed.role, status: 'active', createdAt: now, updatedAt: now };
    await insertUser(trx, user);
    await auditWrite(ctx, trx, 'user.create', 'user', user.id, null, { id: user.id, role: user.role });
    if (!withToken) return { user };
    const { secret } = await issueToken(ctx, trx, user.id, 'cli');
    return { user, secret };
  });
}
