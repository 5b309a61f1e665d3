// Signing cannot be pre-empted: a stranger who signs first with someone's address does not fix what the owner confirms.
// The latest signing's details replace pending ones (with a new link), the confirmation page shows them, a confirmed
// signature never changes, the answer never tells whether the address signed before, and "+tag" folds only at providers
// that deliver sub-addresses to the same mailbox.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { DIALECTS, testDb, type TestDb } from '../support/db.ts';
import { confirmPathIn, drainJobs, insertAppeal, outbox, signonApp, workerCtx } from './helpers.ts';

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

for (const dialect of DIALECTS) {
  describe(`signing cannot be pre-empted (${dialect})`, () => {
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

    const sign = (slug: string, body: Record<string, unknown>) =>
      app.inject({ method: 'POST', url: `/api/v1/appeals/${slug}/signatures`, payload: body });
    const rows = (appealId: string) =>
      t.handle.db.selectFrom('signatures').selectAll().where('appeal_id', '=', appealId).execute();
    /** Runs the worker and returns the messages it sent to an address (matched case-insensitively). */
    const mailsTo = async (address: string) => {
      clock += 1000;
      await drainJobs(workerCtx(t, now));
      return outbox(t).filter((m) => m.to.toLowerCase().includes(address.toLowerCase()));
    };

    it('confirms the latest signing’s details, shown on the confirmation page; the stranger’s earlier link stops working', async () => {
      const appeal = await insertAppeal(t);
      const stranger = await sign(appeal.slug, {
        name: 'Fake Stranger',
        country: 'ru',
        email: 'owner@example.org',
        comment: 'I renounce everything',
        showName: true,
      });
      const owner = await sign(appeal.slug, {
        name: 'Olga Owner',
        country: 'fr',
        email: 'Owner@Example.org',
        showName: false,
      });
      assert.equal(stranger.statusCode, 202);
      assert.equal(owner.statusCode, stranger.statusCode, 'the same status');
      assert.equal(owner.body, stranger.body, 'the same answer: nothing tells that the address signed before');

      const mails = await mailsTo('owner@example.org');
      assert.equal(mails.length, 2);
      const [first, latest] = mails.map((m) => confirmPathIn(m.text));
      assert.match(mails[0]!.to, /(^|<)owner@/);
      assert.match(mails[1]!.to, /(^|<)Owner@/, 'the link goes to the address as typed last');
      assert.equal((await app.inject({ url: first! })).statusCode, 404, 'the earlier link was replaced');

      const page = await app.inject({ url: latest! });
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<dd id="confirm-name">Olga Owner<\/dd>/);
      assert.match(page.body, /<dd id="confirm-country">France<\/dd>/);
      assert.match(page.body, /<dd id="confirm-comment">none<\/dd>/);
      assert.match(page.body, /<dd id="confirm-public">no, only counted<\/dd>/);
      assert.doesNotMatch(page.body, /Fake Stranger|renounce/);

      const stored = await rows(appeal.id);
      assert.equal(stored.length, 1, 'still one signature for the address');
      assert.deepEqual(
        [stored[0]!.name, stored[0]!.country, stored[0]!.comment, Number(stored[0]!.show_name), stored[0]!.status],
        ['Olga Owner', 'FR', null, 0, 'pending'],
      );

      const done = await app.inject({ method: 'POST', url: latest!, headers: FORM, payload: '' });
      assert.equal(done.statusCode, 200);
      const confirmed = (await rows(appeal.id))[0]!;
      assert.equal(confirmed.status, 'confirmed');
      assert.equal(confirmed.name, 'Olga Owner');
    });

    it('shows the stranger’s details to the owner when the stranger signed last, so the owner can refuse them', async () => {
      const appeal = await insertAppeal(t);
      await sign(appeal.slug, {
        name: 'Ilya Real',
        country: 'de',
        email: 'ilya@example.org',
        comment: 'Free them all',
        showName: false,
      });
      await sign(appeal.slug, { name: '<b>Impostor</b>', country: 'ru', email: 'ilya@example.org', showName: true });
      const mails = await mailsTo('ilya@example.org');
      const page = await app.inject({ url: confirmPathIn(mails.at(-1)!.text) });
      assert.match(page.body, /<dd id="confirm-name">&lt;b>Impostor&lt;\/b><\/dd>/, 'shown, escaped');
      assert.match(page.body, /<dd id="confirm-public">yes, among the signers<\/dd>/);
      assert.match(page.body, /Not what you entered\? Do not confirm\./);
      assert.equal((await app.inject({ url: confirmPathIn(mails[0]!.text) })).statusCode, 404);
    });

    it('never changes a confirmed signature: a later signing only sends a note, with the same answer', async () => {
      const appeal = await insertAppeal(t);
      const firstAnswer = await sign(appeal.slug, {
        name: 'Vera Voice',
        country: 'fr',
        email: 'vera@example.org',
        comment: 'Mine',
        showName: true,
      });
      const link = confirmPathIn((await mailsTo('vera@example.org'))[0]!.text);
      assert.equal((await app.inject({ method: 'POST', url: link, headers: FORM, payload: '' })).statusCode, 200);
      const before = (await rows(appeal.id))[0]!;

      const later = await sign(appeal.slug, {
        name: 'Someone Else',
        country: 'ru',
        email: 'VERA@example.org',
        comment: 'Not mine',
        showName: false,
      });
      assert.equal(later.statusCode, firstAnswer.statusCode);
      assert.equal(later.body, firstAnswer.body);
      const mails = await mailsTo('vera@example.org');
      assert.equal(mails.length, 2);
      assert.throws(() => confirmPathIn(mails[1]!.text), /no confirmation link/, 'a note, no link');
      const after = (await rows(appeal.id))[0]!;
      assert.deepEqual(after, before, 'nothing about the confirmed signature changed');
    });

    it('answers the HTML form the same way for a new and a repeated address', async () => {
      const appeal = await insertAppeal(t);
      const post = async (email: string) => {
        const form = await app.inject({ url: `/appeals/${appeal.slug}/sign` });
        const token = /name="_form" value="([^"]+)"/.exec(form.body)![1]!;
        const fields = new URLSearchParams({ name: 'Nina Form', country: 'fr', email, _form: token });
        return app.inject({
          method: 'POST',
          url: `/appeals/${appeal.slug}/sign`,
          headers: { ...FORM, 'sec-fetch-site': 'same-origin' },
          payload: fields.toString(),
        });
      };
      const fresh = await post('nina@example.org');
      const repeat = await post('nina@example.org');
      assert.equal(fresh.statusCode, 303);
      assert.equal(repeat.statusCode, fresh.statusCode);
      assert.equal(repeat.headers.location, fresh.headers.location);
      assert.equal(repeat.body, fresh.body);
    });

    it('folds "+tag" only at providers that deliver it to the same mailbox', async () => {
      const appeal = await insertAppeal(t);
      await sign(appeal.slug, { name: 'Bob Small', country: 'fr', email: 'bob+x@small-provider.net', showName: true });
      await sign(appeal.slug, { name: 'Bob Small', country: 'fr', email: 'bob@small-provider.net', showName: true });
      assert.equal((await rows(appeal.id)).length, 2, 'bob+x@ and bob@ at an unknown provider may be two people');
      assert.equal((await mailsTo('bob@small-provider.net')).length, 1);
      assert.equal((await mailsTo('bob+x@small-provider.net')).length, 1);

      await sign(appeal.slug, { name: 'Gala Mail', country: 'fr', email: 'gala.mail+vigil@gmail.com', showName: true });
      await sign(appeal.slug, { name: 'Gala Mail', country: 'fr', email: 'GalaMail@googlemail.com', showName: true });
      await sign(appeal.slug, { name: 'Otto Look', country: 'de', email: 'otto+a@outlook.com', showName: true });
      await sign(appeal.slug, { name: 'Otto Look', country: 'de', email: 'otto@outlook.com', showName: true });
      assert.equal((await rows(appeal.id)).length, 4, 'one signature each for the Gmail and the Outlook mailbox');
      const gala = await mailsTo('galamail@googlemail.com');
      assert.equal(gala.length, 1, 'the latest link goes to the address as typed last');
    });
  });
}
