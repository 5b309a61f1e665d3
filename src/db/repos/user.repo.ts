// Accounts and their API tokens. Tokens are stored as SHA-256 hashes: a database copy holds no usable token.
import type { ApiToken, User } from '../../domain/user.ts';
import type { Executor, Trx } from '../database.ts';
import type { ApiTokensTable, UsersTable } from '../schema.ts';

function toUser(r: UsersTable): User {
  return {
    id: r.id, email: r.email, displayName: r.display_name, role: r.role as User['role'], status: r.status as User['status'],
    createdAt: r.created_at, updatedAt: r.updated_at,
  };
}

function toToken(r: ApiTokensTable): ApiToken {
  return {
    id: r.id, userId: r.user_id, name: r.name, prefix: r.prefix, createdAt: r.created_at, lastUsedAt: r.last_used_at,
    expiresAt: r.expires_at, revokedAt: r.revoked_at,
  };
}

/** Finds a user by (lower-case) email. */
export async function findUserByEmail(db: Executor, email: string): Promise<User | undefined> {
  const r = await db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
  return r && toUser(r);
}

/** Inserts a user. */
export async function insertUser(trx: Trx, u: User): Promise<void> {
  await trx.insertInto('users').values({
    id: u.id, email: u.email, display_name: u.displayName, role: u.role, status: u.status, password_hash: null, totp_secret: null,
    created_at: u.createdAt, updated_at: u.updatedAt,
  }).execute();
}

/** Inserts a token row (hash only). */
export async function insertToken(trx: Trx, t: ApiToken, tokenHash: string): Promise<void> {
  await trx.insertInto('api_tokens').values({
    id: t.id, user_id: t.userId, name: t.name, token_hash: tokenHash, prefix: t.prefix, created_at: t.createdAt,
    last_used_at: null, expires_at: t.expiresAt, revoked_at: null,
  }).execute();
}

/** The active user and token behind a token hash, if the token is valid now. */
export async function findByTokenHash(db: Executor, tokenHash: string, nowIso: string): Promise<{ user: User; token: ApiToken } | undefined> {
  const row = await db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .selectAll('api_tokens')
    .select(['users.email', 'users.display_name', 'users.role', 'users.status', 'users.created_at as user_created_at', 'users.updated_at as user_updated_at'])
    .where('api_tokens.token_hash', '=', tokenHash)
    .where('api_tokens.revoked_at', 'is', null)
    .where((eb) => eb.or([eb('api_tokens.expires_at', 'is', null), eb('api_tokens.expires_at', '>', nowIso)]))
    .where('users.status', '=', 'active')
    .executeTakeFirst();
  if (!row) return undefined;
  const user = toUser({
    id: row.user_id, email: row.email, display_name: row.display_name, role: row.role, status: row.status, password_hash: null, totp_secret: null,
    created_at: row.user_created_at, updated_at: row.user_updated_at,
  });
  return { user, token: toToken(row) };
}

/** Lists a user's tokens, newest first. */
export async function listTokens(db: Executor, userId: string): Promise<ApiToken[]> {
  const rows = await db.selectFrom('api_tokens').selectAll().where('user_id', '=', userId).orderBy('created_at', 'desc').execute();
  return rows.map(toToken);
}

/** Marks a token revoked; returns whether one was. */
export async function revokeToken(trx: Trx, tokenId: string, nowIso: string): Promise<boolean> {
  const res = await trx.updateTable('api_tokens').set({ revoked_at: nowIso }).where('id', '=', tokenId).where('revoked_at', 'is', null).executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}
