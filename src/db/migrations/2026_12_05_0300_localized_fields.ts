// Record fields readers see may hold a value per language. Cases and events get the language of their plain values
// (`lang`) and the values in other languages (`translations`, JSON); charges get `translations` for their text. Every
// existing plain value stays where it is, as the value in the record's language, so nothing is rewritten or lost: the
// language is Kazakh when the title uses Kazakh letters, Russian when it is other Cyrillic, and the default (en) else.
// Sealed records keep their content in their blob; they read as the default language until an editor saves them.
import { sql, type Kysely } from 'kysely';
import { DEFAULT_RECORD_LANG, guessTextLang } from '../../domain/localized.ts';

const SEARCHED = ['cases', 'events'] as const;

/** Adds the columns and sets each clear record's language from its title. */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of SEARCHED) {
    await db.schema
      .alterTable(table)
      .addColumn('lang', 'text', (c) => c.notNull().defaultTo(DEFAULT_RECORD_LANG))
      .execute();
    await db.schema
      .alterTable(table)
      .addColumn('translations', 'text', (c) => c.notNull().defaultTo('{}'))
      .execute();
    const rows = await sql<{
      id: string;
      title: string;
    }>`select id, title from ${sql.table(table)} where confidentiality <> 'restricted'`.execute(db);
    const byLang = new Map<string, string[]>();
    for (const r of rows.rows) {
      const lang = guessTextLang(r.title);
      if (lang !== DEFAULT_RECORD_LANG) byLang.set(lang, [...(byLang.get(lang) ?? []), r.id]);
    }
    for (const [lang, ids] of byLang) {
      for (let i = 0; i < ids.length; i += 500) {
        await sql`update ${sql.table(table)} set lang = ${lang} where id in (${sql.join(ids.slice(i, i + 500))})`.execute(
          db,
        );
      }
    }
  }
  await db.schema
    .alterTable('case_charges')
    .addColumn('translations', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
}

/** Drops the columns; the values in other languages go with them (the plain values stay). */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('case_charges').dropColumn('translations').execute();
  for (const table of SEARCHED) {
    await db.schema.alterTable(table).dropColumn('translations').execute();
    await db.schema.alterTable(table).dropColumn('lang').execute();
  }
}
