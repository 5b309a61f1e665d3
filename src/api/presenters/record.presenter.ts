// Records as the API shows them: the stored fields plus derived, read-only conveniences; restricted fields only for cleared readers.
import type { Actor } from '../../context.ts';
import type { Case } from '../../domain/case.ts';
import type { RecordBase } from '../../domain/common.ts';
import { describeMonths } from '../../domain/sentence.ts';
import type { Source } from '../../domain/source.ts';
import type { RecordType } from '../../domain/vocabulary.ts';
import { canReadRestricted } from '../../policies/authorize.ts';
import { withoutUnseen } from '../../queries/records/unseen-references.ts';

/**
 * The JSON form of one record of the given type, for `actor`. `restricted` is left out entirely for actors not cleared
 * for it (not even an empty object), and for cleared ones too when `withRestricted` is false (lists). References in
 * `hidden` (records the actor may not see, from unseenReferencesOf) are left out.
 */
export function presentRecord(type: RecordType, record: RecordBase, actor: Actor, withRestricted = true, hidden: ReadonlySet<string> = new Set()): Record<string, unknown> {
  const { restricted, ...rest } = withoutUnseen(type, record, hidden);
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
