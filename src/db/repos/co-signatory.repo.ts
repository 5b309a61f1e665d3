// Co-signatories of appeals. The invitee's email is sealed with the field key (bound to the row id); link tokens are hashed.
import type { Keyring } from '../../crypto/field-cipher.ts';
import type { CoSignatory, CoSignatoryStatus } from '../../domain/co-signatory.ts';
import type { Executor, Trx } from '../database.ts';
import type { CoSignatoriesTable } from '../schema.ts';

function fromRow(r: CoSignatoriesTable): CoSignatory {
  return {
    id: r.id,
    appealId: r.appeal_id,
    position: r.position,
    kind: r.kind as CoSignatory['kind'],
    name: r.name,
    title: r.title,
    organisation: r.organisation,
    organisationId: r.organisation_id,
    status: r.status as CoSignatoryStatus,
    invitedAt: r.invited_at,
    confirmedAt: r.confirmed_at,
    withdrawnAt: r.withdrawn_at,
    createdBy: r.created_by,
    lang: r.lang as CoSignatory['lang'],
    linkOpen: r.token_hash !== null,
  };
}

/** A new co-signatory row: the record, its email (sealed here) and the hash of its link's token. */
export interface NewCoSignatory {
  record: CoSignatory;
  email: string | null;
  tokenHash: string | null;
  tokenExpiresAt: string | null;
}

/** Storage of co-signatories. */
export const coSignatoryRepo = {
  /** Every co-signatory of an appeal in the coordinator's order, optionally only some statuses. */
  async ofAppeal(db: Executor, appealId: string, statuses?: readonly CoSignatoryStatus[]): Promise<CoSignatory[]> {
    let q = db.selectFrom('co_signatories').selectAll().where('appeal_id', '=', appealId);
    if (statuses) q = q.where('status', 'in', [...statuses]);
    return (await q.orderBy('position').orderBy('id').execute()).map(fromRow);
  },

  /** One co-signatory of an appeal. */
  async find(db: Executor, appealId: string, id: string): Promise<CoSignatory | undefined> {
    const row = await db
      .selectFrom('co_signatories')
      .selectAll()
      .where('appeal_id', '=', appealId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? fromRow(row) : undefined;
  },

  /** The co-signatory whose open link has this token hash, if the link has not expired. */
  async findByToken(db: Executor, tokenHash: string, now: string): Promise<CoSignatory | undefined> {
    const row = await db
      .selectFrom('co_signatories')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .where('token_expires_at', '>', now)
      .executeTakeFirst();
    return row ? fromRow(row) : undefined;
  },

  /** The decrypted email of a co-signatory, for sending (never for showing). */
  async emailOf(db: Executor, id: string, keyring: Keyring): Promise<string | null> {
    const row = await db.selectFrom('co_signatories').select('email_sealed').where('id', '=', id).executeTakeFirst();
    return row?.email_sealed ? keyring.decrypt(row.email_sealed, id) : null;
  },

  /** The next free position at the end of an appeal's list. */
  async nextPosition(db: Executor, appealId: string): Promise<number> {
    const row = await db
      .selectFrom('co_signatories')
      .select((eb) => eb.fn.max('position').as('max'))
      .where('appeal_id', '=', appealId)
      .executeTakeFirst();
    return row?.max === null || row?.max === undefined ? 0 : Number(row.max) + 1;
  },

  /** Stores a new co-signatory. */
  async insert(trx: Trx, n: NewCoSignatory, keyring: Keyring): Promise<void> {
    const c = n.record;
    await trx
      .insertInto('co_signatories')
      .values({
        id: c.id,
        appeal_id: c.appealId,
        position: c.position,
        kind: c.kind,
        email_sealed: n.email ? keyring.encrypt(n.email, c.id) : null,
        name: c.name,
        title: c.title,
        organisation: c.organisation,
        organisation_id: c.organisationId,
        lang: c.lang,
        status: c.status,
        token_hash: n.tokenHash,
        token_expires_at: n.tokenExpiresAt,
        invited_at: c.invitedAt,
        confirmed_at: c.confirmedAt,
        withdrawn_at: c.withdrawnAt,
        created_by: c.createdBy,
      })
      .execute();
  },

  /** Saves an answer: the confirmed wording and status, and the link that replaces the used one (or none). */
  async answer(trx: Trx, c: CoSignatory, link: { tokenHash: string; expiresAt: string } | null): Promise<void> {
    await trx
      .updateTable('co_signatories')
      .set({
        name: c.name,
        title: c.title,
        organisation: c.organisation,
        status: c.status,
        confirmed_at: c.confirmedAt,
        withdrawn_at: c.withdrawnAt,
        token_hash: link?.tokenHash ?? null,
        token_expires_at: link?.expiresAt ?? null,
      })
      .where('id', '=', c.id)
      .execute();
  },

  /** Sets the order of an appeal's co-signatories (ids in the new order). */
  async reorder(trx: Trx, appealId: string, ids: readonly string[]): Promise<void> {
    for (const [position, id] of ids.entries()) {
      await trx
        .updateTable('co_signatories')
        .set({ position })
        .where('appeal_id', '=', appealId)
        .where('id', '=', id)
        .execute();
    }
  },

  /** Closes every open link of an appeal (at publication: the letter is fixed, nobody joins or leaves any more). */
  async expireInvitations(trx: Trx, appealId: string): Promise<void> {
    await trx
      .updateTable('co_signatories')
      .set({ token_hash: null, token_expires_at: null })
      .where('appeal_id', '=', appealId)
      .execute();
  },
};
