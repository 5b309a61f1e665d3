// Resolves an API token to the acting user.
import type { Actor } from '../../context.ts';
import type { Db } from '../../db/database.ts';
import { findByTokenHash, touchToken } from '../../db/repos/user.repo.ts';
import { TOUCH_EVERY_MS } from '../../domain/account.ts';
import { TOKEN_PREFIX } from '../../domain/user.ts';
import { hashToken } from '../../crypto/secrets.ts';

/**
 * The actor a bearer token stands for, or undefined when the token is unknown, revoked, expired or its user disabled.
 * Records the token's use at most once a minute, so its owner sees when it was last used without a write per request.
 */
export async function actorFromToken(db: Db, secret: string, now: Date): Promise<Actor | undefined> {
  if (!secret.startsWith(TOKEN_PREFIX) || secret.length > 200) return undefined;
  const found = await findByTokenHash(db, hashToken(secret), now.toISOString());
  if (!found) return undefined;
  const since = new Date(now.getTime() - TOUCH_EVERY_MS).toISOString();
  if (found.token.lastUsedAt === null || found.token.lastUsedAt < since)
    await touchToken(db, found.token.id, now.toISOString(), since);
  return { kind: 'user', id: found.user.id, role: found.user.role, tokenId: found.token.id };
}
