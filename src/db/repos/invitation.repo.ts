// Invitations to create an account. Only the SHA-256 of the link's token is stored.
import type { Invitation } from '../../domain/account.ts';
import type { Executor, Trx } from '../database.ts';
import type { InvitationsTable } from '../schema.ts';

function toInvitation(r: InvitationsTable): Invitation {
  return {
    id: r.id,
    email: r.email,
    role: r.role as Invitation['role'],
    createdBy: r.created_by,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    usedAt: r.used_at,
  };
}

/** Inserts an invitation with the hash of its token. */
export async function insertInvitation(trx: Trx, inv: Invitation, tokenHash: string): Promise<void> {
  await trx
    .insertInto('invitations')
    .values({
      id: inv.id,
      email: inv.email,
      role: inv.role,
      token_hash: tokenHash,
      created_by: inv.createdBy,
      created_at: inv.createdAt,
      expires_at: inv.expiresAt,
      used_at: null,
    })
    .execute();
}

/** The invitation whose token has this hash, used or not. */
export async function findInvitationByHash(db: Executor, tokenHash: string): Promise<Invitation | undefined> {
  const r = await db.selectFrom('invitations').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
  return r && toInvitation(r);
}

/** Marks an invitation used; false when it already was (a link works once). */
export async function markInvitationUsed(trx: Trx, id: string, nowIso: string): Promise<boolean> {
  const res = await trx
    .updateTable('invitations')
    .set({ used_at: nowIso })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}
