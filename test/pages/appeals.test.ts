// The appeal pages through HTTP, as a browser without JavaScript uses them: the public list and letter, the editing screens
// for each role (drafting, publishing through the form, locked fields, follow-up), co-signatories from invitation to
// withdrawal with the links taken from the outbox, the case page's list of appeals, and hostile text kept inert.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { createRecord } from '../../src/commands/records/create-record.ts';
import { updateRecord } from '../../src/commands/records/update-record.ts';
import { caseDef, eventDef, personDef } from '../../src/records/registry.ts';
import { appealRepo } from '../../src/db/repos/appeal.repo.ts';
import { listJobs } from '../../src/db/repos/job.repo.ts';
import { MAIL_JOB, runMailJob } from '../../src/mail/mail-job.ts';
import { loggedPath } from '../../src/logger.ts';
import { csrfTokenFor } from '../../src/http/plugins/csrf.ts';
import { testApp } from '../support/app.ts';
import { pageClient, type PageClient } from '../support/browser-client.ts';
import { DIALECTS, testCtx, testDb, type TestDb } from '../support/db.ts';
import { buildCase, buildEvent, buildPerson } from '../support/factories.ts';
import { signedIn } from '../support/session.ts';

const HOSTILE_TITLE = 'Free them <script>alert("t")</script>';
const HOSTILE_ADDRESSEE = '<img src=x onerror=alert(2)>';
const HOSTILE_BODY = 'We ask **you** to act.\n\n<script>alert(3)</script>\n\n[click](javascript:alert(4))';
const HIDDEN_NAME = 'Zhidden Witnessova';

/** The location a redirect points at. */
const location = (res: LightMyRequestResponse) => String(res.headers.location ?? '');

/** The body of an outbox message with quoted-printable soft breaks and escapes undone. */
const readEml = (file: string) =>
  fs
    .readFileSync(file, 'utf8')
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

for (const dialect of DIALECTS) {
  describe(`appeal pages (${dialect})`, () => {
    let t: TestDb;
    let app: FastifyInstance;
    let pub: PageClient;
    let editor: PageClient;
    let coordinator: PageClient;
    let viewer: PageClient;
    let openCase: { id: string; slug: string };
    let hiddenCase: { id: string; slug: string };
    let visit: { id: string; slug: string };
    let appealId = '';
    let slug = '';
    const ranJobs = new Set<string>();

    /** Sends the queued mail as the worker does, and returns the outbox files written. */
    async function runQueuedMail(): Promise<string[]> {
      const before = new Set(fs.existsSync(t.config.outboxDir) ? fs.readdirSync(t.config.outboxDir) : []);
      for (const job of await listJobs(t.handle.db, MAIL_JOB)) {
        if (ranJobs.has(job.id)) continue;
        ranJobs.add(job.id);
        await runMailJob(testCtx(t), job.payload, job.id);
      }
      return fs
        .readdirSync(t.config.outboxDir)
        .filter((f) => !before.has(f))
        .map((f) => path.join(t.config.outboxDir, f));
    }
    /** The co-sign link in a message. */
    const linkIn = (file: string) =>
      /\/co-sign\/[A-Za-z0-9_-]{20,}/.exec(readEml(file))?.[0] ?? assert.fail(`no co-sign link in ${readEml(file)}`);
    const appealNow = async () => (await appealRepo.find(t.handle.db, appealId, ['public', 'internal', 'restricted']))!;

    before(async () => {
      t = await testDb(dialect);
      app = await testApp(t);
      const ctx = testCtx(t);
      const open = await createRecord(ctx, personDef, buildPerson());
      const hidden = await createRecord(
        ctx,
        personDef,
        buildPerson({ names: [{ full: HIDDEN_NAME, kind: 'primary' }], confidentiality: 'restricted' }),
      );
      openCase = await createRecord(
        ctx,
        caseDef,
        buildCase(open.id, {
          title: 'Case of Roza',
          sentence: { kind: 'prison', months: 90 },
          acts: [{ kind: 'torture', certainty: 'alleged', date: '2012-01' }],
        }),
      );
      hiddenCase = await createRecord(
        ctx,
        caseDef,
        buildCase(hidden.id, { title: 'Case of a witness', confidentiality: 'restricted' }),
      );
      visit = await createRecord(
        ctx,
        eventDef,
        buildEvent({
          title: 'State visit to Kazakhstan',
          kind: 'state_visit',
          startDate: '2014-12-05',
          endDate: '2014-12-06',
        }),
      );
      pub = pageClient(app);
      editor = pageClient(app);
      editor.cookie = await signedIn(t, 'editor');
      coordinator = pageClient(app);
      coordinator.cookie = await signedIn(t, 'coordinator');
      viewer = pageClient(app);
      viewer.cookie = await signedIn(t, 'viewer');
    });
    after(async () => {
      await app?.close();
      await t?.cleanup();
    });

    it('lets an editor draft an appeal through the form; a refused form shows each message next to its field', async () => {
      assert.equal((await pub.get('/edit/appeals/new')).headers.location, '/login');
      assert.equal((await viewer.get('/edit/appeals/new')).statusCode, 403);
      const form = await editor.get('/edit/appeals/new');
      assert.equal(form.statusCode, 200);
      assert.match(form.body, /id="f-addressees-1-name"/, 'room for a second addressee without JavaScript');
      assert.match(form.body, /id="f-texts-1-body"/);

      const bad = await editor.post('/edit/appeals/new', [
        ['_part', 'letter'],
        ['_action', 'save'],
        ['title', ''],
        ['texts[0][lang]', 'english'],
        ['texts[0][title]', 'T'],
        ['texts[0][body]', 'B'],
      ]);
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /id="f-title"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="f-title"/);
      assert.match(bad.body, /id="f-texts-0-lang-error"/);
      assert.match(bad.body, /id="error-summary"/);

      const added = await editor.post('/edit/appeals/new', [
        ['_part', 'letter'],
        ['_action', 'add:addressees'],
        ['title', 'Kept'],
        ['addressees[0][name]', 'A'],
        ['addressees[1][name]', 'B'],
      ]);
      assert.equal(added.statusCode, 200);
      assert.match(added.body, /id="f-addressees-2-name"/, 'one more addressee row');
      assert.match(added.body, /value="Kept"/);

      const res = await editor.post('/edit/appeals/new', [
        ['_part', 'letter'],
        ['_action', 'save'],
        ['title', HOSTILE_TITLE],
        ['slug', 'appeal-before-the-visit'],
        ['confidentiality', 'public'],
        ['addressees[0][name]', 'François Hollande'],
        ['addressees[0][title]', 'President of the French Republic'],
        ['addressees[1][name]', HOSTILE_ADDRESSEE],
        ['occasionEventId', visit.id],
        ['letterDate', '2014-12-01'],
        ['deadline', '2099-12-31'],
        ['publicSigning', 'true'],
        ['texts[0][lang]', 'en'],
        ['texts[0][title]', 'Open letter'],
        ['texts[0][body]', HOSTILE_BODY],
        ['texts[1][lang]', 'ru'],
        ['texts[1][title]', 'Открытое письмо'],
        ['texts[1][body]', 'Просим вас **поднять** вопрос.'],
        ['caseIds[0][id]', openCase.id],
        ['caseIds[1][id]', hiddenCase.id],
      ]);
      assert.equal(res.statusCode, 303, res.body);
      const m = /^\/edit\/appeals\/([A-Z0-9]+)\?saved=1$/.exec(location(res));
      assert.ok(m, location(res));
      appealId = m[1]!;
      const stored = await appealNow();
      slug = stored.slug;
      assert.equal(slug, 'appeal-before-the-visit');
      assert.equal(stored.status, 'draft');
      assert.deepEqual(stored.caseIds, [openCase.id, hiddenCase.id]);
      assert.deepEqual(
        stored.texts.map((x) => x.lang),
        ['en', 'ru'],
      );
      const edit = await editor.get(location(res));
      assert.match(edit.body, /role="status"/);
      assert.match(edit.body, /Start collecting co-signatures/);
      assert.doesNotMatch(edit.body, /name="to" value="published"/, 'an editor is not offered publishing');
    });

    it('hides drafts from the public and viewers (404), and shows them to editors with their status', async () => {
      assert.equal((await pub.get(`/appeals/${slug}`)).statusCode, 404);
      assert.equal((await viewer.get(`/appeals/${slug}`)).statusCode, 404);
      assert.equal((await pub.get(`/appeals/${appealId}`)).statusCode, 404);
      const list = await pub.get('/appeals');
      assert.equal(list.statusCode, 200);
      assert.ok(!list.body.includes('Free them'), 'no draft in the public list');
      const mine = await editor.get('/appeals');
      assert.match(mine.body, new RegExp(`href="/appeals/${slug}"`));
      assert.match(mine.body, /draft/);
      const page = await editor.get(`/appeals/${slug}`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /only editors see this page/);
      assert.equal(
        (await pub.get(`/cases/${openCase.slug}`)).body.includes(`/appeals/${slug}`),
        false,
        'the case page does not name a draft',
      );
      assert.match((await editor.get(`/cases/${openCase.slug}`)).body, new RegExp(`href="/appeals/${slug}"`));
    });

    it('refuses publishing to an editor, and lets the editor start collecting co-signatures', async () => {
      const refused = await editor.post(`/edit/appeals/${appealId}/status`, [['to', 'published']]);
      assert.equal(refused.statusCode, 403);
      assert.equal((await appealNow()).status, 'draft');
      const res = await editor.post(`/edit/appeals/${appealId}/status`, [['to', 'collecting']]);
      assert.equal(res.statusCode, 303);
      assert.equal((await appealNow()).status, 'collecting');
      const csrfLess = await editor.post(`/edit/appeals/${appealId}/status`, [['to', 'draft']], { csrf: false });
      assert.equal(csrfLess.statusCode, 403, 'a form without the CSRF token is refused');
      assert.equal((await appealNow()).status, 'collecting');
    });

    it('invites co-signatories by email: confirm, then withdraw with the link from the confirmation email, then the used link is refused', async () => {
      const page = await coordinator.get(`/edit/appeals/${appealId}`);
      assert.match(page.body, /action="\/edit\/appeals\/[A-Z0-9]+\/co-signatories\/invite"/);
      const bad = await coordinator.post(`/edit/appeals/${appealId}/co-signatories/invite`, [
        ['invite[email]', 'not-an-email'],
        ['invite[name]', 'X'],
        ['invite[kind]', 'person'],
      ]);
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /id="f-invite-email-error"/);
      assert.equal(
        (
          await editor.post(`/edit/appeals/${appealId}/co-signatories/invite`, [
            ['invite[email]', 'a@example.org'],
            ['invite[name]', 'X'],
          ])
        ).statusCode,
        403,
      );

      const invite = async (email: string, name: string) => {
        const res = await coordinator.post(`/edit/appeals/${appealId}/co-signatories/invite`, [
          ['invite[email]', email],
          ['invite[kind]', 'person'],
          ['invite[name]', name],
          ['invite[title]', 'Head'],
          ['invite[organisation]', 'Moscow Helsinki Group'],
          ['invite[lang]', 'en'],
        ]);
        assert.equal(res.statusCode, 303, res.body);
        const files = await runQueuedMail();
        assert.equal(files.length, 1);
        return linkIn(files[0]!);
      };
      const first = await invite('lyudmila@example.org', 'Lyudmila A.');
      assert.equal(loggedPath(first), '/co-sign/…', "the link's token never reaches the request log");
      // Opening the link changes nothing (mail scanners follow links).
      const opened = await pub.get(first);
      assert.equal(opened.statusCode, 200);
      assert.match(opened.body, /value="Lyudmila A\."/);
      assert.match(opened.body, /name="action" value="confirm"/);
      const buttons = opened.body.indexOf('name="action" value="confirm"');
      assert.ok(opened.body.indexOf('id="letter-h"') < buttons, 'the letter comes before the buttons');
      assert.ok(
        opened.body.indexOf('id="annex-h"') > 0 && opened.body.indexOf('id="annex-h"') < buttons,
        'so does the annex',
      );
      assert.equal((await pub.get(first)).statusCode, 200, 'still usable after being opened');
      assert.ok(!opened.body.includes('<script>alert(3)'), 'the letter text is sanitised on the invitee page too');

      const empty = await pub.post(first, [
        ['action', 'confirm'],
        ['name', ''],
      ]);
      assert.equal(empty.statusCode, 400);
      assert.match(empty.body, /id="f-name-error"/);
      const crossSite = await app.inject({
        method: 'POST',
        url: first,
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
        payload: 'action=decline',
      });
      assert.equal(crossSite.statusCode, 403, 'a post from another site is refused');

      const confirmed = await pub.post(first, [
        ['action', 'confirm'],
        ['name', 'Lyudmila Alexeeva'],
        ['title', 'Head'],
        ['organisation', 'Moscow Helsinki Group'],
      ]);
      assert.equal(confirmed.statusCode, 200);
      assert.match(confirmed.body, /co-signature is confirmed/);
      assert.equal((await pub.get(first)).statusCode, 410, 'the invitation link was used');
      const withdrawLink = linkIn((await runQueuedMail())[0]!);
      assert.notEqual(withdrawLink, first);
      const withdrawPage = await pub.get(withdrawLink);
      assert.equal(withdrawPage.statusCode, 200);
      assert.match(withdrawPage.body, /name="action" value="withdraw"/);
      assert.equal((await pub.post(withdrawLink, [['action', 'withdraw']])).statusCode, 200);
      assert.equal((await pub.get(withdrawLink)).statusCode, 410, 'the withdrawal link was used');
      assert.equal((await pub.post(withdrawLink, [['action', 'withdraw']])).statusCode, 410);
      assert.equal((await pub.get('/co-sign/not-a-real-token')).statusCode, 410);

      // A second invitee confirms and stays; a third never answers; a fourth co-signature arrives by post.
      const second = await invite('valery@example.org', 'Valery B.');
      assert.equal(
        (
          await pub.post(second, [
            ['action', 'confirm'],
            ['name', 'Valery Borschev'],
            ['title', 'Member'],
            ['organisation', 'Moscow Helsinki Group'],
          ])
        ).statusCode,
        200,
      );
      await runQueuedMail();
      await invite('silent@example.org', 'Silent Invitee');
      const recorded = await coordinator.post(`/edit/appeals/${appealId}/co-signatories/record`, [
        ['record[kind]', 'organisation'],
        ['record[name]', 'Civic Assistance'],
        ['record[lang]', 'en'],
      ]);
      assert.equal(recorded.statusCode, 303, recorded.body);

      const list = await coordinator.get(`/edit/appeals/${appealId}`);
      assert.match(list.body, /withdrawn/);
      assert.match(list.body, /invited/);
      // Reorder: Civic Assistance first.
      const ids = [...list.body.matchAll(/name="position\[([A-Z0-9]+)\]" value="(\d+)"/g)].map((x) => x[1]!);
      assert.equal(ids.length, 4);
      const order = await coordinator.post(
        `/edit/appeals/${appealId}/co-signatories/order`,
        ids.map((id, n) => [`position[${id}]`, String(n === 3 ? 1 : n + 2)] as [string, string]),
      );
      assert.equal(order.statusCode, 303, order.body);
    });

    it('lets a coordinator publish through the form: the annex freezes, the public sees the letter escaped, in order, without hidden cases', async () => {
      const edit = await coordinator.get(`/edit/appeals/${appealId}`);
      assert.match(edit.body, /name="to" value="published"/);
      // The first press only shows what becomes public; the appeal stays as it was until that page is confirmed.
      const ask = await coordinator.post(`/edit/appeals/${appealId}/status`, [['to', 'published']]);
      assert.equal(ask.statusCode, 200, ask.body);
      assert.match(ask.body, /Once published, all of this is public/);
      assert.match(ask.body, /name="confirm" value="1"/);
      assert.match(ask.body, /cases? in the annex/);
      assert.match(ask.body, /Public signing/);
      assert.equal((await appealNow()).status, 'collecting');
      const res = await coordinator.post(`/edit/appeals/${appealId}/status`, [
        ['to', 'published'],
        ['confirm', '1'],
      ]);
      assert.equal(res.statusCode, 303, res.body);
      const stored = await appealNow();
      assert.equal(stored.status, 'published');
      assert.ok(stored.annexFrozen, 'the annex is frozen');

      const page = await pub.get(`/appeals/${slug}`);
      assert.equal(page.statusCode, 200);
      const body = page.body;
      assert.ok(!body.includes('<script>'), 'no script element reaches the page');
      assert.ok(!body.includes('<img'), 'an addressee cannot add markup');
      assert.ok(!/href="javascript:/i.test(body), 'no javascript: link');
      assert.match(body, /&lt;img src=x onerror=alert\(2\)>/);
      assert.match(body, /<strong>you<\/strong>/, 'Markdown is rendered');
      assert.match(body, /President of the French Republic/);
      assert.match(body, new RegExp(`href="/events/${visit.slug}"`), 'the occasion links to its register page');
      assert.match(body, new RegExp(`href="/cases/${openCase.slug}"`), 'the annex links to the case page');
      assert.match(body, /7 years 6 months/);
      assert.ok(
        !body.includes(HIDDEN_NAME) && !body.includes(hiddenCase.slug),
        'a restricted case stays out of the annex',
      );
      const lines = [...body.matchAll(/<ol class="co-signatories">([\s\S]*?)<\/ol>/g)][0]?.[1] ?? '';
      const names = [...lines.matchAll(/<li>([^<]*)<\/li>/g)].map((x) => x[1]);
      assert.deepEqual(
        names,
        ['Civic Assistance', 'Valery Borschev, Member, Moscow Helsinki Group'],
        'confirmed co-signatories only, in the chosen order',
      );
      assert.ok(
        !body.includes('Silent Invitee') && !body.includes('Lyudmila'),
        'no unconfirmed or withdrawn co-signatory',
      );
      assert.match(body, /No one has signed yet/);
      assert.match(
        body,
        new RegExp(`<form method="post" action="/appeals/${slug}/sign"`),
        'signing is open: the sign-on form is on the page',
      );
      assert.match(body, /name="_form" value="[^"]+"/);
      assert.match(body, new RegExp(`href="/appeals/${slug}/letter.ru.pdf"`));
      assert.match(body, /href="\/appeals.atom"/);
      assert.match(body, new RegExp(`href="/appeals/${slug}\\?lang=ru"`));
      assert.doesNotMatch(body, /Updated in the register since publication/);

      const ru = await pub.get(`/appeals/${slug}?lang=ru`);
      assert.match(ru.body, /<h1 lang="ru">Открытое письмо<\/h1>/);
      assert.match(ru.body, /Просим вас <strong>поднять<\/strong>/);
      assert.match(ru.body, new RegExp(`href="/appeals/${slug}\\?lang=en"`));
      assert.equal(
        (await pub.get(`/appeals/${slug}?lang=%3Cx%3E`)).statusCode,
        200,
        'a bad language falls back to the first text',
      );

      const list = await pub.get('/appeals');
      assert.match(list.body, new RegExp(`href="/appeals/${slug}"`));
      assert.match(list.body, /Free them &lt;script>alert/, 'the title is escaped in the list');
      assert.ok(!list.body.includes('<script>'));
      assert.match(
        (await pub.get(`/cases/${openCase.slug}`)).body,
        new RegExp(`href="/appeals/${slug}"`),
        'the case page lists the appeal',
      );

      // The register moves on; the published annex does not, and says so.
      await updateRecord(testCtx(t), caseDef, openCase.id, { status: 'released' });
      const later = await pub.get(`/appeals/${slug}`);
      assert.match(later.body, /Updated in the register since publication/);
      assert.match(later.body, /serving/i, 'the annex still shows the status as published');
    });

    it('refuses locked fields after publication with a visible error, and saves the follow-up', async () => {
      const edit = await editor.get(`/edit/appeals/${appealId}`);
      assert.match(edit.body, /no longer change/);
      assert.doesNotMatch(edit.body, /name="title"/, 'the letter is read-only');
      assert.match(edit.body, /name="deliveries\[0\]\[date\]"/);
      const stale = await editor.post(`/edit/appeals/${appealId}`, [
        ['_part', 'letter'],
        ['_action', 'save'],
        ['title', 'A new title'],
        ['confidentiality', 'public'],
        ['texts[0][lang]', 'en'],
        ['texts[0][title]', 'Open letter'],
        ['texts[0][body]', 'changed'],
      ]);
      assert.equal(stale.statusCode, 409);
      assert.match(stale.body, /id="error-summary"/);
      assert.match(stale.body, /the appeal is published; this part of the letter no longer changes/);
      assert.equal((await appealNow()).title, HOSTILE_TITLE);

      const follow = await editor.post(`/edit/appeals/${appealId}`, [
        ['_part', 'followup'],
        ['_action', 'save'],
        ['deliveries[0][date]', '2014-12-04'],
        ['deliveries[0][method]', 'hand'],
        ['deliveries[0][to]', 'Élysée Palace'],
        ['responses[0][date]', '2015-01'],
        ['responses[0][kind]', 'acknowledged'],
        ['responses[0][text]', 'Received <b>with thanks</b>'],
        ['outcomes[0][caseId]', openCase.id],
        ['outcomes[0][kind]', 'released'],
        ['outcomes[1][caseId]', hiddenCase.id],
        ['outcomes[1][kind]', 'no_change'],
        ['outcomes[1][note]', HIDDEN_NAME],
      ]);
      assert.equal(follow.statusCode, 303, follow.body);
      const badFollow = await editor.post(`/edit/appeals/${appealId}`, [
        ['_part', 'followup'],
        ['_action', 'save'],
        ['deliveries[0][date]', 'soon'],
        ['deliveries[0][method]', 'hand'],
        ['deliveries[0][to]', 'X'],
      ]);
      assert.equal(badFollow.statusCode, 400);
      assert.match(badFollow.body, /id="f-deliveries-0-date-error"/);

      const page = (await pub.get(`/appeals/${slug}`)).body;
      assert.match(page, /by hand, to Élysée Palace/);
      assert.match(page, /acknowledged/);
      assert.match(page, /Received &lt;b>with thanks&lt;\/b>/);
      assert.match(page, /released/);
      assert.ok(!page.includes(HIDDEN_NAME), 'the outcome of a hidden case is not shown');
      const fr = await app.inject({ url: `/appeals/${slug}`, cookies: { lang: 'fr' } });
      assert.match(fr.body, /en main propre/, 'kinds are translated');
      assert.equal(
        (await coordinator.post(`/edit/appeals/${appealId}/delete`, [])).statusCode,
        409,
        'a published appeal is not deleted',
      );
    });

    it('deletes drafts for coordinators only, and answers 404 for unknown appeals', async () => {
      const res = await coordinator.post('/edit/appeals/new', [
        ['_part', 'letter'],
        ['_action', 'save'],
        ['title', 'Short-lived draft'],
      ]);
      assert.equal(res.statusCode, 303, res.body);
      const id = /\/edit\/appeals\/([A-Z0-9]+)/.exec(location(res))![1]!;
      assert.equal((await coordinator.post(`/edit/appeals/${id}/status`, [['to', 'collecting']])).statusCode, 303);
      const early = await coordinator.post(`/edit/appeals/${id}/status`, [['to', 'published']]);
      assert.equal(early.statusCode, 400, 'an internal appeal without addressee or text is not published');
      assert.match(early.body, /a published appeal must be public/);
      assert.match(early.body, /name at least one addressee/);
      assert.match(early.body, /write at least one text/);
      const ru = await app.inject({
        method: 'POST',
        url: `/edit/appeals/${id}/status`,
        cookies: { vigil_session: coordinator.cookie!, lang: 'ru' },
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams([
          ['to', 'published'],
          ['_csrf', csrfTokenFor(coordinator.cookie!)],
        ]).toString(),
      });
      assert.match(ru.body, /укажите хотя бы одного адресата/, "the problems in the editor's language");
      assert.equal((await editor.post(`/edit/appeals/${id}/delete`, [])).statusCode, 403);
      const del = await coordinator.post(`/edit/appeals/${id}/delete`, []);
      assert.equal(del.statusCode, 303);
      assert.equal(location(del), '/edit?deleted=1');
      assert.equal((await coordinator.get(`/edit/appeals/${id}`)).statusCode, 404);
      assert.equal((await pub.get('/appeals/no-such-appeal')).statusCode, 404);
      // A NUL anywhere in a request is refused at the edge with 400 (PostgreSQL refuses NUL in text): never a server error.
      assert.equal((await pub.get('/appeals/a%00b')).statusCode, 400);
      assert.equal((await coordinator.get('/edit/appeals/a%00b')).statusCode, 400);
      assert.equal((await pub.get('/appeals?cursor=a%00')).statusCode, 400);
      assert.equal(
        (await coordinator.post(`/edit/appeals/${appealId}/co-signatories/a%00b/withdraw`, [])).statusCode,
        400,
      );
      assert.equal((await pub.get('/co-sign/a%00b')).statusCode, 400);
    });
  });
}
