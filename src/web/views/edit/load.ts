// What the edit screens read besides the record itself: the records a reference may point at, and a record's citations.
import { DEFS, type RecordDef } from '../../../records/registry.ts';
import type { Ctx } from '../../../context.ts';
import type { Case } from '../../../domain/case.ts';
import type { RecordBase } from '../../../domain/common.ts';
import type { Event } from '../../../domain/event.ts';
import type { Membership } from '../../../domain/membership.ts';
import { displayName, type Person } from '../../../domain/person.ts';
import type { Citation, Source } from '../../../domain/source.ts';
import type { RecordType } from '../../../domain/vocabulary.ts';
import { listRecords } from '../../../queries/records/list-records.ts';
import type { Candidates, RefType } from '../forms/spec.ts';

/** Above this many records of a type, a reference is typed as an id instead of chosen from a select. */
export const MAX_CANDIDATES = 200;

/** The words a record is known by on the edit screens: its name or title. */
export function recordLabel(type: RecordType, record: RecordBase): string {
  switch (type) {
    case 'person':
    case 'organisation':
      return displayName((record as Person).names);
    case 'event': {
      const e = record as Event;
      return e.startDate ? `${e.title} (${e.startDate})` : e.title;
    }
    case 'case':
      return (record as Case).title;
    case 'source':
      return (record as Source).title;
    case 'membership':
      return (record as Membership).role;
    case 'citation':
      return (record as Citation).locator ?? record.id;
  }
}

/** The definition of a type, as generic code uses it. */
export function defOf(type: RecordType): RecordDef<RecordBase, unknown> {
  return DEFS[type] as unknown as RecordDef<RecordBase, unknown>;
}

/** The records the actor may see for each referable type (or 'many' when a select would be too long), sorted by label. */
export async function loadCandidates(ctx: Ctx, types: Iterable<RefType>): Promise<Candidates> {
  const out: Candidates = {};
  for (const type of types) {
    const page = await listRecords(ctx, defOf(type), {}, { limit: MAX_CANDIDATES });
    out[type] =
      page.nextCursor !== null
        ? 'many'
        : page.data
            .map((r) => ({ id: r.id, label: recordLabel(type, r) }))
            .sort((a, b) => a.label.localeCompare(b.label));
  }
  return out;
}

/** The citations of one record the actor may see. */
export async function citationsOf(ctx: Ctx, type: RecordType, id: string): Promise<Citation[]> {
  const page = await listRecords(ctx, defOf('citation'), { recordType: type, recordId: id }, { limit: MAX_CANDIDATES });
  return page.data as Citation[];
}
