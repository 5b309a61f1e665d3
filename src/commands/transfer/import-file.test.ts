import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import writeXlsxFile from 'write-excel-file/node';
import type { Ctx } from '../../context.ts';
import type { Case } from '../../domain/case.ts';
import type { Person } from '../../domain/person.ts';
import { CONFIDENTIALITY } from '../../domain/vocabulary.ts';
import { countRecords } from '../../db/repos/stats.repo.ts';
import { createRecord } from '../records/create-record.ts';
import { caseDef, citationDef, membershipDef, organisationDef, personDef, sourceDef } from '../../records/registry.ts';
import { importFile } from './import-file.ts';
import { DIALECTS, testCtx, testDb, type TestDb } from '../../../test/support/db.ts';

const SAMPLES = path.resolve(import.meta.dirname, '../../../test/fixtures/import');
const sample = (name: string) => path.join(SAMPLES, name);

/** Every record of a type, whatever its level. */
async function all<T>(
  ctx: Ctx,
  def: {
    repo: {
      list(
        db: Ctx['db'],
        f: object,
        levels: typeof CONFIDENTIALITY,
        page: { limit: number },
        keys: Ctx['keyring'],
      ): Promise<unknown[]>;
    };
  },
): Promise<T[]> {
  return (await def.repo.list(ctx.db, {}, CONFIDENTIALITY, { limit: 1000 }, ctx.keyring)) as T[];
}

for (const dialect of DIALECTS) {
  describe(`spreadsheet import (${dialect})`, () => {
    let t: TestDb;
    let ctx: Ctx;
    let dir: string;
    before(async () => {
      t = await testDb(dialect);
      ctx = testCtx(t);
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-import-'));
    });
    after(async () => {
      await t.cleanup();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('a dry run of the sample CSV reads every row and writes nothing', async () => {
      const r = await importFile(ctx, {
        format: 'csv',
        file: sample('political-prisoners.csv'),
        mapFile: sample('political-prisoners.map.json'),
        dryRun: true,
      });
      assert.deepEqual(r.problems, []);
      assert.equal(r.rows, 5);
      assert.equal(r.counts.cases, 5);
      assert.equal(r.counts.persons, 5);
      assert.equal(r.imported, false);
      assert.equal((await countRecords(ctx.db)).persons, 0);
    });

    it('imports the sample CSV: names in two scripts, split parts, partial dates, sentences as text, a source column', async () => {
      const r = await importFile(ctx, {
        format: 'csv',
        file: sample('political-prisoners.csv'),
        mapFile: sample('political-prisoners.map.json'),
      });
      assert.equal(r.imported, true);
      assert.deepEqual({ persons: r.counts.persons, cases: r.counts.cases }, { persons: 5, cases: 5 });
      const persons = await all<Person>(ctx, personDef);
      const babaryka = persons.find((p) => p.familyName === 'Бабарико')!;
      assert.equal(babaryka.givenName, 'Виктор');
      assert.equal(babaryka.patronymic, 'Дмитриевич');
      assert.equal(babaryka.birthDate, '1963-11-28');
      assert.equal(babaryka.nationality, 'BY');
      assert.deepEqual(
        babaryka.names.map((n) => [n.full, n.script, n.lang, n.kind]),
        [
          ['Бабарико Виктор Дмитриевич', 'Cyrl', 'ru', 'primary'],
          ['Viktar Babaryka', 'Latn', 'en', 'transliteration'],
        ],
      );
      assert.equal(persons.find((p) => p.familyName === 'Лосик')!.birthDate, '1992');
      const cases = await all<Case>(ctx, caseDef);
      const pratasevich = cases.find((c) => c.title === 'Протасевич Роман Дмитриевич')!;
      assert.deepEqual(pratasevich.sentence, { kind: 'prison', months: 102, startDate: null });
      assert.equal(pratasevich.status, 'released');
      assert.equal(pratasevich.country, 'BY');
      const kalesnikava = cases.find((c) => c.title.startsWith('Колесникова'))!;
      assert.equal(kalesnikava.statusHistory.at(-1)?.since, '2020-09');
      assert.deepEqual(
        cases.find((c) => c.title.startsWith('Бабарико'))!.charges.map((c) => c.text),
        ['ст. 235 УК', 'ст. 430 УК'],
      );
      // One source for the URL in the source column, one for the file; rows without a source cite the file with their line.
      const sources = await all<{ id: string; title: string; url: string | null; confidentiality: string }>(
        ctx,
        sourceDef,
      );
      assert.deepEqual(sources.map((s) => s.title).sort(), [
        'https://spring96.org/ru/news/98765',
        'political-prisoners.csv',
      ]);
      const file = sources.find((s) => s.title === 'political-prisoners.csv')!;
      assert.equal(file.confidentiality, 'internal');
      const citations = await all<{ sourceId: string; locator: string | null; record: { type: string; id: string } }>(
        ctx,
        citationDef,
      );
      assert.ok(
        citations.some((c) => c.sourceId === file.id && c.locator === 'line 3' && c.record.id === kalesnikava.id),
      );
    });

    it('a second import of the same file reports every person as a duplicate and skips the rows', async () => {
      const r = await importFile(ctx, {
        format: 'csv',
        file: sample('political-prisoners.csv'),
        mapFile: sample('political-prisoners.map.json'),
        dryRun: true,
      });
      assert.equal(r.duplicates.length, 5);
      assert.equal(r.duplicates[0]!.at, 'line 2');
      assert.equal(r.duplicates[0]!.action, 'skipped');
      assert.equal(r.counts.skipped, 5);
      assert.equal(r.counts.cases, 0);
      const created = await importFile(ctx, {
        format: 'csv',
        file: sample('political-prisoners.csv'),
        mapFile: sample('political-prisoners.map.json'),
        dryRun: true,
        onDuplicate: 'create',
      });
      assert.equal(created.counts.cases, 5);
      assert.ok(created.duplicates.every((d) => d.action === 'created'));
    });

    it('a duplicate is found across scripts: a Latin row matches a Cyrillic person', async () => {
      await createRecord(ctx, personDef, { names: [{ full: 'Мухтар Аблязов' }], birthDate: '1963' });
      const csv = path.join(dir, 'latin.csv');
      fs.writeFileSync(
        csv,
        'Name,Born\nMukhtar Ablyazov,1963-05-16\nMukhtar Ablyazov,1971\nАйгерим Тлеужан,1990\nAigerim Tleuzhan,1990\n',
      );
      fs.writeFileSync(
        path.join(dir, 'latin.map.json'),
        JSON.stringify({ type: 'person', columns: { Name: 'name', Born: 'birthDate' } }),
      );
      const r = await importFile(ctx, {
        format: 'csv',
        file: csv,
        mapFile: path.join(dir, 'latin.map.json'),
        dryRun: true,
      });
      // The second row's birth year rules the match out: a namesake is not a duplicate.
      // The last row repeats the one before it in another script: a duplicate within the file.
      assert.deepEqual(
        r.duplicates.map((d) => [d.at, d.existing.name, d.inThisImport]),
        [
          ['line 2', 'Мухтар Аблязов', false],
          ['line 5', 'Айгерим Тлеужан', true],
        ],
      );
    });

    it('all or nothing: one bad row stops the import, and every bad row is reported with its line and column', async () => {
      const before = await countRecords(ctx.db);
      const csv = path.join(dir, 'bad.csv');
      fs.writeFileSync(
        csv,
        [
          'Name,Born,Nationality',
          'Nurlan Aitbayev,12.03.1984,KZ',
          'Aigerim Tleuzhan,31.02.1990,KZ',
          '"Duman Mukhammedkarim",1970,XX',
          '',
          ',1980,KZ',
        ].join('\n'),
      );
      const mapFile = path.join(dir, 'bad.map.json');
      fs.writeFileSync(
        mapFile,
        JSON.stringify({
          type: 'person',
          dateFormat: 'DD.MM.YYYY',
          columns: { Name: 'name', Born: 'birthDate', Nationality: 'nationality' },
        }),
      );
      const r = await importFile(ctx, { format: 'csv', file: csv, mapFile });
      assert.equal(r.imported, false);
      assert.deepEqual(r.problems, [
        { at: 'line 3', message: 'column "Born": "31.02.1990" is not a real date' },
        {
          at: 'line 4',
          message: 'column "Nationality": nationality: expected an ISO 3166-1 alpha-2 country code such as KZ',
        },
        { at: 'line 6', message: 'the row has no name' },
      ]);
      assert.deepEqual(await countRecords(ctx.db), before);
    });

    it('refuses a map with an unknown field or a column the file lacks, naming them', async () => {
      const csv = path.join(dir, 'one.csv');
      fs.writeFileSync(csv, 'Name\nA B\n');
      const m1 = path.join(dir, 'm1.json');
      fs.writeFileSync(m1, JSON.stringify({ type: 'person', columns: { Name: 'fullname' } }));
      await assert.rejects(
        importFile(ctx, { format: 'csv', file: csv, mapFile: m1 }),
        /map: column "Name": unknown field "fullname"; the fields of a person row are: name, givenName/,
      );
      const m2 = path.join(dir, 'm2.json');
      fs.writeFileSync(m2, JSON.stringify({ type: 'person', columns: { Имя: 'name' } }));
      await assert.rejects(
        importFile(ctx, { format: 'csv', file: csv, mapFile: m2 }),
        /map: column "Имя" is not in the file \(its columns are: Name\)/,
      );
    });

    it('imports an XLSX sheet, reporting problems by sheet and row', async () => {
      const xlsx = path.join(dir, 'orgs.xlsx');
      await writeXlsxFile([
        { sheet: 'Notes', data: [[{ value: 'nothing here' }]] },
        {
          sheet: 'Organisations',
          data: [
            [{ value: 'Название' }, { value: 'Name' }, { value: 'Founded' }, { value: 'Kind' }],
            [
              { value: 'Правозащитный центр «Мемориал»' },
              { value: 'Memorial Human Rights Centre' },
              { value: new Date(Date.UTC(1991, 9, 1)), format: 'dd.mm.yyyy' },
              { value: 'NGO' },
            ],
            [{ value: 'Открытая Россия' }, { value: 'Open Russia' }, { value: 2001 }, { value: 'Movement' }],
            [{ value: 'Фонд' }, { value: 'Foundation' }, { value: 'soon' }, { value: 'NGO' }],
          ],
        },
      ]).toFile(xlsx);
      const mapFile = path.join(dir, 'orgs.map.json');
      fs.writeFileSync(
        mapFile,
        JSON.stringify({
          type: 'organisation',
          sheet: 'Organisations',
          constants: { country: 'RU' },
          columns: {
            Название: { field: 'name', lang: 'ru' },
            Name: { field: 'name', lang: 'en' },
            Founded: 'foundedDate',
            Kind: { field: 'kind', values: { NGO: 'ngo', Movement: 'movement' } },
          },
        }),
      );
      const bad = await importFile(ctx, { format: 'xlsx', file: xlsx, mapFile });
      assert.deepEqual(bad.problems, [
        {
          at: 'sheet "Organisations", row 4',
          message: 'column "Founded": "soon" is not a date as YYYY, YYYY-MM or YYYY-MM-DD',
        },
      ]);
      // Without the bad row the sheet goes in.
      await writeXlsxFile([
        {
          sheet: 'Organisations',
          data: [
            [{ value: 'Название' }, { value: 'Name' }, { value: 'Founded' }, { value: 'Kind' }],
            [
              { value: 'Правозащитный центр «Мемориал»' },
              { value: 'Memorial Human Rights Centre' },
              { value: new Date(Date.UTC(1991, 9, 1)), format: 'dd.mm.yyyy' },
              { value: 'NGO' },
            ],
            [{ value: 'Открытая Россия' }, { value: 'Open Russia' }, { value: 2001 }, { value: 'Movement' }],
          ],
        },
      ]).toFile(xlsx);
      const ok = await importFile(ctx, { format: 'xlsx', file: xlsx, mapFile });
      assert.deepEqual(ok.problems, []);
      assert.equal(ok.counts.organisations, 2);
    });
  });
}

for (const dialect of DIALECTS) {
  describe(`Popolo and Uwazi import (${dialect})`, () => {
    let t: TestDb;
    let ctx: Ctx;
    before(async () => {
      t = await testDb(dialect);
      ctx = testCtx(t);
    });
    after(() => t.cleanup());

    it('imports Popolo persons, organizations and memberships with other_names in several scripts', async () => {
      const dry = await importFile(ctx, { format: 'popolo', file: sample('popolo.json'), dryRun: true });
      assert.deepEqual(dry.problems, []);
      assert.deepEqual([dry.counts.persons, dry.counts.organisations, dry.counts.memberships], [2, 1, 2]);
      assert.deepEqual(dry.unmapped, ['areas']);
      const r = await importFile(ctx, { format: 'popolo', file: sample('popolo.json') });
      assert.equal(r.imported, true);
      const persons = await all<Person>(ctx, personDef);
      const ales = persons.find((p) => p.familyName === 'Bialiatski')!;
      assert.equal(ales.birthDate, '1962-09-25');
      assert.equal(ales.gender, 'male');
      assert.deepEqual(
        ales.names.map((n) => [n.full, n.script, n.lang ?? null, n.kind]),
        [
          ['Ales Bialiatski', 'Latn', null, 'primary'],
          ['Алесь Бяляцкі', 'Cyrl', 'be', 'alias'],
          ['Алесь Беляцкий', 'Cyrl', 'ru', 'alias'],
        ],
      );
      const orgs = await all<{ id: string; kind: string; names: { full: string; kind: string }[] }>(
        ctx,
        organisationDef,
      );
      assert.equal(orgs[0]!.kind, 'ngo');
      assert.deepEqual(
        orgs[0]!.names.map((n) => n.kind),
        ['primary', 'alias', 'abbreviation'],
      );
      const memberships = await all<{
        personId: string;
        organisationId: string;
        role: string;
        startDate: string | null;
      }>(ctx, membershipDef);
      assert.deepEqual(
        memberships.filter((m) => m.personId === ales.id).map((m) => [m.organisationId, m.role, m.startDate]),
        [[orgs[0]!.id, 'Chair', '1996']],
      );
      // The person's own Popolo source is cited; the one without sources cites the file.
      const sources = await all<{ title: string; url: string | null }>(ctx, sourceDef);
      assert.deepEqual(sources.map((s) => s.title).sort(), ['Viasna', 'popolo.json']);
    });

    it('a Popolo membership naming an unknown person is reported with its index', async () => {
      const file = path.join(os.tmpdir(), `popolo-bad-${process.pid}.json`);
      fs.writeFileSync(
        file,
        JSON.stringify({
          organizations: [{ id: 'o1', name: 'Группа' }],
          memberships: [{ person_id: 'nobody', organization_id: 'o1' }],
        }),
      );
      try {
        const r = await importFile(ctx, { format: 'popolo', file });
        assert.deepEqual(r.problems, [
          { at: 'memberships[0]', message: 'personId: "person:nobody" is not a record of this import' },
        ]);
        assert.equal(r.imported, false);
      } finally {
        fs.rmSync(file);
      }
    });

    it('imports an Uwazi CSV export: templates, translated columns, relationships by title, documents as sources', async () => {
      const r = await importFile(ctx, {
        format: 'uwazi',
        file: sample('uwazi-export.csv'),
        mapFile: sample('uwazi-export.map.json'),
      });
      assert.deepEqual(r.problems, []);
      assert.deepEqual(
        [r.counts.organisations, r.counts.persons, r.counts.events, r.counts.cases, r.counts.memberships],
        [1, 1, 1, 1, 1],
      );
      assert.deepEqual(r.unmapped, []);
      const person = (await all<Person>(ctx, personDef)).find((p) => p.names[0]!.full === 'Mukhtar Dzhakishev')!;
      assert.deepEqual(
        person.names.map((n) => [n.full, n.lang]),
        [
          ['Mukhtar Dzhakishev', 'en'],
          ['Мухтар Джакишев', 'ru'],
        ],
      );
      assert.equal(person.birthDate, '1963-09-24');
      // The person's relationship to an organisation of the file is a membership with the role the map gives.
      const company = (await all<{ id: string; kind: string; summary: string | null }>(ctx, organisationDef)).find(
        (o) => o.kind === 'company',
      )!;
      assert.equal(company.summary, 'National uranium company.');
      const memberships = await all<{ personId: string; organisationId: string; role: string }>(ctx, membershipDef);
      assert.deepEqual(
        memberships.filter((m) => m.personId === person.id).map((m) => [m.organisationId, m.role]),
        [[company.id, 'Chairman']],
      );
      const cases = await all<Case>(ctx, caseDef);
      const trial = cases.find((c) => c.title === 'Trial of Mukhtar Dzhakishev')!;
      assert.deepEqual(trial.subject, { type: 'person', id: person.id });
      assert.equal(trial.eventIds.length, 1);
      assert.equal(trial.sentence?.months, 168);
      assert.equal(trial.summary, 'Former head of Kazatomprom.');
      const sources = await all<{ title: string; url: string | null }>(ctx, sourceDef);
      assert.ok(sources.some((s) => s.url === 'https://uwazi.example.org/api/files/verdict-2010.pdf'));
      assert.ok(sources.some((s) => s.title === '1704960000abc.pdf (Uwazi document /files/1704960000abc.pdf)'));
    });

    it('an Uwazi row of a template the map does not name is a problem, and a relationship to a missing title too', async () => {
      const file = path.join(os.tmpdir(), `uwazi-bad-${process.pid}.csv`);
      fs.writeFileSync(file, 'Title,Template,Victim\nSomeone,Witness,\nA case,Case,Nobody Known\n');
      const mapFile = path.join(os.tmpdir(), `uwazi-bad-${process.pid}.map.json`);
      fs.writeFileSync(
        mapFile,
        JSON.stringify({
          templates: { Case: { type: 'case', constants: { country: 'KZ' }, columns: { Victim: 'subject' } } },
        }),
      );
      try {
        const r = await importFile(ctx, { format: 'uwazi', file, mapFile });
        assert.deepEqual(r.problems, [
          {
            at: 'line 2',
            message: 'template "Witness" is not in the map (it maps: Case; map it to {"type": "skip"} to leave it out)',
          },
          { at: 'line 3', message: 'subject: "Nobody Known" is not a record of this import' },
        ]);
      } finally {
        fs.rmSync(file);
        fs.rmSync(mapFile);
      }
    });
  });
}
