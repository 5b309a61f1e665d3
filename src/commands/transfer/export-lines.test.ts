// The export lines written from rows (queries/export/record-lines.ts) are byte for byte the JSON of the records built and mapped as before, for every section
// that has them, on both dialects: restricted values, sealed, merged, localized and empty records, text that needs
// escaping, JSON columns in another layout than Vigil writes, pages of any size.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Ctx } from '../../context.ts';
import { sectionRecords, SECTION_TYPES, RECORD_SECTIONS } from './export-json.ts';
import { createRecord } from '../records/create-record.ts';
import { mergePersons } from '../persons/merge-persons.ts';
import { loadDemo } from '../demo/load-demo.ts';
import { CASE_ROWS, PERSON_ROWS, readRowPage } from '../../db/repos/export-rows.ts';
import {
  caseDef,
  citationDef,
  eventDef,
  membershipDef,
  organisationDef,
  personDef,
  sourceDef,
} from '../../records/registry.ts';
import { DIALECTS, testCtx, testDb, type TestDb } from '../../../test/support/db.ts';
import { buildCase, buildEvent, buildOrganisation, buildPerson, buildSource } from '../../../test/support/factories.ts';
import { LINE_SPECS, recordLines } from '../../queries/export/record-lines.ts';

/** Text JSON.stringify escapes, and text it leaves alone. */
const AWKWARD = 'строка "один"\nline\ttwo \\ back \u0001 \u001f \u007f \u2028 😀 lone \ud800 end';

async function populate(ctx: Ctx, t: TestDb): Promise<void> {
  await loadDemo(ctx);
  const org = await createRecord(ctx, organisationDef, buildOrganisation({ summary: AWKWARD, foundedDate: '1990' }));
  const sealedOrg = await createRecord(ctx, organisationDef, buildOrganisation({ confidentiality: 'restricted' }));
  const full = await createRecord(
    ctx,
    personDef,
    buildPerson({
      names: [
        { full: 'Жанна Ахметова', kind: 'alias', lang: 'ru', sourceOrg: 'Amnesty' },
        { full: 'Zhanna Akhmetova', kind: 'primary' },
      ],
      givenName: 'Жанна',
      birthDate: '1970-05',
      birthDateApprox: true,
      gender: 'female',
      summary: AWKWARD,
      links: [{ url: 'https://example.org/a', note: 'profile' }, { url: 'https://example.org/b' }],
      restricted: { whereabouts: 'Алматы', contact: 'через адвоката' },
    }),
  );
  const minimal = await createRecord(ctx, personDef, { names: [{ full: 'A' }] });
  const sealed = await createRecord(
    ctx,
    personDef,
    buildPerson({ confidentiality: 'restricted', restricted: { x: 'y' } }),
  );
  await createRecord(ctx, personDef, buildPerson({ confidentiality: 'internal', roles: ['journalist', 'activist'] }));
  const mergedAway = await createRecord(ctx, personDef, buildPerson({ restricted: { phone: '+7 700' } }));
  const survivor = await createRecord(ctx, personDef, buildPerson());
  await mergePersons(ctx, { survivorId: survivor.id, mergedId: mergedAway.id, reason: 'the same woman' });
  await createRecord(ctx, membershipDef, {
    personId: full.id,
    organisationId: org.id,
    role: 'Head "of" board',
    startDate: '2001',
    restricted: { note: 'n' },
  });
  await createRecord(ctx, membershipDef, {
    personId: sealed.id,
    organisationId: sealedOrg.id,
    role: 'Member',
    confidentiality: 'restricted',
    restricted: { why: 'safety' },
  });
  const event = await createRecord(ctx, eventDef, buildEvent());
  await createRecord(
    ctx,
    caseDef,
    buildCase(full.id, {
      title: { ru: 'Дело Ахметовой', en: 'The Akhmetova case' },
      summary: { ru: AWKWARD, kk: 'Қазақша' },
      eventIds: [event.id],
      sentence: { kind: 'prison', months: null, startDate: '2012' },
      acts: [
        {
          kind: 'arrest',
          date: '2011-12-17',
          dateApprox: true,
          perpetratorId: org.id,
          involvement: 'direct',
          place: { country: 'KZ', locality: 'Жанаозен', lat: 43.3412, lon: 52.8619 },
          description: AWKWARD,
          certainty: 'confirmed',
        },
        { kind: 'torture' },
      ],
      charges: [{ law: 'УК РК', article: '174', text: { ru: 'Разжигание', en: 'Incitement' } }, { article: '272' }],
      timeline: [
        { date: '2012-01', kind: 'arrest', description: 'x' },
        { date: '2012-06-02', dateApprox: true, kind: 'verdict' },
      ],
      designations: [{ kind: 'political_prisoner', issuerName: 'Memorial', date: '2012', criteria: ['a', 'c'] }],
      statusHistory: [
        { status: 'detained_pre_trial', since: '2011-12' },
        { status: 'serving_sentence', since: '2012-06' },
      ],
      status: 'serving_sentence',
      restricted: { lawyer: 'Н. Н.' },
    }),
  );
  await createRecord(ctx, caseDef, buildCase(full.id, { acts: [], sentence: null, status: 'unknown' }));
  const orgCase = await createRecord(
    ctx,
    caseDef,
    buildCase(org.id, { subject: { type: 'organisation', id: org.id }, court: 'Суд', confidentiality: 'internal' }),
  );
  await createRecord(ctx, caseDef, buildCase(sealed.id, { confidentiality: 'restricted', restricted: { a: 'b' } }));
  const source = await createRecord(ctx, sourceDef, buildSource());
  await createRecord(ctx, citationDef, {
    sourceId: source.id,
    record: { type: 'case', id: orgCase.id },
    field: 'sentence.months',
    locator: 'p. 3',
    quote: AWKWARD,
    restricted: { who: 'anonymous' },
  });
  await createRecord(ctx, citationDef, { sourceId: source.id, record: { type: 'person', id: minimal.id } });
  // JSON columns in another layout than Vigil writes, and a case from before statuses had a history and languages.
  const db = t.handle.db;
  await db
    .updateTable('persons')
    .set({ links: '[ {"note":"n","url":"https://e.org/x","extra":1} ]', roles: '[ ]' })
    .where('id', '=', minimal.id)
    .execute();
  await db
    .updateTable('cases')
    .set({ translations: '{ "title" : {"kk": "Іс"} }', lang: '' })
    .where('id', '=', orgCase.id)
    .execute();
  await db.deleteFrom('case_status_history').where('case_id', '=', orgCase.id).execute();
  await db.updateTable('case_charges').set({ translations: 'null' }).where('article', '=', '272').execute();
  await db.updateTable('case_designations').set({ criteria: '[ "b" ]' }).execute();
}

/** The lines and audited ids of a section as the records built, mapped and stringified give them. */
async function mapped(ctx: Ctx, section: (typeof RECORD_SECTIONS)[number]) {
  const lines: string[] = [];
  const shown: string[] = [];
  for await (const page of sectionRecords(ctx, section)) {
    for (const record of page) {
      const { id, restricted } = record as { id: string; restricted?: unknown };
      if (restricted !== undefined) shown.push(id);
      lines.push(JSON.stringify(record));
    }
  }
  return { lines, shown };
}

for (const dialect of DIALECTS) {
  describe(`export lines from rows (${dialect})`, () => {
    let t: TestDb;
    let ctx: Ctx;
    before(async () => {
      t = await testDb(dialect);
      ctx = testCtx(t);
      await populate(ctx, t);
    });
    after(() => t.cleanup());

    for (const section of RECORD_SECTIONS) {
      const type = SECTION_TYPES[section];
      const spec = LINE_SPECS[type];
      if (!spec) continue;
      it(`${section}: the same bytes as the mapped records, on pages of any size`, async () => {
        const expected = await mapped(ctx, section);
        assert.ok(expected.lines.length > 1, 'the section has records');
        for (const batch of [1, 2, 7, 500]) {
          const lines: string[] = [];
          const shown: string[] = [];
          for await (const page of recordLines(ctx, spec, type, batch)) {
            lines.push(...page.lines);
            shown.push(...page.shown);
          }
          assert.deepEqual(lines, expected.lines, `batch ${batch}`);
          assert.deepEqual(shown, expected.shown, `batch ${batch}`);
        }
      });
    }

    it('the sections cover restricted, sealed and awkward records', async () => {
      const persons = await mapped(ctx, 'persons');
      assert.ok(persons.shown.length >= 3, 'persons with restricted values, a sealed one and a survivor of a merge');
      const awkward = persons.lines.find((l) => l.includes('😀')) ?? '';
      for (const escaped of ['\\n', '\\t', '\\"', '\\\\', '\\u0001', '\u007f', '\u2028'])
        assert.ok(awkward.includes(escaped), `a summary with ${escaped}`);
      const cases = (await mapped(ctx, 'cases')).lines;
      assert.ok(
        cases.some((l) => l.includes('"lang":"en","title":"Prosecution')),
        'a case of the default language',
      );
      assert.ok(
        cases.some((l) => l.includes('"translations":{"title":{"kk":"Іс"}}')),
        'a case with a rewritten column',
      );
    });

    it('a page read for fewer levels has the child rows of its records only', async () => {
      for (const spec of [PERSON_ROWS, CASE_ROWS]) {
        const all = await readRowPage(t.handle.db, spec, ['public', 'internal', 'restricted'], { limit: 1000 });
        const some = await readRowPage(t.handle.db, spec, ['public'], { limit: 1000 });
        const ids = new Set(some.rows.map((r) => r[0]));
        assert.ok(some.rows.length < all.rows.length);
        assert.deepEqual(
          some.rows,
          all.rows.filter((r) => ids.has(r[0])),
        );
        spec.children.forEach((_, j) =>
          assert.deepEqual(
            some.children[j],
            all.children[j]!.filter((r) => ids.has(r[0])),
          ),
        );
      }
    });
  });
}
