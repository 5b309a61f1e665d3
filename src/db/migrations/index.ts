// The ordered list of migrations. A static list (not a folder scan) so it works the same under tsx, tests and bundling.
import type { Migration } from 'kysely';
import * as m0001 from './2026_11_27_0001_register.ts';
import * as m0002 from './2026_11_27_0002_restricted_fields.ts';
import * as m0003 from './2026_11_27_0003_accounts.ts';
import * as m0004 from './2026_11_27_0004_record_versions.ts';
import * as m0005 from './2026_11_27_0005_appeals.ts';
import * as m0006 from './2026_11_27_0006_signon.ts';
import * as m0007 from './2026_11_27_0007_search.ts';
import * as m0008 from './2026_11_27_0008_intake.ts';
import * as m0009 from './2026_11_27_0009_occasions.ts';
import * as m0010 from './2026_12_04_0010_key_fingerprints.ts';
import * as m0100 from './2026_12_04_0100_keyed_audit.ts';
import * as m0101 from './2026_12_04_0101_seal_pending.ts';
import * as m0200 from './2026_12_05_0200_case_status_history.ts';
import * as m0300 from './2026_12_05_0300_localized_fields.ts';
import * as m0400 from './2026_12_05_0400_reader_languages.ts';
import * as m0500 from './2026_12_05_0500_source_counts.ts';
import * as m0600 from './2026_12_05_0600_fold_keys.ts';
import * as m0700 from './2026_12_06_0700_case_list_indexes.ts';
import * as m0800 from './2026_12_06_0800_fold_belarusian_u.ts';

/** Every migration by name; names sort in the order they run. */
export const MIGRATIONS: Record<string, Migration> = {
  '2026_11_27_0001_register': m0001,
  '2026_11_27_0002_restricted_fields': m0002,
  '2026_11_27_0003_accounts': m0003,
  '2026_11_27_0004_record_versions': m0004,
  '2026_11_27_0005_appeals': m0005,
  '2026_11_27_0006_signon': m0006,
  '2026_11_27_0007_search': m0007,
  '2026_11_27_0008_intake': m0008,
  '2026_11_27_0009_occasions': m0009,
  '2026_12_04_0010_key_fingerprints': m0010,
  '2026_12_04_0100_keyed_audit': m0100,
  '2026_12_04_0101_seal_pending': m0101,
  '2026_12_05_0200_case_status_history': m0200,
  '2026_12_05_0300_localized_fields': m0300,
  '2026_12_05_0400_reader_languages': m0400,
  '2026_12_05_0500_source_counts': m0500,
  '2026_12_05_0600_fold_keys': m0600,
  '2026_12_06_0700_case_list_indexes': m0700,
  '2026_12_06_0800_fold_belarusian_u': m0800,
};
