// Accounts, their sign-in state and their API tokens. Tokens are stored as SHA-256 hashes: a database copy holds no usable token.
import type { Account } from '../../domain/account.ts';
import type { ApiToken, User } from '../../domain/user.ts';
import type { Executor, Trx } from '../database.ts';
import type { ApiTokensTable, UsersTable } from '../schema.ts';

type UserColumns = Pick<UsersTable, 'id' | 'email' | 'display_name' | 'role' | 'status' | 'created_at' | 'updated_at'>;

function toUser(r: UserColumns): User {
  return {
    id: r.id,
    email: r.email,
    displayName: r.display_name,
    role: r.role as User['role'],
    status: r.status as User['status'],
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function toAccount(r: UsersTable): Account {
  return {
    user: toUser(r),
    passwordHash: r.password_hash,
    failedLogins: Number(r.failed_logins),
    lockedUntil: r.locked_until,
    totpEnabled: Number(r.totp_enabled) === 1,
    totpSecret: r.totp_secret,
    totpPendingSecret: r.totp_pending_secret,
    totpLastStep: r.totp_last_step === null ? null : Number(r.totp_last_step),
  };
}

function toToken(r: ApiTokensTable): ApiToken {
  return {
    id: r.id,
    userId: r.user_id,
    name: r.name,
    prefix: r.prefix,
    createdAt: r.created_at,
    lastUsedAt: r.last_used_at,
    expiresAt: r.expires_at,
    revokedAt: r.revoked_at,
  };
}

/** Finds a user by (lower-case) email. */
export async function findUserByEmail(db: Executor, email: string): Promise<User | undefined> {
  const r = await db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
  return r && toUser(r);
}

/** Finds an account with its sign-in state by (lower-case) email. */
export async function findAccountByEmail(db: Executor, email: string): Promise<Account | undefined> {
  const r = await db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
  return r && toAccount(r);
}

/** Finds an account with its sign-in state by id. */
export async function findAccountById(db: Executor, id: string): Promise<Account | undefined> {
  const r = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toAccount(r);
}

/** Inserts a user, with its password hash when one was set. */
export async function insertUser(trx: Trx, u: User, passwordHash: string | null = null): Promise<void> {
  await trx
    .insertInto('users')
    .values({
      id: u.id,
      email: u.email,
      display_name: u.displayName,
      role: u.role,
      status: u.status,
      password_hash: passwordHash,
      totp_secret: null,
      created_at: u.createdAt,
      updated_at: u.updatedAt,
      failed_logins: 0,
      locked_until: null,
      totp_enabled: 0,
      totp_pending_secret: null,
      totp_last_step: null,
    })
    .execute();
}

/** Sets the interface language an account's reminders are written in. */
export async function setUserLang(trx: Trx, userId: string, lang: string): Promise<void> {
  await trx.updateTable('users').set({ lang }).where('id', '=', userId).execute();
}

/** Replaces a user's password hash and clears any lock. */
export async function setPasswordHash(trx: Trx, userId: string, hash: string, nowIso: string): Promise<void> {
  await trx
    .updateTable('users')
    .set({ password_hash: hash, failed_logins: 0, locked_until: null, updated_at: nowIso })
    .where('id', '=', userId)
    .execute();
}

/** Stores the failure count and the lock it earned (NULL: not locked). */
export async function setLoginFailures(
  trx: Trx,
  userId: string,
  failures: number,
  lockedUntil: string | null,
): Promise<void> {
  await trx
    .updateTable('users')
    .set({ failed_logins: failures, locked_until: lockedUntil })
    .where('id', '=', userId)
    .execute();
}

/** Keeps a TOTP secret shown for enrolment until it is confirmed (NULL drops it). */
export async function setTotpPending(trx: Trx, userId: string, secret: string | null): Promise<void> {
  await trx.updateTable('users').set({ totp_pending_secret: secret }).where('id', '=', userId).execute();
}

/** Turns TOTP on with a confirmed secret; the step of the confirming code is spent. */
export async function enableTotp(
  trx: Trx,
  userId: string,
  secret: string,
  step: number,
  nowIso: string,
): Promise<void> {
  await trx
    .updateTable('users')
    .set({ totp_secret: secret, totp_enabled: 1, totp_pending_secret: null, totp_last_step: step, updated_at: nowIso })
    .where('id', '=', userId)
    .execute();
}

/** Turns TOTP off and forgets its secrets (confirmed and pending). */
export async function clearTotp(trx: Trx, userId: string, nowIso: string): Promise<void> {
  await trx
    .updateTable('users')
    .set({ totp_secret: null, totp_enabled: 0, totp_pending_secret: null, updated_at: nowIso })
    .where('id', '=', userId)
    .execute();
}

/** Spends a TOTP time step; false when that step (or a later one) was already used. */
export async function spendTotpStep(trx: Trx, userId: string, step: number): Promise<boolean> {
  const res = await trx
    .updateTable('users')
    .set({ totp_last_step: step })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

/** Inserts a token row (hash only). */
export async function insertToken(trx: Trx, t: ApiToken, tokenHash: string): Promise<void> {
  await trx
    .insertInto('api_tokens')
    .values({
      id: t.id,
      user_id: t.userId,
      name: t.name,
      token_hash: tokenHash,
      prefix: t.prefix,
      created_at: t.createdAt,
      last_used_at: null,
      expires_at: t.expiresAt,
      revoked_at: null,
    })
    .execute();
}

/** The active user and token behind a token hash, if the token is valid now. */
export async function findByTokenHash(
  db: Executor,
  tokenHash: string,
  nowIso: string,
): Promise<{ user: User; token: ApiToken } | undefined> {
  const row = await db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .selectAll('api_tokens')
    .select([
      'users.email',
      'users.display_name',
      'users.role',
      'users.status',
      'users.created_at as user_created_at',
      'users.updated_at as user_updated_at',
    ])
    .where('api_tokens.token_hash', '=', tokenHash)
    .where('api_tokens.revoked_at', 'is', null)
    .where((eb) => eb.or([eb('api_tokens.expires_at', 'is', null), eb('api_tokens.expires_at', '>', nowIso)]))
    .where('users.status', '=', 'active')
    .executeTakeFirst();
  if (!row) return undefined;
  const user = toUser({
    id: row.user_id,
    email: row.email,
    display_name: row.display_name,
    role: row.role,
    status: row.status,
    created_at: row.user_created_at,
    updated_at: row.user_updated_at,
  });
  return { user, token: toToken(row) };
}

/** Records a token's use, unless it was recorded after `sinceIso` already (so a busy token is not written on every request). */
export async function touchToken(db: Executor, tokenId: string, nowIso: string, sinceIso: string): Promise<void> {
  await db
    .updateTable('api_tokens')
    .set({ last_used_at: nowIso })
    .where('id', '=', tokenId)
    .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', sinceIso)]))
    .execute();
}

/** Lists a user's tokens, newest first. */
export async function listTokens(db: Executor, userId: string): Promise<ApiToken[]> {
  const rows = await db
    .selectFrom('api_tokens')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(toToken);
}

/** Marks a token revoked; returns whether one was. */
export async function revokeToken(trx: Trx, tokenId: string, nowIso: string): Promise<boolean> {
  const res = await trx
    .updateTable('api_tokens')
    .set({ revoked_at: nowIso })
    .where('id', '=', tokenId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

/** Marks one of a user's own tokens revoked; false when the user has no such live token. */
export async function revokeUserToken(trx: Trx, userId: string, tokenId: string, nowIso: string): Promise<boolean> {
  const res = await trx
    .updateTable('api_tokens')
    .set({ revoked_at: nowIso })
    .where('id', '=', tokenId)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}
