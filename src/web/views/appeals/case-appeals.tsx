// The appeals that name a case, listed on the case's register page (only those the reader may see: appealsOfCase filters).
import type { Appeal } from '../../../domain/appeal.ts';
import { PUBLISHED_STATUSES } from '../../../domain/appeal.ts';
import type { I18n } from '../../../i18n/i18n.ts';
import { appealPath, statusLabel } from './parts.tsx';

/** A short section linking to each appeal about the case; nothing when there are none. */
export function CaseAppeals(props: { i: I18n; appeals: readonly Appeal[] | undefined }) {
  const { i, appeals } = props;
  if (!appeals || appeals.length === 0) return null;
  return (
    <section aria-labelledby="case-appeals-h">
      <h2 id="case-appeals-h">{i.t('appeals.case.title')}</h2>
      <ul>
        {appeals.map((a) => (
          <li>
            <a href={appealPath(a)}>{a.title}</a>
            {a.letterDate ? `, ${i.date(a.letterDate)}` : ''}
            {PUBLISHED_STATUSES.includes(a.status) ? null : (
              <>
                {' '}
                <span class="meta">({statusLabel(i, a.status)})</span>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
