// Cases: one persecution of one person or organisation, with its events, acts, charges, timeline and designations.
import type { Act, Case, Designation, StatusChange, TimelineEntry } from '../../domain/case.ts';
import type { CaseFilter } from '../../domain/filters.ts';
import { foldText } from '../../text/fold.ts';
import { DEFAULT_RECORD_LANG, searchableText, type Translations } from '../../domain/localized.ts';
import type { Confidentiality } from '../../domain/vocabulary.ts';
import type { Keyring } from '../../crypto/field-cipher.ts';
import type { Executor, Trx } from '../database.ts';
import type {
  CaseActsTable,
  CaseChargesTable,
  CaseDesignationsTable,
  CaseEventsTable,
  CasesTable,
  CaseStatusHistoryTable,
  CaseTimelineTable,
} from '../schema.ts';
import { caseMatches, isFiltering } from '../../domain/filter-match.ts';
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

/** Child rows of a page of cases, grouped by case id. */
interface Children {
  events: Map<string, CaseEventsTable[]>;
  acts: Map<string, CaseActsTable[]>;
  charges: Map<string, CaseChargesTable[]>;
  timeline: Map<string, CaseTimelineTable[]>;
  designations: Map<string, CaseDesignationsTable[]>;
  statuses: Map<string, CaseStatusHistoryTable[]>;
}

async function loadChildren(db: Executor, ids: string[]): Promise<Children> {
  const [events, acts, charges, timeline, designations, statuses] = await Promise.all([
    db
      .selectFrom('case_events')
      .selectAll()
      .where('case_id', 'in', ids)
      .orderBy('case_id')
      .orderBy('position')
      .execute(),
    db.selectFrom('case_acts').selectAll().where('case_id', 'in', ids).orderBy('case_id').orderBy('position').execute(),
    db
      .selectFrom('case_charges')
      .selectAll()
      .where('case_id', 'in', ids)
      .orderBy('case_id')
      .orderBy('position')
      .execute(),
    db
      .selectFrom('case_timeline')
      .selectAll()
      .where('case_id', 'in', ids)
      .orderBy('case_id')
      .orderBy('position')
      .execute(),
    db
      .selectFrom('case_designations')
      .selectAll()
      .where('case_id', 'in', ids)
      .orderBy('case_id')
      .orderBy('position')
      .execute(),
    db
      .selectFrom('case_status_history')
      .selectAll()
      .where('case_id', 'in', ids)
      .orderBy('case_id')
      .orderBy('position')
      .execute(),
  ]);
  return {
    events: groupBy(events, 'case_id'),
    acts: groupBy(acts, 'case_id'),
    charges: groupBy(charges, 'case_id'),
    timeline: groupBy(timeline, 'case_id'),
    designations: groupBy(designations, 'case_id'),
    statuses: groupBy(statuses, 'case_id'),
  };
}

/**
 * A case written before statuses had a history (a sealed one, whose content no migration can reach) has its current
 * status since it was entered; one sealed before fields had languages has its values in the default language.
 */
function withHistory(c: Case): Case {
  const localized = {
    ...c,
    lang: c.lang || DEFAULT_RECORD_LANG,
    translations: c.translations ?? {},
    charges: c.charges.map((ch) => (ch.translations ? ch : { ...ch, translations: {} })),
  };
  // A sealed case read without keys has no status to date.
  return localized.statusHistory.length > 0 || !c.status
    ? localized
    : { ...localized, statusHistory: [{ status: c.status, since: c.createdAt.slice(0, 10) }] };
}

async function hydrate(db: Executor, rows: CasesTable[], keys: RestrictedKeys): Promise<Case[]> {
  if (rows.length === 0) return [];
  const ch = await loadChildren(
    db,
    rows.map((r) => r.id),
  );
  return unsealed(
    rows,
    rows.map((r) => ({
      ...baseFields(r, keys),
      lang: r.lang,
      title: r.title,
      translations: JSON.parse(r.translations) as Case['translations'],
      subject:
        r.subject_person_id !== null
          ? { type: 'person' as const, id: r.subject_person_id }
          : { type: 'organisation' as const, id: r.subject_organisation_id ?? '' },
      country: r.country,
      status: r.status as Case['status'],
      statusHistory: (ch.statuses.get(r.id) ?? []).map((h): StatusChange => ({
        status: h.status as Case['status'],
        since: h.since,
      })),
      court: r.court,
      sentence:
        r.sentence_kind === null
          ? null
          : {
              kind: r.sentence_kind as NonNullable<Case['sentence']>['kind'],
              months: r.sentence_months === null ? null : Number(r.sentence_months),
              startDate: r.sentence_start,
            },
      summary: r.summary,
      eventIds: (ch.events.get(r.id) ?? []).map((e) => e.event_id),
      acts: (ch.acts.get(r.id) ?? []).map((a) => ({
        kind: a.kind as Act['kind'],
        date: a.date,
        dateApprox: bool(a.date_approx),
        perpetratorId: a.perpetrator_id,
        involvement: a.involvement as Act['involvement'],
        place: { country: a.country, locality: a.locality, lat: a.lat, lon: a.lon },
        description: a.description,
        certainty: a.certainty as Act['certainty'],
      })),
      charges: (ch.charges.get(r.id) ?? []).map((c) => ({
        law: c.law,
        article: c.article,
        text: c.text,
        translations: JSON.parse(c.translations) as Translations<'text'>,
      })),
      timeline: (ch.timeline.get(r.id) ?? []).map((t) => ({
        date: t.date,
        dateApprox: bool(t.date_approx),
        kind: t.kind as TimelineEntry['kind'],
        description: t.description,
      })),
      designations: (ch.designations.get(r.id) ?? []).map((d) => ({
        kind: d.kind as Designation['kind'],
        issuerId: d.issuer_id,
        issuerName: d.issuer_name,
        date: d.date,
        criteria: JSON.parse(d.criteria) as Designation['criteria'],
      })),
    })),
    keys,
  ).map(withHistory);
}

/**
 * What a sealed case's content columns hold instead of its values. Its subject and linked events stay: they are links
 * (ids), which keep the database's references whole; acts, charges, timeline and designations go into the blob.
 */
const BLANK: Partial<CasesTable> = {
  title: '',
  title_key: '',
  lang: DEFAULT_RECORD_LANG,
  translations: '{}',
  country: '',
  status: '',
  court: null,
  sentence_kind: null,
  sentence_months: null,
  sentence_start: null,
  summary: null,
};

function columns(c: Case, keyring: Keyring): CasesTable {
  return sealedColumns(
    c,
    {
      ...baseColumns(c, keyring),
      // The key holds the title in every language, so a search in any of them finds the case.
      title: c.title,
      title_key: foldText(searchableText(c.title, c.translations.title)),
      lang: c.lang,
      translations: JSON.stringify(c.translations),
      subject_person_id: c.subject.type === 'person' ? c.subject.id : null,
      subject_organisation_id: c.subject.type === 'organisation' ? c.subject.id : null,
      country: c.country,
      status: c.status,
      court: c.court,
      sentence_kind: c.sentence?.kind ?? null,
      sentence_months: c.sentence?.months ?? null,
      sentence_start: c.sentence?.startDate ?? null,
      summary: c.summary,
    },
    BLANK,
    keyring,
  );
}

async function writeChildren(trx: Trx, c: Case, replace: boolean): Promise<void> {
  // A new record has no child rows yet; only a replacement must clear the old ones.
  if (replace) {
    for (const t of [
      'case_events',
      'case_acts',
      'case_charges',
      'case_timeline',
      'case_designations',
      'case_status_history',
    ] as const) {
      await trx.deleteFrom(t).where('case_id', '=', c.id).execute();
    }
  }
  await writeRows(trx, childTables(c));
}

function childTables(c: Case): TableRows[] {
  const case_id = c.id;
  const events: TableRows = {
    table: 'case_events',
    rows: c.eventIds.map((event_id, position) => ({ case_id, position, event_id })),
  };
  if (!keepsChildRows(c)) return [events];
  return [
    events,
    {
      table: 'case_acts',
      rows: c.acts.map((a, position) => ({
        case_id,
        position,
        kind: a.kind,
        date: a.date,
        date_approx: int(a.dateApprox),
        perpetrator_id: a.perpetratorId,
        involvement: a.involvement,
        country: a.place.country,
        locality: a.place.locality,
        lat: a.place.lat,
        lon: a.place.lon,
        description: a.description,
        certainty: a.certainty,
      })),
    },
    {
      table: 'case_charges',
      rows: c.charges.map((ch, position) => ({
        case_id,
        position,
        law: ch.law,
        article: ch.article,
        text: ch.text,
        translations: JSON.stringify(ch.translations),
      })),
    },
    {
      table: 'case_timeline',
      rows: c.timeline.map((t, position) => ({
        case_id,
        position,
        date: t.date,
        date_approx: int(t.dateApprox),
        kind: t.kind,
        description: t.description,
      })),
    },
    {
      table: 'case_status_history',
      rows: c.statusHistory.map((h, position) => ({ case_id, position, status: h.status, since: h.since })),
    },
    {
      table: 'case_designations',
      rows: c.designations.map((d, position) => ({
        case_id,
        position,
        kind: d.kind,
        issuer_id: d.issuerId,
        issuer_name: d.issuerName,
        date: d.date,
        criteria: JSON.stringify(d.criteria),
      })),
    },
  ];
}

/** Cases matching a filter, visible at the given levels; callers add selections, grouping or paging. */
export function filteredCases(db: Executor, f: CaseFilter, levels: readonly Confidentiality[]) {
  let q = db.selectFrom('cases').where('cases.confidentiality', 'in', [...levels]);
  if (f.q) {
    const key = foldText(f.q);
    // Subject names match only when the reader may see the subject, so a search cannot reveal a hidden person's or organisation's name.
    q = q.where((eb) =>
      eb.or([
        contains('cases.title_key', key),
        eb.exists(
          eb
            .selectFrom('person_names')
            .innerJoin('persons', 'persons.id', 'person_names.person_id')
            .select('person_names.person_id')
            .whereRef('person_names.person_id', '=', 'cases.subject_person_id')
            .where('persons.confidentiality', 'in', [...levels])
            .where(contains('person_names.search_key', key)),
        ),
        eb.exists(
          eb
            .selectFrom('organisation_names')
            .innerJoin('organisations', 'organisations.id', 'organisation_names.organisation_id')
            .select('organisation_names.organisation_id')
            .whereRef('organisation_names.organisation_id', '=', 'cases.subject_organisation_id')
            .where('organisations.confidentiality', 'in', [...levels])
            .where(contains('organisation_names.search_key', key)),
        ),
      ]),
    );
  }
  if (f.country) q = q.where('cases.country', '=', f.country);
  if (f.status) q = q.where('cases.status', '=', f.status);
  if (f.actKind) {
    const kind = f.actKind;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('case_acts')
          .select('case_acts.case_id')
          .whereRef('case_acts.case_id', '=', 'cases.id')
          .where('case_acts.kind', '=', kind),
      ),
    );
  }
  if (f.subjectId) {
    const id = f.subjectId;
    q = q.where((eb) => eb.or([eb('cases.subject_person_id', '=', id), eb('cases.subject_organisation_id', '=', id)]));
  }
  if (f.eventId) {
    const id = f.eventId;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('case_events')
          .select('case_events.case_id')
          .whereRef('case_events.case_id', '=', 'cases.id')
          .where('case_events.event_id', '=', id),
      ),
    );
  }
  if (f.year) {
    const prefix = `${String(f.year).padStart(4, '0')}%`;
    // A case belongs to a year when anything in its timeline or acts happened in it.
    q = q.where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('case_timeline')
            .select('case_timeline.case_id')
            .whereRef('case_timeline.case_id', '=', 'cases.id')
            .where('case_timeline.date', 'like', prefix),
        ),
        eb.exists(
          eb
            .selectFrom('case_acts')
            .select('case_acts.case_id')
            .whereRef('case_acts.case_id', '=', 'cases.id')
            .where('case_acts.date', 'like', prefix),
        ),
      ]),
    );
  }
  return q;
}

/** Storage of cases. */
export const caseRepo = recordRepo<Case, CaseFilter, CasesTable>({
  table: 'cases',
  hydrate,
  columns,
  children: (c) => childTables(c),
  writeChildren: writeChildren,
  async list(db, f, levels, page, keys) {
    return listOpeningSealed(
      levels,
      page,
      keys,
      isFiltering(f),
      async (lv, pg) =>
        hydrate(db, await visiblePage(filteredCases(db, f, lv).selectAll('cases'), 'cases', lv, pg).execute(), keys),
      async (pg) =>
        hydrate(db, await visiblePage(db.selectFrom('cases').selectAll(), 'cases', ['restricted'], pg).execute(), keys),
      (c) => caseMatches(c, f),
    );
  },
});
