// Records as the API shows them: the stored fields plus derived, read-only conveniences; restricted fields only for cleared readers.
import type { Actor } from '../../context.ts';
import type { Case } from '../../domain/case.ts';
import type { RecordBase } from '../../domain/common.ts';
import { describeMonths } from '../../domain/sentence.ts';
import type { Event } from '../../domain/event.ts';
import type { Source } from '../../domain/source.ts';
import type { RecordType } from '../../domain/vocabulary.ts';
import { canReadRestricted } from '../../policies/authorize.ts';
import { withoutUnseen } from '../../queries/records/unseen-references.ts';
import { caseI18n, eventI18n } from './localized.presenter.ts';

/**
 * The JSON form of one record of the given type, for `actor`. `restricted` is left out entirely for actors not cleared
 * for it (not even an empty object), and for cleared ones too when `withRestricted` is false (lists). References in
 * `hidden` (records the actor may not see, from unseenReferencesOf) are left out. Fields with values per language get
 * an `i18n` entry with every value and the one for `readerLang` (the record's own language when not given).
 */
export function presentRecord(
  type: RecordType,
  record: RecordBase,
  actor: Actor,
  withRestricted = true,
  hidden: ReadonlySet<string> = new Set(),
  readerLang?: string,
): Record<string, unknown> {
  const { restricted, ...rest } = withoutUnseen(type, record, hidden);
  const shown = withRestricted && canReadRestricted(actor) ? { ...rest, restricted: { ...restricted } } : rest;
  if (type === 'case') {
    const c = shown as unknown as Case;
    return {
      ...shown,
      sentence: c.sentence && {
        ...c.sentence,
        text: c.sentence.months === null ? null : describeMonths(c.sentence.months),
      },
      ...caseI18n(c, readerLang),
    };
  }
  if (type === 'event') return { ...shown, ...eventI18n(shown as unknown as Event, readerLang) };
  if (type === 'source') {
    const s = shown as unknown as Source;
    return { ...shown, file: s.file && { ...s.file, downloadUrl: `/api/v1/sources/${s.id}/file` } };
  }
  return shown;
}
