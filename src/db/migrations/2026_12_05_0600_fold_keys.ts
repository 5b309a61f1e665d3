// The folded keys that list filters compare (person and organisation names, the titles of events, cases and sources)
// are computed again with foldText, the one folding function, which now also folds Kazakh letters, look-alike letters
// and apostrophes as the search index always did. Sealed records hold blank keys, which stay blank. The search index
// itself needs nothing: its text was already folded this way.
import { sql, type Kysely } from 'kysely';
import { searchableText } from '../../domain/localized.ts';
import { foldText } from '../../text/fold.ts';

/** The keyed tables: where the text is, where its key is, and the columns that name a row. */
const KEYED: readonly { table: string; text: string; key: string; id: readonly string[]; translated?: boolean }[] = [
  { table: 'person_names', text: 'full_name', key: 'search_key', id: ['person_id', 'position'] },
  { table: 'organisation_names', text: 'full_name', key: 'search_key', id: ['organisation_id', 'position'] },
  // Events' and cases' keys hold the title in every language (their translations, an earlier migration's column).
  { table: 'events', text: 'title', key: 'title_key', id: ['id'], translated: true },
  { table: 'cases', text: 'title', key: 'title_key', id: ['id'], translated: true },
  { table: 'sources', text: 'title', key: 'title_key', id: ['id'] },
];

const BATCH = 1000;

/** Rewrites every stored key that foldText would now give differently; returns how many rows changed. */
export async function rekeyFoldedColumns(db: Kysely<unknown>): Promise<number> {
  let changed = 0;
  for (const k of KEYED) {
    const ids = sql.join(k.id.map((c) => sql.ref(c)));
    const translations = k.translated ? sql`translations` : sql`'{}'`;
    // Paged by key (the row's id columns), not by offset: each page is an index seek, so a large register is read once.
    let after: unknown[] | null = null;
    for (;;) {
      const from: ReturnType<typeof sql> = after
        ? sql`where (${ids}) > (${sql.join(after.map((v) => sql`${v}`))})`
        : sql``;
      const { rows } = await sql<Record<string, unknown>>`select ${ids}, ${sql.ref(k.text)} as text,
        ${sql.ref(k.key)} as key, ${translations} as translations from ${sql.table(k.table)} ${from}
        order by ${ids} limit ${BATCH}`.execute(db);
      for (const row of rows) {
        const titles = (JSON.parse(String(row.translations ?? '{}')) as { title?: Record<string, string> }).title;
        const key = foldText(searchableText(String(row.text ?? ''), titles));
        if (key === row.key) continue;
        const where = sql.join(
          k.id.map((c) => sql`${sql.ref(c)} = ${row[c]}`),
          sql` and `,
        );
        await sql`update ${sql.table(k.table)} set ${sql.ref(k.key)} = ${key} where ${where}`.execute(db);
        changed += 1;
      }
      if (rows.length < BATCH) break;
      const last = rows[rows.length - 1]!;
      after = k.id.map((c) => last[c]);
    }
  }
  return changed;
}

/** Re-keys the stored folded keys. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await rekeyFoldedColumns(db);
}

/** Nothing to undo: the earlier keys cannot be computed here; an older release still finds all but Kazakh and look-alike spellings. */
export async function down(): Promise<void> {}
