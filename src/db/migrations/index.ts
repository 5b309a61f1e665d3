// The ordered list of migrations. A static list (not a folder scan) so it works the same under tsx, tests and bundling.
import type { Migration } from 'kysely';
import * as m0001 from './2026_11_27_0001_register.ts';

/** Every migration by name; names sort in the order they run. */
export const MIGRATIONS: Record<string, Migration> = {
  '2026_11_27_0001_register': m0001,
};
