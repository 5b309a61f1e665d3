import assert from 'node:assert/strict';
import { Readable, Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { after, before, describe, it } from 'node:test';
import { ulid } from 'ulid';
import type { Ctx } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { EXPORT_VERSION, exportJson } from './export-json.ts';
import { createRecord } from '../records/create-record.ts';
import {
  caseDef,
  citationDef,
  eventDef,
  membershipDef,
  organisationDef,
  personDef,
  sourceDef,
} from '../../records/registry.ts';
import { updateRecord } from '../records/update-record.ts';
import { attachSourceFile } from '../sources/attach-source-file.ts';
import { importJson } from './import-json.ts';
import { search, SearchInputSchema } from '../../queries/search/search.ts';
import { writeTransaction } from '../../db/database.ts';
import { addDocs } from '../../db/repos/search.repo.ts';
import { DIALECTS, testCtx, testDb, type TestDb } from '../../../test/support/db.ts';
import { buildCase, buildEvent, buildOrganisation, buildPerson, buildSource } from '../../../test/support/factories.ts';

/** A small register touching every record type, Cyrillic names, a forward event relation, an uploaded original and restricted fields. */
async function buildRegister(ctx: Ctx): Promise<void> {
  const roza = await createRecord(ctx, personDef, buildPerson());
  const max = await createRecord(
    ctx,
    personDef,
    buildPerson({
      names: [
        { full: 'Максим Бокаев', kind: 'primary', lang: 'ru' },
        { full: 'Maks Bokayev', kind: 'transliteration', lang: 'en', sourceOrg: 'Amnesty International' },
        { full: 'Максат', kind: 'alias' },
      ],
      givenName: 'Максим',
      familyName: 'Бокаев',
      patronymic: 'Ерсайынович',
      birthDate: '1972',
      birthDateApprox: true,
      gender: 'male',
      roles: ['activist', 'journalist'],
      summary: 'Land reform protester.',
      links: [{ url: 'https://example.org/bokayev', note: 'profile' }],
      restricted: { whereabouts: 'Атырау, колония №\u00a04', contact: 'через адвоката' },
    }),
  );
  const court = await createRecord(
    ctx,
    organisationDef,
    buildOrganisation({
      names: [
        { full: 'Атырауский городской суд', kind: 'primary', lang: 'ru' },
        { full: 'Atyrau City Court', kind: 'transliteration', lang: 'en' },
      ],
      kind: 'court',
      foundedDate: '1995',
    }),
  );
  const party = await createRecord(ctx, organisationDef, buildOrganisation());
  await createRecord(ctx, membershipDef, {
    personId: max.id,
    organisationId: party.id,
    role: 'Член',
    startDate: '2010-03',
    restricted: { since: 'cell in Atyrau' },
  });
  const a = await createRecord(
    ctx,
    eventDef,
    buildEvent({
      place: { country: 'KZ', locality: 'Жанаозен', lat: 43.341, lon: 52.862 },
      description: { en: 'Police fire on strikers.', kk: 'Полиция ереуілшілерге оқ атты.' },
    }),
  );
  const b = await createRecord(
    ctx,
    eventDef,
    buildEvent({ title: 'Trial of the oil workers', kind: 'trial', startDate: '2012-03-27', endDate: '2012-06-04' }),
  );
  const [first, second] = [a, b].sort((x, y) => x.id.localeCompare(y.id));
  await updateRecord(ctx, eventDef, first!.id, { relations: [{ eventId: second!.id, kind: 'precedes' }] });
  const main = await createRecord(
    ctx,
    caseDef,
    buildCase(max.id, {
      title: 'Бокаев: «разжигание розни»',
      statusSince: '2016-11-28',
      court: 'Atyrau City Court',
      sentence: { kind: 'prison', years: 5, startDate: '2016-11-28' },
      summary: { en: 'Sentenced after the land protests.', ru: 'Осуждён после земельных протестов.' },
      eventIds: [second!.id, first!.id],
      acts: [
        {
          kind: 'arrest',
          date: '2016-05-17',
          perpetratorId: court.id,
          involvement: 'direct',
          place: { country: 'KZ', locality: 'Атырау' },
          certainty: 'confirmed',
        },
        { kind: 'torture', description: 'Beaten in custody.' },
      ],
      charges: [
        {
          law: 'Criminal Code',
          article: '174',
          text: { ru: 'разжигание социальной розни', en: 'inciting social discord' },
        },
        { article: '274' },
      ],
      timeline: [
        { date: '2016-05', kind: 'arrest' },
        { date: '2016-11-28', kind: 'verdict', description: '5 years' },
      ],
      designations: [
        { kind: 'political_prisoner', issuerId: party.id, date: '2017', criteria: ['c', 'a'] },
        { kind: 'prisoner_of_conscience', issuerName: 'Amnesty International' },
      ],
      restricted: { lawyer: 'A. Lawyer, +7 701 000 00 00' },
    }),
  );
  // A status history with past dates, on a clear case and on a sealed one, must come back as it was.
  await updateRecord(ctx, caseDef, main.id, { status: 'released', statusSince: '2019-02' });
  const held = await createRecord(
    ctx,
    caseDef,
    buildCase(roza.id, {
      confidentiality: 'restricted',
      title: { en: 'Held without trial', ru: 'Под стражей без суда' },
      status: 'detained_pre_trial',
      statusSince: '2015-09',
      sentence: { kind: 'restricted_freedom', years: 7.5 },
    }),
  );
  await updateRecord(ctx, caseDef, held.id, { status: 'serving_sentence', statusSince: '2016-01-20' });
  await createRecord(
    ctx,
    caseDef,
    buildCase(party.id, {
      title: 'Party banned',
      subject: { type: 'organisation', id: party.id },
      status: 'unknown',
      sentence: null,
      acts: [],
    }),
  );
  const source = await createRecord(
    ctx,
    sourceDef,
    buildSource({
      publisher: 'Amnesty International',
      publishedDate: '2016-12',
      retrievedAt: '2017-01-02T10:00:00Z',
      counts: [
        { number: 150, approximate: true, what: 'задержаний', passage: 'более 150 задержаний' },
        { number: 12, approximate: false, what: 'criminal cases', passage: null },
      ],
    }),
  );
  await attachSourceFile(ctx, source.id, Readable.from(Buffer.from('%PDF-1.4 report about Бокаев')), {
    name: 'report.pdf',
    mediaType: 'application/pdf',
  });
  await createRecord(ctx, citationDef, {
    sourceId: source.id,
    record: { type: 'case', id: main.id },
    field: 'sentence.months',
    locator: 'p. 3',
    quote: '«пять лет»',
    certainty: 'confirmed',
  });
}

/** Exports through a small buffer, so that backpressure is exercised. */
async function exportText(ctx: Ctx): Promise<string> {
  const chunks: Buffer[] = [];
  const out = new Writable({
    highWaterMark: 256,
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk);
      setImmediate(done);
    },
  });
  await exportJson(ctx, out);
  out.end();
  await finished(out);
  return Buffer.concat(chunks).toString('utf8');
}

/** Feeds text in odd-sized chunks that split multi-byte characters. */
const importText = (ctx: Ctx, text: string, onProgress?: (done: number) => void) => {
  const bytes = Buffer.from(text);
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += 777) chunks.push(bytes.subarray(at, at + 777));
  return importJson(ctx, Readable.from(chunks), { onProgress });
};

const count = async (t: TestDb, table: 'persons' | 'audit_log') =>
  Number(
    (
      await t.handle.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

type Doc = Record<string, Record<string, unknown>[]>;

/** The sections kept as stored, empty in this register. */
const TABLES = [
  'users',
  'appeals',
  'coSignatories',
  'signatures',
  'denyRules',
  'briefings',
  'follows',
  'remindersSent',
  'intakeDocuments',
  'personMerges',
];

/** Rewrites an export after changing it, in the same one-record-per-line layout. */
function render(doc: Doc, version = EXPORT_VERSION): string {
  const sections = Object.entries(doc).filter(([, v]) => Array.isArray(v));
  return `{"format":"vigil-export","version":${version}${sections.map(([k, v]) => `,\n"${k}":[${v.map((r) => `\n${JSON.stringify(r)}`).join(',')}\n]`).join('')}\n}\n`;
}

// Kysely's migrator looks for its lock table in every PostgreSQL schema, so a second test schema cannot be migrated
// while another one exists: each test below keeps at most one database of its own open at a time.
for (const dialect of DIALECTS) {
  describe(`JSON export and import (from ${dialect})`, () => {
    let text: string;
    before(async () => {
      const source = await testDb(dialect);
      try {
        await buildRegister(testCtx(source));
        text = await exportText(testCtx(source));
      } finally {
        await source.cleanup();
      }
    });

    it('writes one document, one record per line, with every section in order', () => {
      const doc = JSON.parse(text) as Doc & { format: string; version: number };
      assert.equal(doc.format, 'vigil-export');
      assert.deepEqual(Object.keys(doc), [
        'format',
        'version',
        'sealedUnder',
        'persons',
        'organizations',
        'memberships',
        'events',
        'cases',
        'sources',
        'citations',
        ...TABLES,
      ]);
      assert.deepEqual(
        Object.values(doc)
          .slice(3, 10)
          .map((s) => (s as unknown[]).length),
        [2, 2, 1, 2, 3, 1, 1],
      );
      assert.deepEqual(doc.sealedUnder, [], 'no sealed value, so no key is named');
      assert.equal(text.split('\n').length, 1 + 18 * 2 + 12 + 2);
      assert.equal(doc.persons![1]!.name, 'Максим Бокаев');
      assert.deepEqual(
        doc.persons![1]!.restricted,
        { contact: 'через адвоката', whereabouts: 'Атырау, колония №\u00a04' },
        'the system actor exports restricted values',
      );
      assert.equal('restricted' in doc.persons![0]!, false, 'and no empty restricted object where there are none');
      assert.deepEqual(doc.memberships![0]!.restricted, { since: 'cell in Atyrau' });
      assert.equal(doc.cases!.filter((c) => c.restricted !== undefined).length, 1);
      const main = doc.cases!.find((c) => c.title === 'Бокаев: «разжигание розни»')!;
      assert.deepEqual(
        [main.lang, main.translations],
        ['ru', { summary: { en: 'Sentenced after the land protests.' } }],
      );
      assert.equal(main.summary, 'Осуждён после земельных протестов.');
      assert.deepEqual((main.charges as { translations: unknown }[])[0]!.translations, {
        text: { en: 'inciting social discord' },
      });
      assert.deepEqual(main.statusHistory, [
        { status: 'serving_sentence', since: '2016-11-28' },
        { status: 'released', since: '2019-02' },
      ]);
      assert.deepEqual(doc.cases!.find((c) => c.confidentiality === 'restricted')!.statusHistory, [
        { status: 'detained_pre_trial', since: '2015-09' },
        { status: 'serving_sentence', since: '2016-01-20' },
      ]);
      assert.equal((doc.sources![0]!.file as { size: number }).size, Buffer.byteLength('%PDF-1.4 report about Бокаев'));
      assert.deepEqual(doc.sources![0]!.counts, [
        { number: 150, approximate: true, what: 'задержаний', passage: 'более 150 задержаний' },
        { number: 12, approximate: false, what: 'criminal cases', passage: null },
      ]);
    });

    it('imports a file written before sources kept counts: its sources have none', async () => {
      const doc = JSON.parse(text) as Doc;
      for (const src of doc.sources!) delete src.counts;
      const t = await testDb(dialect);
      try {
        await importText(testCtx(t), render(doc));
        const again = JSON.parse(await exportText(testCtx(t))) as Doc;
        assert.deepEqual(
          again.sources!.map((x) => x.counts),
          [[]],
        );
      } finally {
        await t.cleanup();
      }
    });

    for (const target of DIALECTS) {
      it(`imports into a fresh ${target} database and exports the same bytes again`, async () => {
        const t = await testDb(target);
        try {
          const progress: number[] = [];
          const counts = await importText(testCtx(t), text, (n) => progress.push(n));
          assert.deepEqual(counts, {
            persons: 2,
            organizations: 2,
            memberships: 1,
            events: 2,
            cases: 3,
            sources: 1,
            citations: 1,
            ...Object.fromEntries(TABLES.map((s) => [s, 0])),
          });
          assert.deepEqual(
            progress,
            Array.from({ length: 12 }, (_, i) => i + 1),
          );
          assert.equal(await exportText(testCtx(t)), text);
          // The search index is written in batches by the import: names (any script) and full text are found.
          const types = async (q: string) =>
            (await search(testCtx(t), SearchInputSchema.parse({ q }))).hits.map((h) => h.type).sort();
          assert.ok((await types('Bokayev')).includes('person'));
          assert.ok((await types('Бокаев')).includes('case'));
          assert.deepEqual(await types('oil workers'), ['event']);
        } finally {
          await t.cleanup();
        }
      });
    }

    it('imports into a database whose index holds many more documents: the name keys go in without a rebuild', async () => {
      const t = await testDb(dialect);
      try {
        // 200 documents of other names: more than four times the file's, so the keys are added to the index as it is.
        const others = Array.from({ length: 200 }, (_, i) => ({
          recordType: 'person' as const,
          recordId: ulid(),
          slug: `other-${i}`,
          confidentiality: 'public',
          title: `Other ${i}`,
          body: '',
          country: null,
          year: null,
          updatedAt: '2026-01-01T00:00:00.000Z',
          keys: [`othr${i}`],
          text: `other ${i}`,
          titleKey: `other ${i}`,
        }));
        await writeTransaction(t.handle.db, (trx) => addDocs(trx, others));
        await importText(testCtx(t), text);
        const types = async (q: string) =>
          (await search(testCtx(t), SearchInputSchema.parse({ q }))).hits.map((h) => h.type).sort();
        // A spelling neither name has word for word: only the cross-script name keys find it.
        assert.ok((await types('Bokaev')).includes('person'));
      } finally {
        await t.cleanup();
      }
    });

    it('reads a version 2 document, whose cases and events have no languages: their plain values keep their language', async () => {
      const doc = JSON.parse(text) as Doc;
      // Version 2 had only the plain values: the ones in each record's language.
      for (const r of [...doc.events!, ...doc.cases!]) {
        delete r.lang;
        delete r.translations;
        if (Array.isArray(r.charges)) for (const ch of r.charges as Record<string, unknown>[]) delete ch.translations;
      }
      const t = await testDb(dialect);
      try {
        await importText(testCtx(t), render(doc, 2));
        const again = JSON.parse(await exportText(testCtx(t))) as Doc;
        const main = again.cases!.find((c) => c.title === 'Бокаев: «разжигание розни»')!;
        assert.deepEqual(
          [main.lang, main.summary, main.translations],
          ['ru', 'Осуждён после земельных протестов.', {}],
        );
        assert.deepEqual(
          again.events!.map((e) => [e.lang, e.translations]),
          [
            ['en', {}],
            ['en', {}],
          ],
        );
      } finally {
        await t.cleanup();
      }
    });

    describe('refuses a bad file and leaves the database unchanged', () => {
      let t: TestDb;
      before(async () => {
        t = await testDb(dialect);
      });
      after(async () => {
        await t?.cleanup();
      });

      const refuses = async (input: string, pattern: RegExp, code = 'validation_failed') => {
        const before = [await count(t, 'persons'), await count(t, 'audit_log')];
        await assert.rejects(importText(testCtx(t), input), (err: unknown) => {
          assert.ok(err instanceof AppError, String(err));
          assert.equal(err.code, code);
          assert.match(err.message, pattern);
          return true;
        });
        assert.deepEqual([await count(t, 'persons'), await count(t, 'audit_log')], before);
      };
      const changed = (edit: (doc: Doc) => Doc | void) => {
        const doc = JSON.parse(text) as Doc;
        return render(edit(doc) ?? doc);
      };

      it('truncated JSON, naming the record that breaks off', async () => {
        const doc = JSON.parse(text) as Doc;
        const cut = text.indexOf('"title"', text.indexOf(String(doc.cases![1]!.id)));
        await refuses(
          text.slice(0, cut),
          new RegExp(
            `^cases\\[1\\] \\(id ${doc.cases![1]!.id}\\): JSON syntax error at byte \\d+ \\(line \\d+\\): .*ends early`,
          ),
        );
        await refuses(
          text.replace('"version":3,', '"version":3,,'),
          new RegExp(`^JSON syntax error at byte ${text.indexOf('"version":3,') + 12} \\(line 1\\)`),
        );
      });

      it('a case with an invalid status in the middle', async () => {
        let id = '';
        const input = changed((doc) => {
          doc.cases![1]!.status = 'vanished';
          id = String(doc.cases![1]!.id);
        });
        await refuses(input, new RegExp(`^cases\\[1\\] \\(id ${id}\\): status: `));
      });

      it('a citation pointing at a missing record', async () => {
        const missing = ulid();
        const input = changed((doc) => {
          (doc.citations![0]!.record as { id: string }).id = missing;
        });
        await refuses(
          input,
          new RegExp(`^citations\\[0\\] \\(id [0-9A-Z]{26}\\): record\\.id: no case with id "${missing}"`),
        );
      });

      it('an unknown or misplaced section, a wrong format, an unknown field', async () => {
        await refuses(text.replace('"persons":[', '"people":['), /^unknown section "people"/);
        await refuses(
          changed(({ persons, organizations, ...rest }) => ({
            organizations: organizations!,
            persons: persons!,
            ...rest,
          })),
          /^section "persons" is out of order/,
        );
        await refuses(text.replace('"vigil-export"', '"popolo"'), /^format: expected "vigil-export"/);
        await refuses('', /^format: /);
        await refuses(
          changed((doc) => {
            doc.events![0]!.colour = 'red';
          }),
          /^events\[0\] \(id \w+\): colour: not a field/,
        );
      });

      it('a duplicate id, in the file or already in the register (run last: it fills the database)', async () => {
        let id = '';
        const input = changed((doc) => {
          id = String(doc.persons![0]!.id);
          doc.persons![1]!.id = id;
        });
        await refuses(
          input,
          new RegExp(`^persons\\[1\\] \\(id ${id}\\): .*${id} is already in the register`),
          'conflict',
        );
        await importText(testCtx(t), text);
        await refuses(
          text,
          new RegExp(`^persons\\[0\\] \\(id ${id}\\): a person with id ${id} is already`),
          'conflict',
        );
      });
    });
  });
}
