// What the duplicate finder reads: every visible person's names and the facts that support or rule out a match.
import type { Confidentiality } from '../../domain/vocabulary.ts';
import type { Executor } from '../database.ts';

/** A person as the duplicate finder sees it. */
export interface PersonForMatching {
  id: string;
  slug: string;
  birthYear: string | null;
  nationality: string | null;
  names: string[];
}

/** Every visible person with its names, in id order. */
export async function personsForMatching(
  db: Executor,
  levels: readonly Confidentiality[],
): Promise<PersonForMatching[]> {
  if (levels.length === 0) return [];
  const [persons, names] = await Promise.all([
    db
      .selectFrom('persons')
      .select(['id', 'slug', 'birth_date', 'nationality'])
      .where('confidentiality', 'in', [...levels])
      .orderBy('id')
      .execute(),
    db
      .selectFrom('person_names')
      .innerJoin('persons', 'persons.id', 'person_names.person_id')
      .select(['person_names.person_id', 'person_names.full_name'])
      .where('persons.confidentiality', 'in', [...levels])
      .orderBy('person_names.person_id')
      .orderBy('person_names.position')
      .execute(),
  ]);
  const byId = new Map<string, PersonForMatching>();
  for (const p of persons)
    byId.set(p.id, {
      id: p.id,
      slug: p.slug,
      birthYear: p.birth_date?.slice(0, 4) ?? null,
      nationality: p.nationality,
      names: [],
    });
  for (const n of names) byId.get(n.person_id)?.names.push(n.full_name);
  return [...byId.values()];
}

/** Links between persons and other records that make a match likelier: pairs [personId, "organisation:<id>" …]. */
export async function personLinks(
  db: Executor,
  personIds: readonly string[],
  levels: readonly Confidentiality[],
): Promise<[string, string][]> {
  if (personIds.length === 0 || levels.length === 0) return [];
  const out: [string, string][] = [];
  // In chunks: a candidate list is small, but an IN list must stay under the databases' parameter limits.
  for (let i = 0; i < personIds.length; i += 500) {
    const ids = personIds.slice(i, i + 500);
    const [orgs, events, sources] = await Promise.all([
      db
        .selectFrom('memberships')
        .select(['person_id', 'organisation_id'])
        .where('person_id', 'in', ids)
        .where('confidentiality', 'in', [...levels])
        .execute(),
      db
        .selectFrom('cases')
        .innerJoin('case_events', 'case_events.case_id', 'cases.id')
        .select(['cases.subject_person_id', 'case_events.event_id'])
        .where('cases.subject_person_id', 'in', ids)
        .where('cases.confidentiality', 'in', [...levels])
        .execute(),
      db
        .selectFrom('citations')
        .select(['record_id', 'source_id'])
        .where('record_type', '=', 'person')
        .where('record_id', 'in', ids)
        .where('confidentiality', 'in', [...levels])
        .execute(),
    ]);
    for (const m of orgs) out.push([m.person_id, `organisation:${m.organisation_id}`]);
    for (const e of events) if (e.subject_person_id) out.push([e.subject_person_id, `event:${e.event_id}`]);
    for (const s of sources) out.push([s.record_id, `source:${s.source_id}`]);
  }
  return out;
}
