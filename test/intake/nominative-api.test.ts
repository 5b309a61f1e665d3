// A Russian document naming someone in an oblique case («Дарьи Кусаиновой») proposes the nominative, keeps the passage as
// written, and finds the person the register holds under that nominative.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { bearer, testApp, tokenFor } from '../support/app.ts';
import { DIALECTS, testDb, type TestDb } from '../support/db.ts';

for (const dialect of DIALECTS) {
  describe(`intake: Russian names in the nominative (${dialect})`, () => {
    let t: TestDb;
    let app: FastifyInstance;
    let editor = '';
    before(async () => {
      t = await testDb(dialect);
      app = await testApp(t);
      editor = await tokenFor(t, 'editor');
    });
    after(async () => {
      await app.close();
      await t.cleanup();
    });

    it('proposes «Дарья Кусаинова» for «Дарьи Кусаиновой» and matches the register on it', async () => {
      const created = await app.inject({
        method: 'POST',
        url: '/api/v1/persons',
        headers: bearer(editor),
        payload: { names: [{ full: 'Дарья Кусаинова', lang: 'ru' }] },
      });
      assert.equal(created.statusCode, 201, created.body);
      const text =
        'Правозащитники требуют освобождения Дарьи Кусаиновой, задержанной 3 марта 2025 года в Алматы. Ранее Олегу Самсонову запретили выезд.';
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/intake',
        headers: bearer(editor),
        payload: { text },
      });
      assert.equal(res.statusCode, 201, res.body);
      const persons = res.json().data.persons as {
        name: string;
        spans: { start: number; end: number; text: string }[];
        match?: { status: string; record?: { id: string } };
        confidenceReason: string;
      }[];
      const darya = persons.find((p) => p.name === 'Дарья Кусаинова');
      assert.ok(darya, JSON.stringify(persons.map((p) => p.name)));
      assert.equal(darya.spans[0]!.text, 'Дарьи Кусаиновой');
      assert.equal(text.slice(darya.spans[0]!.start, darya.spans[0]!.end), 'Дарьи Кусаиновой');
      assert.equal(darya.match?.status, 'existing');
      assert.equal(darya.match?.record?.id, created.json().data.id);
      assert.match(darya.confidenceReason, /read as genitive feminine/);
      assert.ok(persons.some((p) => p.name === 'Олег Самсонов' && p.match?.status === 'new'));
    });
  });
}
