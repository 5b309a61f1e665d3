// Records as the API shows them: the stored fields plus derived, read-only conveniences; restricted fields only for cleared readers.
import type { Actor } from '../../context.ts';
import type { Case } from '../../domain/case.ts';
import type { RecordBase } from '../../domain/common.ts';
import type { Event } from '../../domain/event.ts';
import type { Membership } from '../../domain/membership.ts';
import { describeMonths } from '../../domain/sentence.ts';
import type { Citation, Source } from '../../domain/source.ts';
import type { RecordType } from '../../domain/vocabulary.ts';
import { canReadRestricted } from '../../policies/authorize.ts';

/** A record with the references in `hidden` (ids the reader may not see) taken out: ids become null, list entries go. */
function withoutHidden(type: RecordType, record: RecordBase, hidden: ReadonlySet<string>): RecordBase {
  if (hidden.size === 0) return record;
  const keep = (id: string | null) => (id !== null && hidden.has(id) ? null : id);
  if (type === 'case') {
    const c = record as Case;
    return {
      ...c, subject: hidden.has(c.subject.id) ? null : c.subject, eventIds: c.eventIds.filter((id) => !hidden.has(id)),
      acts: c.acts.map((a) => ({ ...a, perpetratorId: keep(a.perpetratorId) })), designations: c.designations.map((d) => ({ ...d, issuerId: keep(d.issuerId) })),
    } as unknown as RecordBase; // subject may be null here: the reader may not know who the case is about
  }
  if (type === 'event') {
    const e = record as Event;
    return { ...e, relations: e.relations.filter((r) => !hidden.has(r.eventId)), participants: e.participants.filter((p) => p.personId === null || !hidden.has(p.personId)) } as RecordBase;
  }
  if (type === 'membership') {
    const m = record as Membership;
    return { ...m, personId: keep(m.personId), organisationId: keep(m.organisationId) } as unknown as RecordBase; // ids may be null for this reader
  }
  if (type === 'citation') {
    const c = record as Citation;
    return { ...c, sourceId: keep(c.sourceId), record: hidden.has(c.record.id) ? null : c.record } as unknown as RecordBase; // likewise
  }
  return record;
}

/**
 * The JSON form of one record of the given type, for `actor`. `restricted` is left out entirely for actors not cleared
 * for it (not even an empty object), and for cleared ones too when `withRestricted` is false (lists). References in
 * `hidden` (records the actor may not see, from unseenReferencesOf) are left out.
 */
export function presentRecord(type: RecordType, record: RecordBase, actor: Actor, withRestricted = true, hidden: ReadonlySet<string> = new Set()): Record<string, unknown> {
  const { restricted, ...rest } = withoutHidden(type, record, hidden);
  const shown = withRestricted && canReadRestricted(actor) ? { ...rest, restricted: { ...restricted } } : rest;
  if (type === 'case') {
    const c = shown as unknown as Case;
    return { ...shown, sentence: c.sentence && { ...c.sentence, text: c.sentence.months === null ? null : describeMonths(c.sentence.months) } };
  }
  if (type === 'source') {
    const s = shown as unknown as Source;
    return { ...shown, file: s.file && { ...s.file, downloadUrl: `/api/v1/sources/${s.id}/file` } };
  }
  return shown;
}
