// Memberships: a person's role in an organisation over a period.
import type { Membership } from '../../domain/membership.ts';
import type { MembershipFilter } from '../../domain/filters.ts';
import type { MembershipsTable } from '../schema.ts';
import type { Keyring } from '../../crypto/field-cipher.ts';
import { baseColumns, baseFields, byIdOrSlug, visiblePage, writeRows, type RecordRepo, type RestrictedKeys } from './shared.ts';

function hydrate(rows: MembershipsTable[], keys: RestrictedKeys): Membership[] {
  return rows.map((r) => ({
    ...baseFields(r, keys),
    personId: r.person_id,
    organisationId: r.organisation_id,
    role: r.role,
    startDate: r.start_date,
    endDate: r.end_date,
  }));
}

function columns(m: Membership, keyring: Keyring): MembershipsTable {
  return {
    ...baseColumns(m, keyring),
    person_id: m.personId, organisation_id: m.organisationId, role: m.role, start_date: m.startDate, end_date: m.endDate,
  };
}

/** Storage of memberships. */
export const membershipRepo: RecordRepo<Membership, MembershipFilter> = {
  table: 'memberships',
  async find(db, idOrSlug, levels, keys) {
    const rows = await byIdOrSlug(db.selectFrom('memberships').selectAll().where('confidentiality', 'in', [...levels]), 'memberships', idOrSlug).execute();
    return hydrate(rows, keys)[0];
  },
  async list(db, f, levels, page, keys) {
    let q = db.selectFrom('memberships').selectAll();
    if (f.personId) q = q.where('person_id', '=', f.personId);
    if (f.organisationId) q = q.where('organisation_id', '=', f.organisationId);
    return hydrate(await visiblePage(q, 'memberships', levels, page).execute(), keys);
  },
  async insert(trx, m, keyring) {
    await trx.insertInto('memberships').values(columns(m, keyring)).execute();
  },
  async insertMany(trx, all, keyring) {
    await writeRows(trx, [{ table: 'memberships', rows: all.map((one) => columns(one, keyring)) }]);
  },
  async update(trx, m, keyring) {
    const { id: _id, created_at: _c, ...rest } = columns(m, keyring);
    await trx.updateTable('memberships').set(rest).where('id', '=', m.id).execute();
  },
  async remove(trx, id) {
    await trx.deleteFrom('memberships').where('id', '=', id).execute();
  },
};
