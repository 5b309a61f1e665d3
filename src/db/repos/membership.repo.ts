// Memberships: a person's role in an organisation over a period.
import type { Membership } from '../../domain/membership.ts';
import type { MembershipFilter } from '../../domain/filters.ts';
import type { MembershipsTable } from '../schema.ts';
import type { Keyring } from '../../crypto/field-cipher.ts';
import { baseColumns, baseFields, visiblePage, type RestrictedKeys } from './shared.ts';
import { recordRepo } from './record-repo.ts';

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
    person_id: m.personId,
    organisation_id: m.organisationId,
    role: m.role,
    start_date: m.startDate,
    end_date: m.endDate,
  };
}

/** Storage of memberships. */
export const membershipRepo = recordRepo<Membership, MembershipFilter, MembershipsTable>({
  table: 'memberships',
  hydrate: (_db, rows, keys) => hydrate(rows, keys),
  columns,
  async list(db, f, levels, page, keys) {
    let q = db.selectFrom('memberships').selectAll();
    if (f.personId) q = q.where('person_id', '=', f.personId);
    if (f.organisationId) q = q.where('organisation_id', '=', f.organisationId);
    return hydrate(await visiblePage(q, 'memberships', levels, page).execute(), keys);
  },
});
