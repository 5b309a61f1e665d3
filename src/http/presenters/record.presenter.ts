// Records as the API shows them: the stored fields plus derived, read-only conveniences.
import type { Case } from '../../domain/case.ts';
import type { RecordBase } from '../../domain/common.ts';
import { describeMonths } from '../../domain/sentence.ts';
import type { Source } from '../../domain/source.ts';
import type { RecordType } from '../../domain/vocabulary.ts';

/** The JSON form of one record of the given type. */
export function presentRecord(type: RecordType, record: RecordBase): Record<string, unknown> {
  if (type === 'case') {
    const c = record as Case;
    return { ...c, sentence: c.sentence && { ...c.sentence, text: c.sentence.months === null ? null : describeMonths(c.sentence.months) } };
  }
  if (type === 'source') {
    const s = record as Source;
    return { ...s, file: s.file && { ...s.file, downloadUrl: `/api/v1/sources/${s.id}/file` } };
  }
  return { ...record };
}
