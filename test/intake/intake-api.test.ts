// The intake API end to end on both dialects: read the corpus letter and a PDF, match against the demo register,
// accept, and find the records with citations pointing at the document; who may use it; nothing half-written.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { loadDemo } from '../../src/commands/demo/load-demo.ts';
import { bearer, testApp, tokenFor } from '../support/app.ts';
import { DIALECTS, SYSTEM, testCtx, testDb, type TestDb } from '../support/db.ts';
import { makePdf } from '../fixtures/intake/make-pdf.ts';

import { seedLetters } from '../support/letters.ts';
const letterFr = fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/intake/letter-fr.txt'), 'utf8');

interface Item {
  ref: string;
  name?: string;
  title?: string;
  match?: { status: string; record?: { id: string; slug: string } };
  spans: { start: number; end: number; text: string }[];
}

for (const dialect of DIALECTS) {
  describe(`intake API (${dialect})`, () => {
    let t: TestDb;
    let app: FastifyInstance;
    const tokens: Record<string, string> = {};

    before(async () => {
      t = await testDb(dialect);
      await loadDemo(testCtx(t, SYSTEM));
      app = await testApp(t);
      for (const role of ['viewer', 'coordinator', 'researcher', 'editor', 'admin'] as const)
        tokens[role] = await tokenFor(t, role);
    });
    after(async () => {
      await app.close();
      await t.cleanup();
    });

    const read = (token: string | undefined, payload: object) =>
      app.inject({ method: 'POST', url: '/api/v1/intake', headers: token ? bearer(token) : {}, payload });

    it('lets only researchers, editors and admins use intake, and stores nothing for the others', async () => {
      const body = { text: 'The activist Olga Petrova was arrested.' };
      assert.equal((await read(undefined, body)).statusCode, 401);
      assert.equal((await read(tokens.viewer, body)).statusCode, 403);
      assert.equal((await read(tokens.coordinator, body)).statusCode, 403);
      const sources = await app.inject({
        method: 'GET',
        url: '/api/v1/sources?q=Olga',
        headers: bearer(tokens.editor!),
      });
      assert.deepEqual(sources.json().data, []);
    });

    for (const { origin, text } of seedLetters())
      it(`reads the ${origin} letter, matches it against the register across scripts, and accepts it with citations`, async () => {
        const res = await read(tokens.researcher, {
          text,
          documentDate: '2014-12',
          title: 'Open letter of December 2014',
        });
        assert.equal(res.statusCode, 201, res.body);
        const d = res.json().data as Record<string, unknown> & {
          id: string;
          sourceId: string;
          text: string;
          persons: Item[];
          organisations: Item[];
          events: Item[];
          occasion: { start: string };
        };
        assert.equal(d.language, 'en');
        assert.equal(d.occasion.start, '2014-12-05');
        const kozlov = d.persons.find((p) => p.name === 'Vladimir Kozlov')!;
        assert.equal(kozlov.match?.status, 'existing');
        assert.equal(kozlov.match?.record?.slug, 'vladimir-kozlov');
        assert.equal(d.persons.find((p) => p.name === 'Nursultan Nazarbayev')?.match?.status, 'new');
        assert.equal(d.organisations.find((o) => o.name === 'Moscow Helsinki Group')?.match?.status, 'existing');
        assert.equal(
          d.events.find((e) => /visit/i.test(e.title ?? ''))?.match?.record?.slug,
          'hollande-visit-kazakhstan-2014',
        );

        // The original is stored unchanged under its SHA-256, before anything is accepted.
        const file = await app.inject({
          method: 'GET',
          url: `/api/v1/sources/${d.sourceId}/file`,
          headers: bearer(tokens.researcher!),
        });
        assert.equal(file.statusCode, 200);
        assert.equal(
          createHash('sha256').update(file.rawPayload).digest('hex'),
          createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex'),
        );

        // Accept everything as proposed, but Nazarbayev: a new person only if asked for.
        const accept = await app.inject({
          method: 'POST',
          url: `/api/v1/intake/${d.id}/accept`,
          headers: bearer(tokens.researcher!),
          payload: {
            all: true,
            confidentiality: 'internal',
            persons: Object.fromEntries(
              d.persons
                .filter((p) => p.name !== 'Nursultan Nazarbayev')
                .map((p) => [
                  p.ref,
                  { accept: true, name: p.name, roleKinds: [], matchId: p.match?.record?.id ?? null },
                ]),
            ),
          },
        });
        assert.equal(accept.statusCode, 200, accept.body);
        const outcome = accept.json().data.outcome as { ref: string; type: string; id: string; created: boolean }[];
        assert.equal(accept.json().data.status, 'accepted');
        assert.ok(
          outcome.some((o) => o.type === 'person' && o.id === kozlov.match!.record!.id && !o.created),
          'the existing person is reused',
        );
        const persons = await app.inject({
          method: 'GET',
          url: '/api/v1/persons?q=Nazarbayev',
          headers: bearer(tokens.researcher!),
        });
        assert.deepEqual(persons.json().data, [], 'a person left out is not created');

        // A case for Kozlov with 90 months, and its sentence cited at "7.5 years".
        const kozlovCase = outcome.find(
          (o) =>
            o.type === 'case' &&
            o.ref
              .split(',')
              .some(
                (r) =>
                  (d.acts as { ref: string; person: string }[]).find((a) => a.ref === r)?.person === 'Vladimir Kozlov',
              ),
        )!;
        const c = await app.inject({
          method: 'GET',
          url: `/api/v1/cases/${kozlovCase.id}`,
          headers: bearer(tokens.researcher!),
        });
        assert.equal(c.json().data.sentence.months, 90);
        assert.equal(c.json().data.confidentiality, 'internal');
        const cites = await app.inject({
          method: 'GET',
          url: `/api/v1/citations?recordId=${kozlovCase.id}`,
          headers: bearer(tokens.researcher!),
        });
        const sentenceCite = (
          cites.json().data as { field: string | null; sourceId: string; quote: string; locator: string }[]
        ).find((x) => x.field === 'sentence.months');
        assert.equal(sentenceCite?.sourceId, d.sourceId);
        assert.equal(sentenceCite?.quote, '7.5 years');
        const [, from, to] = /characters (\d+)–(\d+)/.exec(sentenceCite!.locator)!;
        assert.equal(d.text.slice(Number(from), Number(to)), '7.5 years');

        // Signatures became memberships; a document is reviewed once.
        assert.ok(outcome.filter((o) => o.type === 'membership').length >= 4);
        const again = await app.inject({
          method: 'POST',
          url: `/api/v1/intake/${d.id}/accept`,
          headers: bearer(tokens.researcher!),
          payload: { all: true },
        });
        assert.equal(again.statusCode, 409);

        // A draft appeal from the letter: addressee, occasion, the accepted cases; co-signatories only for those who may co-sign.
        const appealBy = (role: string) =>
          app.inject({ method: 'POST', url: `/api/v1/intake/${d.id}/appeal`, headers: bearer(tokens[role]!) });
        assert.equal((await appealBy('researcher')).statusCode, 403);
        const byEditor = await appealBy('editor');
        assert.equal(byEditor.statusCode, 201, byEditor.body);
        assert.equal(byEditor.json().data.coSignatories, 0);
        const byAdmin = await appealBy('admin');
        assert.equal(byAdmin.json().data.coSignatories, 4);
        const appeal = await app.inject({
          method: 'GET',
          url: `/api/v1/appeals/${byAdmin.json().data.appealId}`,
          headers: bearer(tokens.admin!),
        });
        const a = appeal.json().data as {
          addressees: { name: string; title: string }[];
          occasionEventId: string;
          caseIds: string[];
          status: string;
          coSignatories?: { name: string }[];
        };
        assert.deepEqual(
          a.addressees.map((x) => [x.name, x.title]),
          [['Francois Hollande', 'President of the French Republic']],
        );
        assert.equal(a.occasionEventId, d.events.find((e) => /visit/i.test(e.title ?? ''))?.match?.record?.id);
        assert.equal(a.caseIds.length, outcome.filter((o) => o.type === 'case').length);
        assert.equal(a.status, 'draft');
      });

    it('reads an uploaded PDF, and keeps one source per original', async () => {
      const pdf = await makePdf([letterFr.split('\n\n').slice(0, 3), letterFr.split('\n\n').slice(3)]);
      const upload = () =>
        app.inject({
          method: 'POST',
          url: '/api/v1/intake?name=lettre.pdf&documentDate=2014-12',
          headers: { ...bearer(tokens.editor!), 'content-type': 'application/pdf' },
          payload: pdf,
        });
      const first = await upload();
      assert.equal(first.statusCode, 201, first.body);
      const d = first.json().data;
      assert.equal(d.language, 'fr');
      assert.equal(d.format, 'pdf');
      assert.ok((d.acts as { sentenceMonths: number | null }[]).some((a) => a.sentenceMonths === 90));
      assert.equal(
        (d.persons as Item[]).find((p) => p.name === 'Moukhtar Abliazov')?.match?.record?.slug,
        'mukhtar-ablyazov',
        'French spelling meets the register',
      );
      const source = await app.inject({
        method: 'GET',
        url: `/api/v1/sources/${d.sourceId}`,
        headers: bearer(tokens.editor!),
      });
      assert.equal(source.json().data.file.sha256, createHash('sha256').update(pdf).digest('hex'));
      assert.equal(source.json().data.file.mediaType, 'application/pdf');
      assert.equal(
        source.json().data.title,
        'Lettre à François Hollande, 2014-12',
        'a letter is named after its addressee and date',
      );
      const second = await upload();
      assert.equal(second.json().data.sourceId, d.sourceId);
    });

    it('adds the roles a reviewer accepts to an existing person', async () => {
      const created = await app.inject({
        method: 'POST',
        url: '/api/v1/persons',
        headers: bearer(tokens.editor!),
        payload: { names: [{ full: 'Olga Petrovskaya' }] },
      });
      const id = created.json().data.id as string;
      const r = await read(tokens.editor, {
        text: 'The journalist Olga Petrovskaya was arrested in Almaty, Kazakhstan.',
      });
      const d = r.json().data as { id: string; persons: (Item & { roleKinds: string[] })[] };
      assert.equal(d.persons[0]?.match?.record?.id, id);
      assert.deepEqual(d.persons[0]?.roleKinds, ['journalist']);
      const ok = await app.inject({
        method: 'POST',
        url: `/api/v1/intake/${d.id}/accept`,
        headers: bearer(tokens.editor!),
        payload: { all: true },
      });
      assert.equal(ok.statusCode, 200, ok.body);
      const person = await app.inject({ method: 'GET', url: `/api/v1/persons/${id}`, headers: bearer(tokens.editor!) });
      assert.deepEqual(person.json().data.roles, ['journalist']);
      const history = await app.inject({
        method: 'GET',
        url: `/api/v1/persons/${id}/history`,
        headers: bearer(tokens.editor!),
      });
      assert.ok((history.json().data as { action: string }[]).some((e) => e.action === 'person.update'));
    });

    it('refuses bad input with a clear error and writes nothing', async () => {
      assert.equal((await read(tokens.editor, { text: '' })).statusCode, 400);
      assert.equal((await read(tokens.editor, { text: 'x', documentDate: 'yesterday' })).statusCode, 400);
      const gif = await app.inject({
        method: 'POST',
        url: '/api/v1/intake',
        headers: { ...bearer(tokens.editor!), 'content-type': 'image/gif' },
        payload: Buffer.from('GIF89a'),
      });
      assert.equal(gif.statusCode, 415);
      const broken = await app.inject({
        method: 'POST',
        url: '/api/v1/intake',
        headers: { ...bearer(tokens.editor!), 'content-type': 'application/pdf' },
        payload: Buffer.from('%PDF-1.4 broken'),
      });
      assert.equal(broken.statusCode, 400);

      // An act accepted without its subject fails the whole acceptance: no person is created either.
      const r = await read(tokens.editor, {
        text: 'The journalist Ivan Sidorovsky was arrested and sentenced to 3 years in prison in Almaty, Kazakhstan.',
      });
      const d = r.json().data as { id: string; persons: Item[]; acts: Item[] };
      const bad = await app.inject({
        method: 'POST',
        url: `/api/v1/intake/${d.id}/accept`,
        headers: bearer(tokens.editor!),
        payload: {
          persons: { [d.persons[0]!.ref]: { accept: true, name: 'Ivan Sidorovsky' } },
          acts: { [d.acts[0]!.ref]: { accept: true, kind: 'arrest', subjectRef: 'person-99' } },
        },
      });
      assert.equal(bad.statusCode, 400, bad.body);
      assert.match(bad.json().error.message, /act-1/);
      const persons = await app.inject({
        method: 'GET',
        url: '/api/v1/persons?q=Sidorovsky',
        headers: bearer(tokens.editor!),
      });
      assert.deepEqual(persons.json().data, []);
      const reread = await app.inject({
        method: 'GET',
        url: `/api/v1/intake/${d.id}`,
        headers: bearer(tokens.editor!),
      });
      assert.equal(reread.json().data.status, 'open');
      assert.equal(
        (await app.inject({ method: 'GET', url: `/api/v1/intake/${d.id}`, headers: bearer(tokens.viewer!) }))
          .statusCode,
        403,
      );
    });
  });
}
