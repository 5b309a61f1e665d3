// Persons and their names in every script.
import type { Person } from '../../domain/person.ts';
import type { PersonFilter } from '../../domain/filters.ts';
import { foldText } from '../../text/fold.ts';
import type { Confidentiality } from '../../domain/vocabulary.ts';
import type { Keyring } from '../../crypto/field-cipher.ts';
import type { Executor, Trx } from '../database.ts';
import type { PersonsTable } from '../schema.ts';
import { isFiltering, personMatches } from '../../domain/filter-match.ts';
import { mergedInto } from './merge.repo.ts';
import {
  baseColumns,
  baseFields,
  bool,
  byIdOrSlug,
  groupBy,
  int,
  contains,
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

async function hydrate(db: Executor, rows: PersonsTable[], keys: RestrictedKeys): Promise<Person[]> {
  if (rows.length === 0) return [];
  const names = await db
    .selectFrom('person_names')
    .selectAll()
    .where(
      'person_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('person_id')
    .orderBy('position')
    .execute();
  const byPerson = groupBy(names, 'person_id');
  return unsealed(
    rows,
    rows.map((r) => ({
      ...baseFields(r, keys),
      names: namesFromRows(byPerson.get(r.id)),
      givenName: r.given_name,
      familyName: r.family_name,
      patronymic: r.patronymic,
      birthDate: r.birth_date,
      birthDateApprox: bool(r.birth_date_approx),
      gender: r.gender as Person['gender'],
      nationality: r.nationality,
      roles: JSON.parse(r.roles) as Person['roles'],
      summary: r.summary,
      links: JSON.parse(r.links) as Person['links'],
    })),
    keys,
  );
}

/** What a sealed person's content columns hold instead of its values. */
const BLANK: Partial<PersonsTable> = {
  given_name: null,
  family_name: null,
  patronymic: null,
  birth_date: null,
  birth_date_approx: 0,
  gender: null,
  nationality: null,
  roles: '[]',
  summary: null,
  links: '[]',
};

function columns(p: Person, keyring: Keyring): PersonsTable {
  return sealedColumns(
    p,
    {
      ...baseColumns(p, keyring),
      given_name: p.givenName,
      family_name: p.familyName,
      patronymic: p.patronymic,
      birth_date: p.birthDate,
      birth_date_approx: int(p.birthDateApprox),
      gender: p.gender,
      nationality: p.nationality,
      roles: JSON.stringify(p.roles),
      summary: p.summary,
      links: JSON.stringify(p.links),
    },
    BLANK,
    keyring,
  );
}

function nameTable(p: Person): TableRows {
  return {
    table: 'person_names',
    rows: keepsChildRows(p) ? nameRows(p.names).map((n) => ({ ...n, person_id: p.id })) : [],
  };
}

async function writeNames(trx: Trx, p: Person, replace: boolean): Promise<void> {
  // A new record has no child rows yet; only a replacement must clear the old ones.
  if (replace) await trx.deleteFrom('person_names').where('person_id', '=', p.id).execute();
  await writeRows(trx, [nameTable(p)]);
}

/** Persons matching a filter, visible at the given levels; callers add selections, grouping or paging. */
export function filteredPersons(db: Executor, f: PersonFilter, levels: readonly Confidentiality[]) {
  let q = db.selectFrom('persons').where('persons.confidentiality', 'in', [...levels]);
  if (f.q) {
    const key = foldText(f.q);
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('person_names')
          .select('person_id')
          .whereRef('person_names.person_id', '=', 'persons.id')
          .where(contains('person_names.search_key', key)),
      ),
    );
  }
  if (f.nationality) q = q.where('nationality', '=', f.nationality);
  if (f.role) q = q.where(contains('persons.roles', `"${f.role}"`));
  return q;
}

/** Storage of persons. */
export const personRepo = recordRepo<Person, PersonFilter, PersonsTable>({
  table: 'persons',
  hydrate,
  columns,
  children: (p) => [nameTable(p)],
  writeChildren: writeNames,
  async find(db, idOrSlug, levels, keys) {
    // A merged person's id or slug resolves to the person it was merged into (a few hops at most, for chains of merges).
    let key = idOrSlug;
    for (let hop = 0; hop < 5; hop++) {
      const rows = await byIdOrSlug(
        db
          .selectFrom('persons')
          .selectAll()
          .where('confidentiality', 'in', [...levels]),
        'persons',
        key,
      ).execute();
      if (rows.length > 0) return (await hydrate(db, rows, keys))[0];
      const next = await mergedInto(db, key);
      if (!next) return undefined;
      key = next;
    }
    return undefined;
  },
  async list(db, f, levels, page, keys) {
    return listOpeningSealed(
      levels,
      page,
      keys,
      isFiltering(f),
      async (lv, pg) =>
        hydrate(
          db,
          await visiblePage(filteredPersons(db, f, lv).selectAll('persons'), 'persons', lv, pg).execute(),
          keys,
        ),
      async (pg) =>
        hydrate(
          db,
          await visiblePage(db.selectFrom('persons').selectAll(), 'persons', ['restricted'], pg).execute(),
          keys,
        ),
      (p) => personMatches(p, f),
    );
  },
});
