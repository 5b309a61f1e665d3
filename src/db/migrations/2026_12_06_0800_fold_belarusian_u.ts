// foldText now writes the Belarusian ў after a vowel as в (Агееў as агеев, the Russian form's spelling): the folded keys
// that list filters compare (person and organisation names, the titles of events, cases and sources) are computed
// again, as the 2026_12_05 migration did for Kazakh letters. The search index is rebuilt with `vigil search reindex`
// (its name keys changed too, and are built from the records, which migrations do not read as records).
import type { Kysely } from 'kysely';
import { rekeyFoldedColumns } from './2026_12_05_0600_fold_keys.ts';

/** Re-keys the stored folded keys. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await rekeyFoldedColumns(db);
}

/** Nothing to undo: an older release finds the re-keyed names by every spelling but a Belarusian one with ў. */
export async function down(): Promise<void> {}
