// Organisations and their names in every script.
import type { Organisation } from '../../domain/organisation.ts';
import type { OrganisationFilter } from '../../domain/filters.ts';
import { foldText } from '../../text/fold.ts';
import type { Confidentiality } from '../../domain/vocabulary.ts';
import type { Keyring } from '../../crypto/field-cipher.ts';
import type { Executor, Trx } from '../database.ts';
import type { OrganisationsTable } from '../schema.ts';
import { isFiltering, organisationMatches } from '../../domain/filter-match.ts';
import {
  baseColumns,
  baseFields,
  contains,
  groupBy,
  keepsChildRows,
  listOpeningSealed,
  nameRows,
  namesFromRows,
  sealedColumns,
  unsealed,
  visiblePage,
  writeRows,
  type RestrictedKeys,
  type TableRows,
} from './shared.ts';
import { recordRepo } from './record-repo.ts';

async function hydrate(db: Executor, rows: OrganisationsTable[], keys: RestrictedKeys): Promise<Organisation[]> {
  if (rows.length === 0) return [];
  const names = await db
    .selectFrom('organisation_names')
    .selectAll()
    .where(
      'organisation_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('organisation_id')
    .orderBy('position')
    .execute();
  const byOrganisation = groupBy(names, 'organisation_id');
  return unsealed(
    rows,
    rows.map((r) => ({
      ...baseFields(r, keys),
      names: namesFromRows(byOrganisation.get(r.id)),
      kind: r.kind as Organisation['kind'],
      country: r.country,
      foundedDate: r.founded_date,
      dissolvedDate: r.dissolved_date,
      summary: r.summary,
    })),
    keys,
  );
}

/** What a sealed organisation's content columns hold instead of its values. */
const BLANK: Partial<OrganisationsTable> = {
  kind: '',
  country: null,
  founded_date: null,
  dissolved_date: null,
  summary: null,
};

function columns(o: Organisation, keyring: Keyring): OrganisationsTable {
  return sealedColumns(
    o,
    {
      ...baseColumns(o, keyring),
      kind: o.kind,
      country: o.country,
      founded_date: o.foundedDate,
      dissolved_date: o.dissolvedDate,
      summary: o.summary,
    },
    BLANK,
    keyring,
  );
}

function nameTable(o: Organisation): TableRows {
  return {
    table: 'organisation_names',
    rows: keepsChildRows(o) ? nameRows(o.names).map((n) => ({ ...n, organisation_id: o.id })) : [],
  };
}

async function writeNames(trx: Trx, o: Organisation, replace: boolean): Promise<void> {
  // A new record has no child rows yet; only a replacement must clear the old ones.
  if (replace) await trx.deleteFrom('organisation_names').where('organisation_id', '=', o.id).execute();
  await writeRows(trx, [nameTable(o)]);
}

/** Organisations matching a filter, visible at the given levels; callers add selections, grouping or paging. */
export function filteredOrganisations(db: Executor, f: OrganisationFilter, levels: readonly Confidentiality[]) {
  let q = db.selectFrom('organisations').where('organisations.confidentiality', 'in', [...levels]);
  if (f.q) {
    const key = foldText(f.q);
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('organisation_names')
          .select('organisation_id')
          .whereRef('organisation_names.organisation_id', '=', 'organisations.id')
          .where(contains('organisation_names.search_key', key)),
      ),
    );
  }
  if (f.kind) q = q.where('kind', '=', f.kind);
  if (f.country) q = q.where('country', '=', f.country);
  return q;
}

/** Storage of organisations. */
export const organisationRepo = recordRepo<Organisation, OrganisationFilter, OrganisationsTable>({
  table: 'organisations',
  hydrate,
  columns,
  children: (o) => [nameTable(o)],
  writeChildren: writeNames,
  async list(db, f, levels, page, keys) {
    return listOpeningSealed(
      levels,
      page,
      keys,
      isFiltering(f),
      async (lv, pg) =>
        hydrate(
          db,
          await visiblePage(
            filteredOrganisations(db, f, lv).selectAll('organisations'),
            'organisations',
            lv,
            pg,
          ).execute(),
          keys,
        ),
      async (pg) =>
        hydrate(
          db,
          await visiblePage(db.selectFrom('organisations').selectAll(), 'organisations', ['restricted'], pg).execute(),
          keys,
        ),
      (o) => organisationMatches(o, f),
    );
  },
});
