// The search API and page, the duplicates API and the merge routes through HTTP: names entered in one script only are
// found from the other, a Latin-only duplicate is proposed, merging redirects old addresses, and undo restores them.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { loadDemo } from '../../src/commands/demo/load-demo.ts';
import { bearer, testApp, tokenFor } from '../support/app.ts';
import { DIALECTS, testCtx, testDb, type TestDb } from '../support/db.ts';

const DEMO_ABLYAZOV = 'mukhtar-ablyazov';

for (const dialect of DIALECTS) {
  describe(`search and merges over HTTP (${dialect})`, () => {
    let t: TestDb;
    let app: FastifyInstance;
    let editor: string;
    let viewer: string;
    const post = async (url: string, payload: object, token = editor) =>
      app.inject({ method: 'POST', url, headers: bearer(token), payload });

    before(async () => {
      t = await testDb(dialect);
      await loadDemo(testCtx(t));
      app = await testApp(t);
      editor = await tokenFor(t, 'editor');
      viewer = await tokenFor(t, 'viewer');
    });
    after(async () => {
      await app?.close();
      await t?.cleanup();
    });

    it('finds names created in one script from the other', async () => {
      assert.equal((await post('/api/v1/persons', { names: [{ full: 'Жұмабаев Ерлан Қайратұлы' }] })).statusCode, 201);
      assert.equal((await post('/api/v1/persons', { names: [{ full: 'Aigul Serikbayeva' }] })).statusCode, 201);
      for (const [q, expected] of [
        ['Zhumabayev', 'Жұмабаев Ерлан Қайратұлы'],
        ['Kairatuly', 'Жұмабаев Ерлан Қайратұлы'],
        ['Серикбаева', 'Aigul Serikbayeva'],
        ['Аблязов', 'Mukhtar Ablyazov'],
      ]) {
        const res = await app.inject({ url: `/api/v1/search?q=${encodeURIComponent(q!)}&type=person` });
        assert.equal(res.statusCode, 200, res.body);
        assert.deepEqual(
          res.json().data.map((h: { title: { text: string } }) => h.title.text),
          [expected],
          q,
        );
      }
      const bad = await app.inject({ url: `/api/v1/search?q=${'x'.repeat(300)}` });
      assert.equal(bad.statusCode, 400);
    });

    it('shows a search page with marked results, without JavaScript', async () => {
      const res = await app.inject({ url: '/search?q=Ablyazov' });
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<mark>Ablyazov<\/mark>/);
      assert.match(res.body, /href="\/persons\/mukhtar-ablyazov"/);
      assert.equal((await app.inject({ url: '/search' })).statusCode, 200);
    });

    it('proposes a Latin-only "Mukhtar Abliazov" as a duplicate of the demo Ablyazov, to editors only', async () => {
      const created = await post('/api/v1/persons', { names: [{ full: 'Mukhtar Abliazov', lang: 'en' }] });
      const id = created.json().data.id as string;
      assert.equal((await app.inject({ url: '/api/v1/duplicates/persons' })).statusCode, 401);
      assert.equal((await app.inject({ url: '/api/v1/duplicates/persons', headers: bearer(viewer) })).statusCode, 403);
      const res = await app.inject({ url: `/api/v1/duplicates/persons?personId=${id}`, headers: bearer(editor) });
      assert.equal(res.statusCode, 200, res.body);
      const pairs = res.json().data as {
        a: { id: string; slug: string };
        b: { id: string; slug: string };
        score: number;
        reasons: string[];
      }[];
      const pair = pairs.find((p) => [p.a.slug, p.b.slug].includes(DEMO_ABLYAZOV));
      assert.ok(pair, JSON.stringify(pairs));
      assert.ok(pair.score >= 0.9 && pair.reasons.length > 0);
      const page = await app.inject({ url: '/edit/duplicates' });
      assert.equal(page.statusCode, 303);
    });

    it('merges through the API, resolves the old id and slug, and undoes', async () => {
      const dup = (
        await post('/api/v1/persons', { slug: 'ablyazov-latin', names: [{ full: 'ABLYAZOV Mukhtar Kabulovich' }] })
      ).json().data as { id: string };
      const keep = (await app.inject({ url: `/api/v1/persons/${DEMO_ABLYAZOV}` })).json().data as { id: string };
      assert.equal(
        (await post('/api/v1/merges', { survivorId: keep.id, mergedId: dup.id, reason: 'same' }, viewer)).statusCode,
        403,
      );
      const merged = await post('/api/v1/merges', {
        survivorId: keep.id,
        mergedId: dup.id,
        reason: 'Same person in a passport-style list',
      });
      assert.equal(merged.statusCode, 201, merged.body);
      const merge = merged.json().data as { id: string; mergedId: string; survivorId: string };
      assert.equal((await app.inject({ url: `/api/v1/persons/${dup.id}` })).json().data.id, keep.id);
      const page = await app.inject({ url: '/persons/ablyazov-latin' });
      assert.equal(page.statusCode, 301);
      assert.equal(page.headers.location, `/persons/${DEMO_ABLYAZOV}`);
      assert.equal(
        (await app.inject({ url: `/api/v1/merges/${merge.id}`, headers: bearer(editor) })).json().data.mergedId,
        dup.id,
      );
      assert.equal((await app.inject({ url: `/api/v1/merges/${merge.id}` })).statusCode, 401);
      const undone = await post(`/api/v1/merges/${merge.id}/undo`, {});
      assert.equal(undone.statusCode, 200, undone.body);
      assert.equal((await app.inject({ url: `/api/v1/persons/${dup.id}` })).json().data.id, dup.id);
      assert.equal((await app.inject({ url: '/persons/ablyazov-latin' })).statusCode, 200);
      assert.equal((await post(`/api/v1/merges/${merge.id}/undo`, {})).statusCode, 409);
    });
  });
}
