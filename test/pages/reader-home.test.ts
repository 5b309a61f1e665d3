// The home page for first-time readers: open appeals with their counts first; on an empty register, how to begin.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { loadDemo } from '../../src/commands/demo/load-demo.ts';
import { testApp } from '../support/app.ts';
import { DIALECTS, testCtx, testDb, type TestDb } from '../support/db.ts';
import { signedIn } from '../support/session.ts';

for (const dialect of DIALECTS) {
  describe(`home page for readers (${dialect})`, () => {
    let t: TestDb;
    let app: FastifyInstance;
    before(async () => {
      t = await testDb(dialect);
      app = await testApp(t);
    });
    after(async () => {
      await app?.close();
      await t?.cleanup();
    });

    it('on an empty register says how to begin instead of showing zeros', async () => {
      const html = (await app.inject({ url: '/', headers: { 'accept-language': 'en' } })).body;
      assert.match(html, /The register is empty/);
      assert.match(html, /href="\/login"/);
      assert.match(html, /npx vigil import/);
      assert.match(html, /npx vigil demo/);
      assert.doesNotMatch(html, /<span class="n">0<\/span>/, 'no rows of zeros');
      assert.doesNotMatch(html, /<svg/, 'no empty charts');
      const editor = await signedIn(t, 'editor');
      const signed = (
        await app.inject({ url: '/', cookies: { vigil_session: editor }, headers: { 'accept-language': 'ru' } })
      ).body;
      assert.match(signed, /Реестр пока пуст/);
      assert.match(signed, /<a href="\/edit">Добавить первого человека/);
    });

    it('with the sample register, lists the open appeal with its count and a way to sign, before the figures', async () => {
      await loadDemo(testCtx(t));
      const html = (await app.inject({ url: '/', headers: { 'accept-language': 'en' } })).body;
      assert.doesNotMatch(html, /The register is empty/);
      const open = html.indexOf('Open appeals: add your name');
      assert.ok(open > 0, 'an open appeals section');
      assert.ok(open < html.indexOf('id="counts-heading"'), 'open appeals come before the counts');
      assert.match(
        html,
        /<a href="\/appeals\/hollande-kazakhstan-2014">Raise human rights during your visit to Kazakhstan<\/a>/,
      );
      assert.match(html, /No one has signed yet · <a href="\/appeals\/hollande-kazakhstan-2014#sign-h">Sign<\/a>/);
    });
  });
}
