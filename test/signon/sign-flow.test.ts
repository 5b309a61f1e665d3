// The whole sign-on flow through the app: sign (JSON and form) → message in the outbox → the link's page → the button's
// post → the worker's counter → the public count rises. Pending signatures never count.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { listJobs } from '../../src/db/repos/job.repo.ts';
import { DIALECTS, testDb, type TestDb } from '../support/db.ts';
import { confirmPathIn, drainJobs, insertAppeal, outbox, signonApp, workerCtx } from './helpers.ts';
import { SIGNED_ANSWER } from '../../src/api/signatures.routes.ts';

for (const dialect of DIALECTS) {
  describe(`signing an appeal, end to end (${dialect})`, () => {
    let t: TestDb;
    let app: FastifyInstance;
    let clock = Date.now();
    const now = () => new Date(clock);
    before(async () => {
      t = await testDb(dialect);
      app = await signonApp(t, now);
    });
    after(async () => {
      await app.close();
      await t.cleanup();
    });

    const count = async (id: string) =>
      Number(
        (
          await t.handle.db
            .selectFrom('appeals')
            .select('signature_count')
            .where('id', '=', id)
            .executeTakeFirstOrThrow()
        ).signature_count,
      );

    it('JSON: 202, a confirmation email, a confirm page with a button, and the count after the counter ran', async () => {
      const appeal = await insertAppeal(t);
      const res = await app.inject({
        method: 'POST',
        url: `/api/v1/appeals/${appeal.slug}/signatures`,
        payload: { name: 'Anna Example', country: 'fr', email: 'Anna.Example+vigil@Example.org', showName: true },
      });
      assert.equal(res.statusCode, 202, res.body);
      assert.equal(res.json().data.status, 'check_email');
      assert.deepEqual(res.json(), SIGNED_ANSWER);
      assert.equal(res.headers['content-type'], 'application/json; charset=utf-8');
      assert.equal(res.headers['cache-control'], 'no-store');
      assert.equal(outbox(t).length, 0, 'nothing is sent before the worker runs');
      const mailJobs = await listJobs(t.handle.db, 'mail.send');
      assert.equal(mailJobs.length, 1, 'the mail job was written with the signature');

      await drainJobs(workerCtx(t, now));
      const mails = outbox(t);
      assert.equal(mails.length, 1);
      assert.match(mails[0]!.to, /Anna\.Example\+vigil@Example\.org/i);
      const link = confirmPathIn(mails[0]!.text);
      assert.equal(await count(appeal.id), 0, 'a pending signature does not count');

      const page = await app.inject({ url: link });
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<form method="post" action="\/appeals\/[^"]+\/confirm\/[^"]+">/);
      const still = await t.handle.db
        .selectFrom('signatures')
        .select('status')
        .where('appeal_id', '=', appeal.id)
        .executeTakeFirstOrThrow();
      assert.equal(still.status, 'pending', 'opening the link confirms nothing');

      const done = await app.inject({
        method: 'POST',
        url: link,
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin' },
        payload: '',
      });
      assert.equal(done.statusCode, 200, done.body);
      assert.match(done.body, /confirmed/);
      assert.equal(await count(appeal.id), 0, 'the appeal row is not touched per signature');

      clock += 10_000;
      await drainJobs(workerCtx(t, now));
      assert.equal(await count(appeal.id), 1);
      const again = await app.inject({
        method: 'POST',
        url: link,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: '',
      });
      assert.equal(again.statusCode, 404, 'a link works once');
    });

    it('HTML form: post/redirect/get to "check your email"; the emailed link confirms', async () => {
      const appeal = await insertAppeal(t, { title: 'Appeal for the form' });
      const form = await app.inject({ url: `/appeals/${appeal.slug}/sign` });
      assert.equal(form.statusCode, 200);
      const token = /name="_form" value="([^"]+)"/.exec(form.body)?.[1];
      assert.ok(token);
      const before = outbox(t).length;
      const body = new URLSearchParams({
        _form: token,
        name: 'Борис Пример',
        country: 'KZ',
        email: 'boris@example.net',
        comment: 'Solidarity',
        website: '',
      });
      const res = await app.inject({
        method: 'POST',
        url: `/appeals/${appeal.slug}/sign`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: body.toString(),
      });
      assert.equal(res.statusCode, 303, res.body);
      assert.equal(res.headers.location, `/appeals/${appeal.slug}/sign/sent`);
      const sent = await app.inject({ url: res.headers.location });
      assert.equal(sent.statusCode, 200);
      await drainJobs(workerCtx(t, now));
      const mails = outbox(t).slice(before);
      assert.equal(mails.length, 1);
      const link = confirmPathIn(mails[0]!.text);
      const done = await app.inject({
        method: 'POST',
        url: link,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: '',
      });
      assert.equal(done.statusCode, 200);
      clock += 10_000;
      await drainJobs(workerCtx(t, now));
      assert.equal(await count(appeal.id), 1);
    });

    it('refuses a form without a valid form token, and shows errors next to the fields', async () => {
      const appeal = await insertAppeal(t);
      const headers = { 'content-type': 'application/x-www-form-urlencoded' };
      const forged = await app.inject({
        method: 'POST',
        url: `/appeals/${appeal.slug}/sign`,
        headers,
        payload: 'name=X&country=FR&email=x%40example.org&_form=abc.def',
      });
      assert.equal(forged.statusCode, 403);
      const cross = await app.inject({
        method: 'POST',
        url: `/appeals/${appeal.slug}/sign`,
        headers: { ...headers, 'sec-fetch-site': 'cross-site' },
        payload: 'name=X',
      });
      assert.equal(cross.statusCode, 403);
      const token = /name="_form" value="([^"]+)"/.exec(
        (await app.inject({ url: `/appeals/${appeal.slug}/sign` })).body,
      )![1]!;
      const bad = await app.inject({
        method: 'POST',
        url: `/appeals/${appeal.slug}/sign`,
        headers,
        payload: new URLSearchParams({ _form: token, name: 'Y', country: 'ZZ', email: 'not-an-address' }).toString(),
      });
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /id="sign-email-error"/);
      assert.match(bad.body, /id="sign-country-error"/);
      assert.match(bad.body, /value="not-an-address"/, 'what was typed is kept');
      const n = await t.handle.db.selectFrom('signatures').select('id').where('appeal_id', '=', appeal.id).execute();
      assert.equal(n.length, 0);
    });

    it('answers 404 for an unknown or unpublished appeal, and "closed" when signing is paused, past its deadline or not public', async () => {
      const payload = { name: 'A', country: 'FR', email: 'a@example.org' };
      assert.equal(
        (await app.inject({ method: 'POST', url: '/api/v1/appeals/no-such-appeal/signatures', payload })).statusCode,
        404,
      );
      const draft = await insertAppeal(t, { status: 'draft' });
      assert.equal(
        (await app.inject({ method: 'POST', url: `/api/v1/appeals/${draft.id}/signatures`, payload })).statusCode,
        404,
      );
      const internal = await insertAppeal(t, { confidentiality: 'internal' });
      assert.equal(
        (await app.inject({ method: 'POST', url: `/api/v1/appeals/${internal.id}/signatures`, payload })).statusCode,
        404,
      );
      for (const over of [
        { signing_paused: 1 },
        { public_signing: 0 },
        { deadline: '2000-01-01' },
        { status: 'closed' },
      ]) {
        const a = await insertAppeal(t, over);
        const res = await app.inject({ method: 'POST', url: `/api/v1/appeals/${a.slug}/signatures`, payload });
        assert.equal(res.statusCode, 409, JSON.stringify(over));
        assert.equal((await app.inject({ url: `/appeals/${a.slug}/sign` })).statusCode, 409);
      }
      const today = new Date(clock).toISOString().slice(0, 10);
      const lastDay = await insertAppeal(t, { deadline: today });
      assert.equal(
        (await app.inject({ method: 'POST', url: `/api/v1/appeals/${lastDay.slug}/signatures`, payload })).statusCode,
        202,
        'the deadline day itself is open',
      );
    });
  });
}
