// A refused signing form, without script: the page title says there is an error, the summary comes first in the form and
// links each refused field, every refused field is marked invalid and described by its message, and nothing is stored.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { DIALECTS, testDb, type TestDb } from '../support/db.ts';
import { insertAppeal, signonApp } from '../signon/helpers.ts';

const FORM_HEADERS = { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin' };

for (const dialect of DIALECTS) {
  describe(`sign-form errors (${dialect})`, () => {
    let t: TestDb;
    let app: FastifyInstance;
    before(async () => {
      t = await testDb(dialect);
      app = await signonApp(t);
    });
    after(async () => {
      await app.close();
      await t.cleanup();
    });

    for (const [lang, titleStart] of [
      ['en', 'Error: Sign: '],
      ['ru', 'Ошибка: Подписать: '],
      ['fr', 'Erreur : Signer : '],
      ['kk', 'Қате: Қол қою: '],
    ] as const) {
      it(`lists and marks every refused field (${lang})`, async () => {
        const appeal = await insertAppeal(t);
        const page = await app.inject({ url: `/appeals/${appeal.slug}/sign`, headers: { 'accept-language': lang } });
        assert.doesNotMatch(page.body, /<title>[^<]*(Error|Ошибка|Erreur|Қате)/, 'no error before a post');
        const token = /name="_form" value="([^"]+)"/.exec(page.body)?.[1];
        assert.ok(token);
        const res = await app.inject({
          method: 'POST',
          url: `/appeals/${appeal.slug}/sign`,
          headers: { ...FORM_HEADERS, 'accept-language': lang },
          payload: new URLSearchParams({
            _form: token,
            name: '',
            country: '',
            email: 'not-an-address',
            comment: 'kept',
          }).toString(),
        });
        assert.equal(res.statusCode, 400);
        assert.ok(
          new RegExp(`<title>${titleStart}`).test(res.body),
          `the title says there is an error: ${/<title>[^<]*/.exec(res.body)?.[0]}`,
        );
        const form = /<form[^>]*class="sign-form"[^>]*>([\s\S]*?)<\/form>/.exec(res.body)?.[1] ?? '';
        assert.match(
          form,
          /^\s*<div class="errors" role="alert" id="sign-errors" tabindex="-1" autofocus/i,
          'the summary is first in the form and takes focus',
        );
        const links = [
          ...(/<div class="errors"[\s\S]*?<\/div>/.exec(form)?.[0] ?? '').matchAll(/href="#([^"]+)"/g),
        ].map((m) => m[1]);
        assert.deepEqual(links, ['sign-name', 'sign-country', 'sign-email']);
        for (const id of ['sign-name', 'sign-country', 'sign-email']) {
          const tag = new RegExp(`<(input|select)[^>]*id="${id}"[^>]*>`).exec(form)?.[0] ?? '';
          assert.match(tag, /aria-invalid="true"/, `${id} is marked invalid`);
          assert.match(tag, new RegExp(`aria-describedby="[^"]*${id}-error`), `${id} is described by its message`);
          assert.match(form, new RegExp(`id="${id}-error"`), `${id} has its message`);
        }
        assert.doesNotMatch(
          /<textarea[^>]*id="sign-comment"[^>]*>/.exec(form)?.[0] ?? '',
          /aria-invalid/,
          'a good field is not marked',
        );
        assert.match(form, />kept<\/textarea>/, 'what the reader typed is kept');
        const stored = await t.handle.db
          .selectFrom('signatures')
          .select('id')
          .where('appeal_id', '=', appeal.id)
          .execute();
        assert.equal(stored.length, 0, 'nothing stored');
      });
    }
  });
}
