// Adds an account, optionally with a password and a first API token whose secret is returned once.
import { randomBytes } from 'node:crypto';
import { ulid } from 'ulid';
import type { Ctx } from '../../context.ts';
import { TOKEN_PREFIX, UserInputSchema, type ApiToken, type User } from '../../domain/user.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { writeTransaction, type Trx } from '../../db/database.ts';
import { findUserByEmail, insertToken, insertUser } from '../../db/repos/user.repo.ts';
import { AppError } from '../../errors.ts';
import { auditWrite } from '../records/write-support.ts';
import { assertGoodPassword, hashPassword } from './passwords.ts';
import { hashToken } from '../../crypto/secrets.ts';

/** Creates a token for a user inside a transaction; returns the listed form and the secret. */
export async function issueToken(
  ctx: Ctx,
  trx: Trx,
  userId: string,
  name: string,
): Promise<{ token: ApiToken; secret: string }> {
  const secret = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  const token: ApiToken = {
    id: ulid(),
    userId,
    name,
    prefix: secret.slice(0, TOKEN_PREFIX.length + 6),
    createdAt: ctx.now().toISOString(),
    lastUsedAt: null,
    expiresAt: null,
    revokedAt: null,
  };
  await insertToken(trx, token, hashToken(secret));
  await auditWrite(ctx, trx, 'token.create', 'user', userId, null, { tokenId: token.id, name });
  return { token, secret };
}

/** True for the system (CLI) and admins: the actors that manage other people's accounts. */
export function managesAccounts(ctx: Ctx): boolean {
  return ctx.actor.kind === 'system' || (ctx.actor.kind === 'user' && ctx.actor.role === 'admin');
}

/** Inserts a validated new user inside a transaction (refusing a taken email), with a password hash when given; audited. */
export async function insertNewUser(
  ctx: Ctx,
  trx: Trx,
  input: { email: string; role: User['role']; displayName?: string | undefined },
  passwordHash: string | null,
): Promise<User> {
  if (await findUserByEmail(trx, input.email))
    throw new AppError('conflict', `email: a user with this address already exists`, { field: 'email' });
  const now = ctx.now().toISOString();
  const user: User = {
    id: ulid(),
    email: input.email,
    displayName: input.displayName ?? null,
    role: input.role,
    status: 'active',
    createdAt: now,
    updatedAt: now,
  };
  await insertUser(trx, user, passwordHash);
  await auditWrite(ctx, trx, 'user.create', 'user', user.id, null, {
    id: user.id,
    role: user.role,
    password: passwordHash !== null,
  });
  return user;
}

/** Adds a user (only the system or an admin may); with `withToken`, also issues an API token; with `password`, sets it. */
export async function addUser(
  ctx: Ctx,
  input: unknown,
  withToken: boolean,
  password?: string,
): Promise<{ user: User; secret?: string }> {
  if (!managesAccounts(ctx)) throw new AppError('forbidden', 'Only an admin may add users');
  const parsed = parseOrThrow(UserInputSchema, input);
  if (password !== undefined) assertGoodPassword(password, parsed.email);
  const passwordHash = password === undefined ? null : await hashPassword(password);
  return writeTransaction(ctx.db, async (trx) => {
    const user = await insertNewUser(ctx, trx, parsed, passwordHash);
    if (!withToken) return { user };
    const { secret } = await issueToken(ctx, trx, user.id, 'cli');
    return { user, secret };
  });
}
