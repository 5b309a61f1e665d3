// Events, their place (stored flat) and their relations to other events.
import type { Event } from '../../domain/event.ts';
import type { EventFilter } from '../../domain/filters.ts';
import { foldText } from '../../text/fold.ts';
import { DEFAULT_RECORD_LANG, searchableText } from '../../domain/localized.ts';
import type { Confidentiality } from '../../domain/vocabulary.ts';
import type { Keyring } from '../../crypto/field-cipher.ts';
import type { Executor, Trx } from '../database.ts';
import type { EventsTable } from '../schema.ts';
import { eventMatches, isFiltering } from '../../domain/filter-match.ts';
import {
  baseColumns,
  baseFields,
  bool,
  contains,
  groupBy,
  int,
  keepsChildRows,
  listOpeningSealed,
  sealedColumns,
  unsealed,
  visiblePage,
  writeRows,
  type RestrictedKeys,
  type TableRows,
} from './shared.ts';
import { recordRepo } from './record-repo.ts';

/** Events from their rows, with relations and countries; restricted fields decrypted when keys are given. */
export async function hydrateEvents(db: Executor, rows: EventsTable[], keys: RestrictedKeys): Promise<Event[]> {
  if (rows.length === 0) return [];
  const relations = await db
    .selectFrom('event_relations')
    .selectAll()
    .where(
      'event_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('event_id')
    .orderBy('position')
    .execute();
  const byEvent = groupBy(relations, 'event_id');
  const countries = groupBy(
    await db
      .selectFrom('event_countries')
      .selectAll()
      .where(
        'event_id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('event_id')
      .orderBy('position')
      .execute(),
    'event_id',
  );
  return unsealed(
    rows,
    rows.map((r) => ({
      ...baseFields(r, keys),
      lang: r.lang,
      title: r.title,
      translations: JSON.parse(r.translations) as Event['translations'],
      kind: r.kind as Event['kind'],
      startDate: r.start_date,
      startApprox: bool(r.start_approx),
      endDate: r.end_date,
      endApprox: bool(r.end_approx),
      place: { country: r.country, locality: r.locality, lat: r.lat, lon: r.lon },
      description: r.description,
      relations: (byEvent.get(r.id) ?? []).map((x) => ({
        eventId: x.related_event_id,
        kind: x.kind as Event['relations'][number]['kind'],
      })),
      countries: (countries.get(r.id) ?? []).map((c) => c.country),
      participants: JSON.parse(r.participants ?? '[]') as Event['participants'],
      timeZone: r.time_zone ?? null,
    })),
    keys,
  ).map((e) => (e.translations ? e : { ...e, translations: {} })); // sealed before fields had languages
}

/** What a sealed event's content columns hold instead of its values (its relations to other events stay: they are links). */
const BLANK: Partial<EventsTable> = {
  title: '',
  title_key: '',
  lang: DEFAULT_RECORD_LANG,
  translations: '{}',
  kind: '',
  start_date: null,
  start_approx: 0,
  end_date: null,
  end_approx: 0,
  country: null,
  locality: null,
  lat: null,
  lon: null,
  description: null,
  time_zone: null,
  participants: '[]',
};

function columns(e: Event, keyring: Keyring): EventsTable {
  return sealedColumns(
    e,
    {
      ...baseColumns(e, keyring),
      title: e.title,
      title_key: foldText(searchableText(e.title, e.translations.title)),
      lang: e.lang,
      translations: JSON.stringify(e.translations),
      kind: e.kind,
      start_date: e.startDate,
      start_approx: int(e.startApprox),
      end_date: e.endDate,
      end_approx: int(e.endApprox),
      country: e.place.country,
      locality: e.place.locality,
      lat: e.place.lat,
      lon: e.place.lon,
      description: e.description,
      time_zone: e.timeZone,
      participants: JSON.stringify(e.participants),
    },
    BLANK,
    keyring,
  );
}

function childTables(e: Event): TableRows[] {
  return [
    {
      table: 'event_countries',
      rows: keepsChildRows(e) ? e.countries.map((country, position) => ({ event_id: e.id, position, country })) : [],
    },
    {
      table: 'event_relations',
      rows: e.relations.map((r, position) => ({ event_id: e.id, position, related_event_id: r.eventId, kind: r.kind })),
    },
  ];
}

async function writeRelations(trx: Trx, e: Event, replace: boolean): Promise<void> {
  // A new record has no child rows yet; only a replacement must clear the old ones.
  if (replace) {
    await trx.deleteFrom('event_relations').where('event_id', '=', e.id).execute();
    await trx.deleteFrom('event_countries').where('event_id', '=', e.id).execute();
  }
  await writeRows(trx, childTables(e));
}

/** Events matching a filter, visible at the given levels; callers add selections, grouping or paging. */
export function filteredEvents(db: Executor, f: EventFilter, levels: readonly Confidentiality[]) {
  let q = db.selectFrom('events').where('events.confidentiality', 'in', [...levels]);
  if (f.q) q = q.where(contains('events.title_key', foldText(f.q)));
  if (f.kind) q = q.where('kind', '=', f.kind);
  if (f.country) {
    const country = f.country;
    // The place's country, or one of the countries the event concerns.
    q = q.where((eb) =>
      eb.or([
        eb('country', '=', country),
        eb(
          'events.id',
          'in',
          eb.selectFrom('event_countries').select('event_id').where('event_countries.country', '=', country),
        ),
      ]),
    );
  }
  if (f.year !== undefined) {
    // Partial dates compare as text: "2011" ≤ "2011-12-31" and "2011-12" ≥ "2011", while "2010-12" < "2011".
    const year = String(f.year).padStart(4, '0');
    q = q
      .where('start_date', '<=', `${year}-12-31`)
      .where((eb) => eb(eb.fn.coalesce('end_date', 'start_date'), '>=', year));
  }
  return q;
}

/** Storage of events. */
export const eventRepo = recordRepo<Event, EventFilter, EventsTable>({
  table: 'events',
  hydrate: hydrateEvents,
  columns,
  children: (e) => childTables(e),
  writeChildren: writeRelations,
  async list(db, f, levels, page, keys) {
    return listOpeningSealed(
      levels,
      page,
      keys,
      isFiltering(f),
      async (lv, pg) =>
        hydrateEvents(
          db,
          await visiblePage(filteredEvents(db, f, lv).selectAll('events'), 'events', lv, pg).execute(),
          keys,
        ),
      async (pg) =>
        hydrateEvents(
          db,
          await visiblePage(db.selectFrom('events').selectAll(), 'events', ['restricted'], pg).execute(),
          keys,
        ),
      (e) => eventMatches(e, f),
    );
  },
});
