// The appeals API: lifecycle and role rules, the annex frozen at publication, co-signatories by single-use links.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { answerCoSignatory } from '../../src/commands/appeals/answer-co-signatory.ts';
import { bearer, testApp, tokenFor } from '../support/app.ts';
import { DIALECTS, testCtx, testDb, type TestDb } from '../support/db.ts';
import { openMailPayload } from '../../src/mail/mail-job.ts';
import { buildCase, buildEvent, buildPerson } from '../support/factories.ts';

const BASE = '/api/v1/appeals';

for (const dialect of DIALECTS) {
  describe(`appeals API (${dialect})`, () => {
    let t: TestDb;
    let app: FastifyInstance;
    let editor: string;
    let coordinator: string;
    let viewer: string;
    let researcher: string;
    let caseId: string;
    let internalCaseId: string;
    let eventId: string;
    let personId: string;
    const send = (method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload: unknown, token: string) =>
      app.inject({ method, url, headers: bearer(token), payload: payload as object });
    const draft = () => ({
      title: 'Letter to the President before the state visit',
      addressees: [{ name: 'François Hollande', title: 'Président de la République française' }],
      occasionEventId: eventId,
      letterDate: '2014-12-03',
      texts: [
        { lang: 'en', title: 'Open letter', body: 'Dear Mr President,\n\nWe ask you to raise **these cases**.' },
        { lang: 'ru', title: 'Открытое письмо', body: 'Уважаемый господин Президент!' },
      ],
      caseIds: [caseId, internalCaseId],
      confidentiality: 'public',
    });
    // Queued messages are sealed: the test opens them with the key, as the worker does.
    const mailJobs = async () =>
      (await t.handle.db.selectFrom('jobs').select(['id', 'kind', 'payload']).execute())
        .filter((j) => j.kind === 'mail.send')
        .map((j) => openMailPayload(t.keyring, j.id, JSON.parse(j.payload)));

    before(async () => {
      t = await testDb(dialect);
      app = await testApp(t);
      editor = await tokenFor(t, 'editor');
      coordinator = await tokenFor(t, 'coordinator');
      viewer = await tokenFor(t, 'viewer');
      researcher = await tokenFor(t, 'researcher');
      const person = (
        await send(
          'POST',
          '/api/v1/persons',
          buildPerson({
            names: [
              { full: 'Roza Tuletayeva', lang: 'en' },
              { full: 'Роза Тулетаева', lang: 'ru' },
            ],
          }),
          editor,
        )
      ).json().data;
      personId = person.id;
      caseId = (
        await send(
          'POST',
          '/api/v1/cases',
          buildCase(personId, {
            title: 'Tuletayeva case',
            status: 'serving_sentence',
            sentence: { kind: 'prison', months: 84 },
          }),
          editor,
        )
      ).json().data.id;
      const secret = (
        await send(
          'POST',
          '/api/v1/persons',
          buildPerson({ names: [{ full: 'HIDDEN-INTERNAL-NAME' }], confidentiality: 'internal' }),
          editor,
        )
      ).json().data;
      internalCaseId = (
        await send(
          'POST',
          '/api/v1/cases',
          buildCase(secret.id, { title: 'Internal case', confidentiality: 'internal' }),
          editor,
        )
      ).json().data.id;
      eventId = (
        await send(
          'POST',
          '/api/v1/events',
          buildEvent({
            title: 'State visit to Kazakhstan',
            kind: 'state_visit',
            startDate: '2014-12-05',
            endDate: '2014-12-06',
          }),
          editor,
        )
      ).json().data.id;
    });
    after(async () => {
      await app?.close();
      await t?.cleanup();
    });

    it('lets editors draft, refuses the public, viewers and researchers, and hides drafts from the public', async () => {
      assert.equal((await app.inject({ method: 'POST', url: BASE, payload: draft() })).statusCode, 401);
      assert.equal((await send('POST', BASE, draft(), viewer)).statusCode, 403);
      assert.equal((await send('POST', BASE, draft(), researcher)).statusCode, 403);
      const res = await send('POST', BASE, draft(), editor);
      assert.equal(res.statusCode, 201, res.body);
      const a = res.json().data;
      assert.equal(a.status, 'draft');
      assert.equal(a.slug, 'letter-to-the-president-before-the-state-visit');
      assert.equal((await app.inject(`${BASE}/${a.id}`)).statusCode, 404);
      assert.equal((await app.inject(BASE)).json().data.length, 0);
      assert.equal((await app.inject({ url: `${BASE}/${a.id}`, headers: bearer(editor) })).json().data.status, 'draft');
    });

    it('refuses bad input with the field named and writes nothing', async () => {
      const before = (await app.inject({ url: BASE, headers: bearer(editor) })).json().data.length;
      const cases: [unknown, string][] = [
        [{ ...draft(), caseIds: ['01ARZ3NDEKTSV4RRFFQ69G5FAV'] }, 'caseIds.0'],
        [
          {
            ...draft(),
            texts: [
              { lang: 'en', title: 'a', body: 'b' },
              { lang: 'en', title: 'c', body: 'd' },
            ],
          },
          'texts',
        ],
        [{ ...draft(), occasionEventId: 'nope' }, 'occasionEventId'],
        [{ ...draft(), status: 'published' }, 'status'],
        [{ ...draft(), deadline: '2014-13-01' }, 'deadline'],
      ];
      for (const [body, field] of cases) {
        const res = await send('POST', BASE, body, editor);
        assert.equal(res.statusCode, 400, res.body);
        assert.match(res.json().error.message, new RegExp(field.replace('.', '\\.')));
      }
      assert.equal((await app.inject({ url: BASE, headers: bearer(editor) })).json().data.length, before);
    });

    it('follows the lifecycle: editors may only go to collecting, coordinators publish, and skipping steps is refused', async () => {
      const a = (await send('POST', BASE, draft(), editor)).json().data;
      const move = (to: string, token: string) => send('POST', `${BASE}/${a.id}/transitions`, { to }, token);
      assert.equal((await move('published', coordinator)).statusCode, 409, 'draft cannot jump to published');
      assert.equal((await move('collecting', viewer)).statusCode, 403);
      assert.equal((await move('collecting', editor)).statusCode, 200);
      assert.equal((await move('published', editor)).statusCode, 403);
      const published = await move('published', coordinator);
      assert.equal(published.statusCode, 200, published.body);
      assert.ok(published.json().data.publishedAt);
      assert.equal((await move('draft', coordinator)).statusCode, 409);
      assert.equal((await move('responded', coordinator)).statusCode, 409);
      for (const to of ['delivered', 'responded', 'closed'])
        assert.equal((await move(to, coordinator)).statusCode, 200, to);
      const closed = (await app.inject(`${BASE}/${a.id}`)).json().data;
      assert.equal(closed.status, 'closed');
      assert.ok(closed.closedAt);
      const history = (await app.inject({ url: `${BASE}/${a.id}/history`, headers: bearer(editor) })).json().data;
      assert.deepEqual(history.map((h: { action: string }) => h.action).reverse(), [
        'appeal.create',
        'appeal.transition',
        'appeal.publish',
        'appeal.transition',
        'appeal.transition',
        'appeal.transition',
      ]);
      assert.equal((await app.inject({ url: `${BASE}/${a.id}/history`, headers: bearer(viewer) })).statusCode, 403);
      assert.equal(
        (await send('DELETE', `${BASE}/${a.id}`, undefined, coordinator)).statusCode,
        409,
        'a published appeal stays on record',
      );
    });

    it('publication needs a public appeal with an addressee and a text', async () => {
      const a = (await send('POST', BASE, { ...draft(), confidentiality: 'internal', addressees: [] }, editor)).json()
        .data;
      await send('POST', `${BASE}/${a.id}/transitions`, { to: 'collecting' }, editor);
      const res = await send('POST', `${BASE}/${a.id}/transitions`, { to: 'published' }, coordinator);
      assert.equal(res.statusCode, 400);
      assert.match(res.json().error.message, /confidentiality|addressees/);
      assert.equal(
        (await app.inject({ url: `${BASE}/${a.id}`, headers: bearer(editor) })).json().data.status,
        'collecting',
      );
    });

    it('freezes the annex at publication, locks the letter, and flags register changes as updated since publication', async () => {
      const a = (await send('POST', BASE, draft(), editor)).json().data;
      const live = (await app.inject({ url: `${BASE}/${a.id}?lang=ru`, headers: bearer(editor) })).json().data.annex;
      assert.equal(live.frozenAt, null);
      assert.deepEqual(
        live.entries.map((e: { name: string }) => e.name),
        ['Роза Тулетаева'],
        'the internal case stays out of the annex',
      );
      await send('POST', `${BASE}/${a.id}/transitions`, { to: 'collecting' }, editor);
      await send('POST', `${BASE}/${a.id}/transitions`, { to: 'published' }, coordinator);

      const en = (await app.inject(`${BASE}/${a.id}?lang=en`)).json().data;
      assert.equal(en.annex.entries[0].name, 'Roza Tuletayeva');
      assert.equal(en.annex.entries[0].sentence.months, 84);
      assert.equal(en.annex.entries[0].updatedSincePublication, false);
      assert.ok(en.annex.frozenAt);
      assert.equal('caseIds' in en, false, 'the public does not see the ids of linked cases');
      assert.doesNotMatch(JSON.stringify(en), /HIDDEN-INTERNAL-NAME/);

      const locked = await send(
        'PATCH',
        `${BASE}/${a.id}`,
        { texts: [{ lang: 'en', title: 'Changed', body: 'x' }] },
        coordinator,
      );
      assert.equal(locked.statusCode, 409);
      assert.equal(locked.json().error.field, 'texts');
      const followUp = await send(
        'PATCH',
        `${BASE}/${a.id}`,
        {
          deliveries: [{ date: '2014-12-04', method: 'email', to: 'Élysée Palace' }],
          outcomes: [{ caseId, kind: 'no_change' }],
        },
        editor,
      );
      assert.equal(followUp.statusCode, 200, followUp.body);

      // The register changes after publication: the letter keeps the published sentence and says the case was updated.
      assert.equal(
        (await send('PATCH', `/api/v1/cases/${caseId}`, { sentence: { kind: 'prison', months: 60 } }, editor))
          .statusCode,
        200,
      );
      const after = (await app.inject(`${BASE}/${a.id}?lang=en`)).json().data.annex.entries[0];
      assert.equal(after.sentence.months, 84);
      assert.equal(after.updatedSincePublication, true);
    });

    it('invites co-signatories by single-use links; confirmed ones appear in the coordinator’s order; withdrawal before publication', async () => {
      const a = (await send('POST', BASE, draft(), editor)).json().data;
      assert.equal(
        (
          await send(
            'POST',
            `${BASE}/${a.id}/co-signatories`,
            { kind: 'person', email: 'x@example.org', name: 'X' },
            editor,
          )
        ).statusCode,
        403,
      );
      const jobsBefore = (await mailJobs()).length;
      const invite = async (name: string, email: string) =>
        (
          await send(
            'POST',
            `${BASE}/${a.id}/co-signatories`,
            { kind: 'person', email, name, title: 'Member', lang: 'ru' },
            coordinator,
          )
        ).json().data;
      const first = await invite('Irina Savostina', 'irina@example.org');
      const second = await invite('Ilya Ponomarev', 'ilya@example.org');
      const recorded = (
        await send(
          'POST',
          `${BASE}/${a.id}/co-signatories/confirmed`,
          { kind: 'organisation', name: 'Open Dialog Foundation' },
          coordinator,
        )
      ).json().data;
      const mails = (await mailJobs()).slice(jobsBefore);
      assert.equal(mails.length, 2);
      assert.match(mails[0]!.subject, /Приглашение/);
      const tokenOf = (text: string) => /\/co-sign\/([A-Za-z0-9_-]{43})/.exec(text)![1]!;
      const token = tokenOf(mails.find((m) => m.to === 'irina@example.org')!.text);
      assert.doesNotMatch(
        JSON.stringify(await t.handle.db.selectFrom('co_signatories').selectAll().execute()),
        /irina@example\.org/,
        'emails are sealed',
      );

      // The public sees only the confirmed one until the invitee answers.
      await send('POST', `${BASE}/${a.id}/transitions`, { to: 'collecting' }, coordinator);
      const ctx = testCtx(t);
      const confirmed = await answerCoSignatory(ctx, token, {
        action: 'confirm',
        name: 'Irina Savostina',
        title: 'Chair',
        organisation: 'Amnesty International France',
      });
      assert.equal(confirmed.status, 'confirmed');
      assert.equal(confirmed.linkOpen, true, 'a fresh link to withdraw');
      await assert.rejects(
        answerCoSignatory(ctx, token, { action: 'withdraw' }),
        /not valid any more/,
        'the used link is closed',
      );
      const withdrawMail = (await mailJobs()).filter((m) => m.to === 'irina@example.org').pop()!;
      assert.match(withdrawMail.text, /отозвать/);

      const order = await send(
        'PUT',
        `${BASE}/${a.id}/co-signatories/order`,
        { ids: [confirmed.id, recorded.id, second.id] },
        coordinator,
      );
      assert.equal(order.statusCode, 200, order.body);
      assert.equal(
        (await send('PUT', `${BASE}/${a.id}/co-signatories/order`, { ids: [confirmed.id] }, coordinator)).statusCode,
        400,
      );

      const withdrawn = await answerCoSignatory(ctx, tokenOf(withdrawMail.text), { action: 'withdraw' });
      assert.equal(withdrawn.status, 'withdrawn');
      await answerCoSignatory(ctx, tokenOf(mails.find((m) => m.to === 'ilya@example.org')!.text), {
        action: 'confirm',
        name: 'Ilya Ponomarev',
        title: 'Member of the State Duma',
      });
      await send('POST', `${BASE}/${a.id}/transitions`, { to: 'published' }, coordinator);

      const shown = (await app.inject(`${BASE}/${a.id}/co-signatories`)).json().data;
      assert.deepEqual(
        shown.map((c: { name: string }) => c.name),
        ['Open Dialog Foundation', 'Ilya Ponomarev'],
      );
      assert.equal('status' in shown[0], false);
      assert.equal(
        (
          await send(
            'POST',
            `${BASE}/${a.id}/co-signatories`,
            { kind: 'person', email: 'late@example.org', name: 'Late' },
            coordinator,
          )
        ).statusCode,
        409,
      );
      void first;
    });
  });
}

for (const dialect of DIALECTS) {
  describe(`appeals in search (${dialect})`, () => {
    it('finds a published appeal as soon as it is published, and never a draft for the public', async () => {
      const t = await testDb(dialect);
      const app = await testApp(t);
      try {
        const editor = await tokenFor(t, 'editor');
        const coordinator = await tokenFor(t, 'coordinator');
        const send = (url: string, payload: unknown, token: string) =>
          app.inject({ method: 'POST', url, headers: bearer(token), payload: payload as object });
        const a = (
          await send(
            BASE,
            {
              title: 'Quixotic zebra appeal',
              confidentiality: 'public',
              addressees: [{ name: 'A president' }],
              texts: [{ lang: 'en', title: 'Letter', body: 'Text' }],
            },
            editor,
          )
        ).json().data;
        const hits = async (token?: string) =>
          (await app.inject({ url: '/api/v1/search?q=zebra', headers: token ? bearer(token) : {} })).json().data as {
            id: string;
          }[];
        assert.equal((await hits()).length, 0, 'a draft is not found by the public');
        await send(`${BASE}/${a.id}/transitions`, { to: 'collecting' }, editor);
        await send(`${BASE}/${a.id}/transitions`, { to: 'published' }, coordinator);
        assert.deepEqual(
          (await hits()).map((h) => h.id),
          [a.id],
        );
      } finally {
        await app.close();
        await t.cleanup();
      }
    });
  });
}
