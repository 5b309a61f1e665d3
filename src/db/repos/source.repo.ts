// Sources: documents the register cites, with their stored original file once uploaded.
import type { SourceFilter } from '../../domain/filters.ts';
import type { Source, SourceFile } from '../../domain/source.ts';
import { foldText } from '../../text/fold.ts';
import type { Trx } from '../database.ts';
import type { SourcesTable } from '../schema.ts';
import type { Keyring } from '../../crypto/field-cipher.ts';
import { isFiltering, sourceMatches } from '../../domain/filter-match.ts';
import {
  baseColumns,
  baseFields,
  contains,
  listOpeningSealed,
  sealedColumns,
  unsealed,
  visiblePage,
  type RestrictedKeys,
} from './shared.ts';
import { recordRepo } from './record-repo.ts';

function hydrate(rows: SourcesTable[], keys: RestrictedKeys): Source[] {
  return unsealed(
    rows,
    rows.map((r) => ({
      ...baseFields(r, keys),
      title: r.title,
      url: r.url,
      archivedUrl: r.archived_url,
      publisher: r.publisher,
      publishedDate: r.published_date,
      retrievedAt: r.retrieved_at,
      language: r.language,
      reliability: r.reliability as Source['reliability'],
      notes: r.notes,
      counts: JSON.parse(r.counts) as Source['counts'],
      file:
        r.file_sha256 === null
          ? null
          : {
              sha256: r.file_sha256,
              size: Number(r.file_size),
              mediaType: r.file_media_type ?? '',
              name: r.file_name ?? '',
              storedAt: r.file_stored_at ?? '',
            },
    })),
    keys,
  );
}

/**
 * What a sealed source's content columns hold instead of its values. The stored file's digest, size, type and time stay:
 * the file store finds the file by them; its name goes into the blob with the rest.
 */
const BLANK: Partial<SourcesTable> = {
  title: '',
  title_key: '',
  url: null,
  archived_url: null,
  publisher: null,
  published_date: null,
  retrieved_at: null,
  language: null,
  reliability: '',
  notes: null,
  counts: '[]',
  file_name: null,
};

function fileColumns(
  f: SourceFile | null,
): Pick<SourcesTable, 'file_sha256' | 'file_size' | 'file_media_type' | 'file_name' | 'file_stored_at'> {
  return {
    file_sha256: f?.sha256 ?? null,
    file_size: f?.size ?? null,
    file_media_type: f?.mediaType ?? null,
    file_name: f?.name ?? null,
    file_stored_at: f?.storedAt ?? null,
  };
}

function columns(s: Source, keyring: Keyring): SourcesTable {
  return sealedColumns(
    s,
    {
      ...baseColumns(s, keyring),
      title: s.title,
      title_key: foldText(s.title),
      url: s.url,
      archived_url: s.archivedUrl,
      publisher: s.publisher,
      published_date: s.publishedDate,
      retrieved_at: s.retrievedAt,
      language: s.language,
      reliability: s.reliability,
      notes: s.notes,
      counts: JSON.stringify(s.counts),
      ...fileColumns(s.file),
    },
    BLANK,
    keyring,
  );
}

/** Storage of sources. */
export const sourceRepo = recordRepo<Source, SourceFilter, SourcesTable>({
  table: 'sources',
  hydrate: (_db, rows, keys) => hydrate(rows, keys),
  columns,
  async list(db, f, levels, page, keys) {
    return listOpeningSealed(
      levels,
      page,
      keys,
      isFiltering(f),
      async (lv, pg) => {
        let q = db.selectFrom('sources').selectAll();
        if (f.q) q = q.where(contains('sources.title_key', foldText(f.q)));
        if (f.language) q = q.where('language', '=', f.language);
        if (f.sha256) q = q.where('file_sha256', '=', f.sha256);
        return hydrate(await visiblePage(q, 'sources', lv, pg).execute(), keys);
      },
      async (pg) =>
        hydrate(await visiblePage(db.selectFrom('sources').selectAll(), 'sources', ['restricted'], pg).execute(), keys),
      (s) => sourceMatches(s, f),
    );
  },
});

/** Records the stored original file of a source and touches its update time (a sealed source is sealed again with it). */
export async function setSourceFile(
  trx: Trx,
  id: string,
  file: SourceFile,
  updatedAt: string,
  keyring: Keyring,
): Promise<void> {
  const sealed = await sourceRepo.find(trx, id, ['restricted'], keyring);
  if (sealed && sealed.id === id) {
    await sourceRepo.update(trx, { ...sealed, file, updatedAt }, keyring);
    return;
  }
  await trx
    .updateTable('sources')
    .set({ ...fileColumns(file), updated_at: updatedAt })
    .where('id', '=', id)
    .execute();
}
