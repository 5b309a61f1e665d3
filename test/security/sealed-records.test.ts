// Records restricted as a whole are sealed at rest (SECURITY.md, property 2): their names, charges, court, places and
// free text live only inside the encrypted blob. A copy of the database (SQLite file and WAL, or every PostgreSQL
// table) holds none of them, in any form the search index would use; editors still find them, the public never does.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { nameSearchKeys } from '../../src/domain/names.ts';
import { foldText } from '../../src/text/fold.ts';
import { verifyAudit } from '../../src/queries/audit/verify-audit.ts';
import { bearer, testApp, tokenFor } from '../support/app.ts';
import { DIALECTS, testDb, type TestDb } from '../support/db.ts';
import { buildCase, buildEvent, buildOrganisation, buildPerson, buildSource } from '../support/factories.ts';

/** The distinctive values the restricted records carry; none may be found in the database's bytes. */
const SECRETS = {
  personCyr: 'Зарина Секретова-Уникальная',
  personLat: 'Quillfeather Obscuranto',
  personSummary: 'Lives under the name Brindlewick Morrowgast',
  orgCyr: 'Гильдия Тайнописцев Верескового',
  orgLat: 'Obscurvane Collective',
  eventTitle: 'Тайное собрание Quorvanthe',
  eventPlace: 'Glimmerhollow',
  eventDescription: 'Встреча у Кривозёрского моста',
  caseTitle: 'Дело Секретовой Vexmarrow',
  court: 'Тридевятый районный суд Zorblattov',
  charge: 'Клеветоносность по статье Frabjousness',
  actPlace: 'Сумрачноярск',
  timeline: 'Перевод в колонию Thistledown',
  sourceTitle: 'Донесение Wyrmhallow',
  publisher: 'Inkspindle Pressworks',
  sourceUrl: 'https://wyrmhallow.example/dossier',
  publisherLater: 'Gloamspire Editions',
};

/** Every form of the secrets that could reach the database: as written, folded for search, search keys, name keys, words. */
function needles(): string[] {
  const out = new Set<string>();
  for (const value of Object.values(SECRETS)) {
    for (const form of [value, foldText(value), value.toLowerCase()]) {
      out.add(form);
      for (const word of form.split(/[\s/:.-]+/)) if (word.length >= 7) out.add(word);
    }
    for (const key of nameSearchKeys(value)) if (key.replace('~', '').length >= 6) out.add(key);
  }
  // The source's URL shares its scheme and the reserved example domain with the test users' addresses: not secrets.
  return [...out].filter((n) => !/^(https?|example|org)$/.test(n));
}

/** The needles found in a text or buffer. */
const hits = (haystack: Buffer, list: string[]) => list.filter((n) => haystack.indexOf(Buffer.from(n, 'utf8')) !== -1);

/** Every table of the test's PostgreSQL schema, each row as text. */
async function dumpPostgres(t: TestDb): Promise<Buffer> {
  const db = t.handle.db;
  const { rows: tables } = await sql<{
    name: string;
  }>`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(
    db,
  );
  assert.ok(tables.length > 20, 'the schema has the app tables');
  const parts: string[] = [];
  for (const { name } of tables) {
    const { rows } = await sql<{ row: string }>`select t::text as row from ${sql.table(name)} t`.execute(db);
    parts.push(`${name}:`, ...rows.map((r) => r.row));
  }
  return Buffer.from(parts.join('\n'), 'utf8');
}

for (const dialect of DIALECTS) {
  describe(`records restricted as a whole are sealed at rest (${dialect})`, () => {
    let t: TestDb;
    let app: FastifyInstance;
    let editor: string;
    let viewer: string;
    const ids: Record<string, string> = {};
    const get = (url: string, token?: string) =>
      app.inject({ method: 'GET', url, headers: token ? bearer(token) : {} });
    const post = async (url: string, payload: object) => {
      const res = await app.inject({ method: 'POST', url, headers: bearer(editor), payload });
      assert.equal(res.statusCode, 201, res.body);
      return (res.json().data as { id: string }).id;
    };

    before(async () => {
      t = await testDb(dialect);
      app = await testApp(t);
      [editor, viewer] = [await tokenFor(t, 'editor'), await tokenFor(t, 'viewer')];
      const restricted = { confidentiality: 'restricted' as const };
      ids.organisation = await post(
        '/api/v1/organisations',
        buildOrganisation({ ...restricted, names: [{ full: SECRETS.orgCyr }, { full: SECRETS.orgLat }] }),
      );
      ids.person = await post(
        '/api/v1/persons',
        buildPerson({
          ...restricted,
          names: [
            { full: SECRETS.personCyr, lang: 'ru' },
            { full: SECRETS.personLat, kind: 'alias' },
          ],
          summary: SECRETS.personSummary,
          restricted: { contact: 'Signal only' },
        }),
      );
      ids.event = await post(
        '/api/v1/events',
        buildEvent({
          ...restricted,
          title: SECRETS.eventTitle,
          place: { country: 'KZ', locality: SECRETS.eventPlace },
          description: SECRETS.eventDescription,
        }),
      );
      ids.case = await post(
        '/api/v1/cases',
        buildCase(ids.person, {
          ...restricted,
          title: SECRETS.caseTitle,
          court: SECRETS.court,
          eventIds: [ids.event],
          charges: [{ law: 'Criminal Code', article: '174', text: SECRETS.charge }],
          acts: [
            {
              kind: 'arrest',
              certainty: 'confirmed',
              perpetratorId: ids.organisation,
              place: { country: 'KZ', locality: SECRETS.actPlace },
            },
          ],
          timeline: [{ date: '2024-03', kind: 'transfer', description: SECRETS.timeline }],
        }),
      );
      ids.source = await post(
        '/api/v1/sources',
        buildSource({
          ...restricted,
          title: SECRETS.sourceTitle,
          publisher: SECRETS.publisher,
          url: SECRETS.sourceUrl,
        }),
      );
      // A write after creation too: the update's audit entry and record version must hold nothing either.
      const patched = await app.inject({
        method: 'PATCH',
        url: `/api/v1/cases/${ids.case}`,
        headers: bearer(editor),
        payload: { status: 'detained_pre_trial' },
      });
      assert.equal(patched.statusCode, 200, patched.body);
    });
    after(async () => {
      await app?.close();
      await t?.cleanup();
    });

    it('shows the whole record to an editor, and finds it through the list filter and search', async () => {
      const person = (await get(`/api/v1/persons/${ids.person}`, editor)).json().data;
      assert.deepEqual(
        person.names.map((n: { full: string }) => n.full),
        [SECRETS.personCyr, SECRETS.personLat],
      );
      assert.equal(person.summary, SECRETS.personSummary);
      assert.deepEqual(person.restricted, { contact: 'Signal only' });
      const kase = (await get(`/api/v1/cases/${ids.case}`, editor)).json().data;
      assert.equal(kase.court, SECRETS.court);
      assert.equal(kase.status, 'detained_pre_trial');
      assert.equal(kase.charges[0].text, SECRETS.charge);
      assert.equal(kase.acts[0].place.locality, SECRETS.actPlace);
      assert.deepEqual(kase.eventIds, [ids.event]);

      for (const [plural, q, id] of [
        ['persons', 'секретова', ids.person],
        ['persons', 'Quillfeather', ids.person],
        ['organisations', 'Obscurvane', ids.organisation],
        ['events', 'Quorvanthe', ids.event],
        ['cases', 'Vexmarrow', ids.case],
        ['sources', 'Wyrmhallow', ids.source],
      ] as const) {
        const res = await get(`/api/v1/${plural}?q=${encodeURIComponent(q)}`, editor);
        assert.equal(res.statusCode, 200, res.body);
        const found = res.json().data as { id: string; restricted?: object }[];
        assert.deepEqual(
          found.map((r) => r.id),
          [id],
          `${plural}?q=${q}`,
        );
        assert.ok(!res.body.includes('Signal only'), 'lists carry no restricted fields');
      }
      const filtered = await get(`/api/v1/cases?country=KZ&status=detained_pre_trial&eventId=${ids.event}`, editor);
      assert.deepEqual(
        filtered.json().data.map((r: { id: string }) => r.id),
        [ids.case],
        'other filters match sealed records too',
      );
      const none = await get('/api/v1/persons?q=Nobodyhere', editor);
      assert.deepEqual(none.json().data, []);

      // The case's title names the person in the genitive («Дело Секретовой»): it comes second, after the person.
      for (const [q, expected] of [
        [
          'Секретова',
          [
            ['person', ids.person],
            ['case', ids.case],
          ],
        ],
        ['Quillfeather', [['person', ids.person]]],
        ['Zorblattov', [['case', ids.case]]],
        ['Glimmerhollow', [['event', ids.event]]],
        ['Inkspindle', [['source', ids.source]]],
        ['Тайнописцев', [['organisation', ids.organisation]]],
      ] as const) {
        const res = await get(`/api/v1/search?q=${encodeURIComponent(q)}`, editor);
        assert.equal(res.statusCode, 200, res.body);
        const found = res.json().data as { type: string; id: string }[];
        assert.deepEqual(
          found.map((h) => [h.type, h.id]),
          expected,
          `search ${q}`,
        );
      }
    });

    it('finds a sealed record by what it says now, not by what it said before', async () => {
      const searchIds = async (q: string) =>
        ((await get(`/api/v1/search?q=${encodeURIComponent(q)}`, editor)).json().data as { id: string }[]).map(
          (h) => h.id,
        );
      assert.deepEqual(await searchIds('Inkspindle'), [ids.source]);
      const res = await app.inject({
        method: 'PATCH',
        url: `/api/v1/sources/${ids.source}`,
        headers: bearer(editor),
        payload: { publisher: SECRETS.publisherLater },
      });
      assert.equal(res.statusCode, 200, res.body);
      assert.deepEqual(await searchIds('Gloamspire'), [ids.source]);
      assert.deepEqual(await searchIds('Inkspindle'), []);
    });

    it('shows nothing of it to viewers and the public', async () => {
      for (const token of [viewer, undefined]) {
        for (const [plural, id] of Object.entries({
          persons: ids.person,
          organisations: ids.organisation,
          events: ids.event,
          cases: ids.case,
          sources: ids.source,
        })) {
          assert.equal((await get(`/api/v1/${plural}/${id}`, token)).statusCode, 404);
          const list = await get(`/api/v1/${plural}?limit=200`, token);
          assert.equal(list.statusCode, 200);
          assert.ok(!list.body.includes(id!), `${plural} list`);
        }
        for (const q of ['Секретова', 'Quillfeather', 'Zorblattov', 'Vexmarrow']) {
          const res = await get(`/api/v1/search?q=${encodeURIComponent(q)}`, token);
          assert.equal(res.statusCode, 200);
          assert.deepEqual(res.json().data, [], `search ${q}`);
        }
        const persons = await get('/api/v1/persons?q=Quillfeather', token);
        assert.deepEqual(persons.json().data, []);
      }
    });

    it('keeps the audit chain whole', async () => {
      const report = await verifyAudit(t.handle.db, t.keyring);
      assert.equal(report.ok, true, JSON.stringify(report));
    });

    it('leaves none of its values in the stored bytes', async () => {
      const list = needles();
      assert.ok(list.includes('секретова') && list.includes('quillfeather'), 'folded forms are looked for too');
      if (dialect === 'postgres') {
        assert.deepEqual(hits(await dumpPostgres(t), list), []);
        return;
      }
      if (t.config.database.dialect !== 'sqlite') throw new Error('expected SQLite');
      const file = t.config.database.file;
      const wal = `${file}-wal`;
      // The WAL as the writes left it, then the database file once everything is checkpointed into it.
      if (fs.existsSync(wal)) assert.deepEqual(hits(fs.readFileSync(wal), list), [], 'WAL before the checkpoint');
      await sql`pragma wal_checkpoint(TRUNCATE)`.execute(t.handle.db);
      for (const f of [file, wal, `${file}-journal`].filter((x) => fs.existsSync(x)))
        assert.deepEqual(hits(fs.readFileSync(f), list), [], f);
    });
  });
}
