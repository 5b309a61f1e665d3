// References from a visible record to records the reader may not see (a public case's restricted subject, a membership's
// internal organisation, a citation's restricted source, an appeal's restricted occasion …). Their ids must not reach the
// reader: the presenters drop them, and a list filtered by such an id answers exactly as for an unknown id. Visibility is
// checked over sets of ids, one query per record table.
import type { Ctx } from '../../context.ts';
import { visibleIds, type RecordTable } from '../../db/repos/shared.ts';
import type { Appeal } from '../../domain/appeal.ts';
import type { Case } from '../../domain/case.ts';
import type { RecordBase } from '../../domain/common.ts';
import type { Event } from '../../domain/event.ts';
import type { Membership } from '../../domain/membership.ts';
import type { Citation } from '../../domain/source.ts';
import type { RecordType } from '../../domain/vocabulary.ts';
import { readableLevels } from '../../policies/authorize.ts';

/** A reference to a record of some type. */
export interface Reference {
  type: RecordType;
  id: string;
}

const TABLES: Record<RecordType, RecordTable> = {
  person: 'persons',
  organisation: 'organisations',
  membership: 'memberships',
  event: 'events',
  case: 'cases',
  source: 'sources',
  citation: 'citations',
};

/** Every reference a record of this type carries in its API form. */
export function referencesOf(type: RecordType, record: RecordBase): Reference[] {
  const out: Reference[] = [];
  const add = (t: RecordType, id: string | null | undefined) => {
    if (id) out.push({ type: t, id });
  };
  if (type === 'case') {
    const c = record as Case;
    add(c.subject.type, c.subject.id);
    for (const id of c.eventIds) add('event', id);
    for (const a of c.acts) add('organisation', a.perpetratorId);
    for (const d of c.designations) add('organisation', d.issuerId);
  } else if (type === 'event') {
    const e = record as Event;
    for (const r of e.relations) add('event', r.eventId);
    for (const p of e.participants) add('person', p.personId);
  } else if (type === 'membership') {
    const m = record as Membership;
    add('person', m.personId);
    add('organisation', m.organisationId);
  } else if (type === 'citation') {
    const c = record as Citation;
    add('source', c.sourceId);
    add(c.record.type as RecordType, c.record.id);
  }
  return out;
}

/** The references of an appeal's public form: its occasion, the sources of responses and the cases of outcomes. */
export function appealReferences(a: Appeal): Reference[] {
  const out: Reference[] = [];
  if (a.occasionEventId) out.push({ type: 'event', id: a.occasionEventId });
  for (const r of a.responses) if (r.sourceId) out.push({ type: 'source', id: r.sourceId });
  for (const o of a.outcomes) out.push({ type: 'case', id: o.caseId });
  for (const id of a.caseIds) out.push({ type: 'case', id });
  return out;
}

/** The ids among these references that the actor may not see (missing records included). */
export async function unseenIds(ctx: Ctx, refs: readonly Reference[]): Promise<Set<string>> {
  const levels = readableLevels(ctx.actor);
  const byTable = new Map<RecordTable, string[]>();
  for (const r of refs) byTable.set(TABLES[r.type], [...(byTable.get(TABLES[r.type]) ?? []), r.id]);
  const unseen = new Set<string>();
  for (const [table, ids] of byTable) {
    const seen = await visibleIds(ctx.db, table, ids, levels);
    for (const id of ids) if (!seen.has(id)) unseen.add(id);
  }
  return unseen;
}

/** The unseen references of a set of records of one type. */
export async function unseenReferencesOf(
  ctx: Ctx,
  type: RecordType,
  records: readonly RecordBase[],
): Promise<Set<string>> {
  return unseenIds(
    ctx,
    records.flatMap((r) => referencesOf(type, r)),
  );
}

/** The record types a list filter's id parameter may name. */
const FILTER_TYPES: Record<string, readonly RecordType[]> = {
  subjectId: ['person', 'organisation'],
  eventId: ['event'],
  personId: ['person'],
  organisationId: ['organisation'],
  sourceId: ['source'],
  caseId: ['case'],
  occasionEventId: ['event'],
  recordId: ['person', 'organisation', 'membership', 'event', 'case', 'source', 'citation'],
};

/**
 * True when a list filter names a record the actor may not see: the list must then answer as for an unknown id (empty),
 * or it would confirm the hidden link. An id the reader can see under any of the filter's types is fine.
 */
export async function filterNamesUnseen(ctx: Ctx, filter: Record<string, unknown>): Promise<boolean> {
  const levels = readableLevels(ctx.actor);
  for (const [key, types] of Object.entries(FILTER_TYPES)) {
    const id = filter[key];
    if (typeof id !== 'string') continue;
    const wanted =
      key === 'recordId' && typeof filter.recordType === 'string' ? [filter.recordType as RecordType] : types;
    let seen = false;
    for (const t of wanted) if (!seen && TABLES[t]) seen = (await visibleIds(ctx.db, TABLES[t], [id], levels)).size > 0;
    if (!seen) return true;
  }
  return false;
}

/** A record with the references in `hidden` (ids the reader may not see) taken out: ids become null, list entries go. */
export function withoutUnseen(type: RecordType, record: RecordBase, hidden: ReadonlySet<string>): RecordBase {
  if (hidden.size === 0) return record;
  const keep = (id: string | null) => (id !== null && hidden.has(id) ? null : id);
  if (type === 'case') {
    const c = record as Case;
    return {
      ...c,
      subject: hidden.has(c.subject.id) ? null : c.subject,
      eventIds: c.eventIds.filter((id) => !hidden.has(id)),
      acts: c.acts.map((a) => ({ ...a, perpetratorId: keep(a.perpetratorId) })),
      designations: c.designations.map((d) => ({ ...d, issuerId: keep(d.issuerId) })),
    } as unknown as RecordBase; // subject may be null here: the reader may not know who the case is about
  }
  if (type === 'event') {
    const e = record as Event;
    return {
      ...e,
      relations: e.relations.filter((r) => !hidden.has(r.eventId)),
      participants: e.participants.filter((p) => p.personId === null || !hidden.has(p.personId)),
    } as RecordBase;
  }
  if (type === 'membership') {
    const m = record as Membership;
    return { ...m, personId: keep(m.personId), organisationId: keep(m.organisationId) } as unknown as RecordBase; // ids may be null for this reader
  }
  if (type === 'citation') {
    const c = record as Citation;
    return {
      ...c,
      sourceId: keep(c.sourceId),
      record: hidden.has(c.record.id) ? null : c.record,
    } as unknown as RecordBase; // likewise
  }
  return record;
}
