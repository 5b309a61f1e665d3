// The page that creates or edits one record: the form, and for a stored record its links, citations and deletion.
import { canReadHistory } from '../../../policies/authorize.ts';
import { DEFS } from '../../../records/registry.ts';
import type { RecordBase } from '../../../domain/common.ts';
import type { Source } from '../../../domain/source.ts';
import type { RecordType } from '../../../domain/vocabulary.ts';
import type { MessageKey } from '../../../i18n/messages/index.ts';
import { recordPath } from '../../../queries/pages/record-links.ts';
import { RecordForm, type RecordFormProps } from '../forms/record-form.tsx';
import { Layout, type PageProps } from '../layout.tsx';
import { CiteSection, type CiteProps } from './cite-form.tsx';

/** The edit path of a stored record. */
export function editPath(type: RecordType, id: string): string {
  return `/edit/${DEFS[type].plural}/${encodeURIComponent(id)}`;
}

/** What the record page shows: the form, and when editing, the stored record with its label and citation section. */
export interface RecordPageProps extends PageProps {
  type: RecordType;
  form: Omit<RecordFormProps, 'i' | 'submitLabel'>;
  stored?: { record: RecordBase; label: string; cite?: Omit<CiteProps, 'i'> };
}

/** Creating ("New person") or editing ("Edit person: Roza Tuletayeva") a record. */
export function RecordPage(props: RecordPageProps) {
  const { i, type, stored } = props;
  const title = stored
    ? i.t(`edit.title.edit.${type}` as MessageKey, { label: stored.label })
    : i.t(`edit.title.new.${type}` as MessageKey);
  const file = type === 'source' && stored ? (stored.record as Source).file : null;
  return (
    <Layout {...props} title={title} wide>
      <p>
        <a href="/edit">{i.t('edit.back')}</a>
      </p>
      <h1>{title}</h1>
      {stored ? (
        <ul>
          {type !== 'citation' && type !== 'membership' ? (
            <li>
              <a href={recordPath(type, stored.record.slug)}>{i.t('edit.view')}</a>
            </li>
          ) : null}
          {type === 'source' ? (
            <li>
              <a href={`${editPath(type, stored.record.id)}/file`}>{i.t(file ? 'edit.file.show' : 'edit.file.link')}</a>
            </li>
          ) : null}
          {stored.cite ? (
            <li>
              <a href="#citations">{i.t('edit.cite.jump')}</a>
            </li>
          ) : null}
          {canReadHistory(props.actor) ? (
            <li>
              <a href={`${editPath(type, stored.record.id)}/history`}>{i.t('history.link')}</a>
            </li>
          ) : null}
          <li>
            <a href={`${editPath(type, stored.record.id)}/delete`}>{i.t('edit.delete.link')}</a>
          </li>
        </ul>
      ) : null}
      <RecordForm i={i} {...props.form} submitLabel={i.t(stored ? 'edit.form.save' : 'edit.form.create')} />
      {stored?.cite ? <CiteSection i={i} {...stored.cite} /> : null}
    </Layout>
  );
}
