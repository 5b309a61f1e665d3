// The account page through HTTP: "sign out everywhere else", session expiry, API tokens created and revoked by their owner,
// and invitations (the outbox email, the single-use link, the password rules, enrolment for roles that need it).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { addUser } from '../../src/commands/users/add-user.ts';
import { inviteUser } from '../../src/commands/users/invite-user.ts';
import { setPassword } from '../../src/commands/users/set-password.ts';
import { loggedPath } from '../../src/logger.ts';
import { bearer, testApp, tokenFor } from '../support/app.ts';
import { pageClient, type PageClient } from '../support/browser-client.ts';
import { DIALECTS, SYSTEM, testCtx, testDb, type TestDb } from '../support/db.ts';
import { buildPerson } from '../support/factories.ts';
import { sessionFor } from '../support/session.ts';

const PASSWORD = 'seven quiet lanterns at dusk';
/** The text of an .eml file with quoted-printable soft line breaks and escapes undone, as a mail client shows it. */
const readEml = (file: string) =>
  fs
    .readFileSync(file, 'utf8')
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

for (const dialect of DIALECTS) {
  describe(`accounts: sessions, tokens and invitations (${dialect})`, () => {
    let t: TestDb;
    let app: FastifyInstance;
    let skew = 0;
    const now = () => new Date(Date.now() + skew);
    const ctx = () => testCtx(t, SYSTEM, now);
    const login = (c: PageClient, email: string) =>
      c.post('/login', [
        ['email', email],
        ['password', PASSWORD],
      ]);

    before(async () => {
      t = await testDb(dialect);
      app = await testApp(t, now);
      await addUser(ctx(), { email: 'reader@example.org', role: 'viewer' }, false, PASSWORD);
    });
    after(async () => {
      await app?.close();
      await t?.cleanup();
    });

    it('lists the user’s sessions and signs out everywhere else, keeping this one', async () => {
      const [a, b, c] = [pageClient(app), pageClient(app), pageClient(app)];
      for (const x of [a, b, c]) assert.equal((await login(x, 'reader@example.org')).statusCode, 303);
      const page = await a.get('/account');
      assert.equal(page.body.match(/<tr><td>Other /g)?.length, 3, 'three sessions listed');
      assert.match(page.body, /\(this browser\)/);
      const res = await a.post('/account/sessions/revoke-all', []);
      assert.equal(res.headers.location, '/account?ended=2');
      assert.match((await a.get('/account?ended=2')).body, /2 other sessions were signed out\./);
      assert.equal((await a.get('/edit')).statusCode, 200);
      for (const x of [b, c]) {
        assert.equal((await x.get('/edit')).headers.location, '/login');
        assert.equal(x.cookie, undefined, 'the dead cookie is cleared');
      }
    });

    it('ends a session after 12 h idle, a half-finished sign-in after 15 min, and all of them on a password change', async () => {
      const c = pageClient(app);
      await login(c, 'reader@example.org');
      skew += 11 * 3600_000;
      assert.equal((await c.get('/edit')).statusCode, 200, 'used within 12 h');
      skew += 12 * 3600_000 + 60_000;
      assert.equal((await c.get('/edit')).statusCode, 303, 'idle for 12 h');

      const editor = (await addUser(ctx(), { email: 'slow@example.org', role: 'editor' }, false, PASSWORD)).user;
      const p = pageClient(app);
      assert.equal((await login(p, 'slow@example.org')).headers.location, '/account/two-factor');
      skew += 16 * 60_000;
      assert.equal((await p.get('/account/two-factor')).headers.location, '/login');

      const s = pageClient(app);
      s.cookie = await sessionFor(t, editor.id, now);
      assert.equal((await s.get('/edit')).statusCode, 200);
      await setPassword(ctx(), { email: 'slow@example.org', password: 'another long pass phrase' });
      assert.equal((await s.get('/edit')).statusCode, 303);
    });

    it('creates an API token shown once, records its use at most once a minute, and revokes it (then 401)', async () => {
      const owner = (await addUser(ctx(), { email: 'writer@example.org', role: 'editor' }, false)).user;
      const c = pageClient(app);
      c.cookie = await sessionFor(t, owner.id, now);
      assert.equal((await c.post('/account/tokens', [['name', '   ']])).statusCode, 400);
      const created = await c.post('/account/tokens', [['name', 'import script']]);
      assert.equal(created.statusCode, 200);
      const secret = /<code class="secret" id="new-token">(vgl_[A-Za-z0-9_-]{43})<\/code>/.exec(created.body)![1]!;
      assert.doesNotMatch((await c.get('/account')).body, new RegExp(secret), 'shown once');
      assert.equal(
        (await app.inject({ method: 'POST', url: '/api/v1/persons', headers: bearer(secret), payload: buildPerson() }))
          .statusCode,
        201,
      );
      const token = await t.handle.db
        .selectFrom('api_tokens')
        .selectAll()
        .where('user_id', '=', owner.id)
        .executeTakeFirstOrThrow();
      assert.ok(token.last_used_at);
      skew += 10_000;
      await app.inject({ url: '/api/v1/persons', headers: bearer(secret) });
      const again = await t.handle.db
        .selectFrom('api_tokens')
        .select('last_used_at')
        .where('id', '=', token.id)
        .executeTakeFirstOrThrow();
      assert.equal(again.last_used_at, token.last_used_at, 'not written again within a minute');
      skew += 61_000;
      await app.inject({ url: '/api/v1/persons', headers: bearer(secret) });
      const later = await t.handle.db
        .selectFrom('api_tokens')
        .select('last_used_at')
        .where('id', '=', token.id)
        .executeTakeFirstOrThrow();
      assert.ok(later.last_used_at! > token.last_used_at!);
      assert.match((await c.get('/account')).body, /import script/);

      const other = pageClient(app);
      other.cookie = await sessionFor(
        t,
        (await addUser(ctx(), { email: 'other@example.org', role: 'editor' }, false)).user.id,
        now,
      );
      assert.equal((await other.post(`/account/tokens/${token.id}/revoke`, [])).statusCode, 404, 'not their token');
      const revoked = await c.post(`/account/tokens/${token.id}/revoke`, []);
      assert.equal(revoked.headers.location, '/account?revoked=1');
      assert.equal(
        (await app.inject({ method: 'POST', url: '/api/v1/persons', headers: bearer(secret), payload: buildPerson() }))
          .statusCode,
        401,
      );
      assert.match((await c.get('/account?revoked=1')).body, /The token was revoked/);
      assert.equal((await app.inject({ method: 'GET', url: '/account', headers: bearer(secret) })).statusCode, 401);
      const live = await tokenFor(t, 'editor');
      assert.equal(
        (await app.inject({ method: 'GET', url: '/account', headers: bearer(live) })).statusCode,
        303,
        'a token is not a session',
      );
      const actions = (
        await t.handle.db.selectFrom('audit_log').select('action').where('record_id', '=', owner.id).execute()
      ).map((r) => r.action);
      assert.ok(actions.includes('token.create') && actions.includes('token.revoke'));
    });

    it('invites by email: outbox .eml with a single-use link, password rules, then TOTP enrolment for the role', async () => {
      const { delivery } = await inviteUser(ctx(), { email: 'New.Lawyer@example.org', role: 'researcher' });
      assert.equal(delivery.via, 'outbox');
      const eml = readEml(delivery.via === 'outbox' ? delivery.file : '');
      assert.match(eml, /^To: New\.Lawyer@example\.org$/im);
      const link = /http:\/\/127\.0\.0\.1:3000(\/invite\/[A-Za-z0-9_-]{43})/.exec(eml)![1]!;
      assert.equal(loggedPath(link), '/invite/…', 'the token never reaches the logs');
      const stored = JSON.stringify(await t.handle.db.selectFrom('invitations').selectAll().execute());
      assert.ok(!stored.includes(link.slice(8)), 'only a hash of the token is stored');

      const c = pageClient(app);
      const form = await c.get(link);
      assert.equal(form.statusCode, 200);
      assert.match(form.body, /new\.lawyer@example\.org/);
      assert.equal(
        (
          await c.post(link, [
            ['password', PASSWORD],
            ['confirm', 'something else'],
          ])
        ).statusCode,
        400,
      );
      assert.match(
        (
          await c.post(link, [
            ['password', 'short one'],
            ['confirm', 'short one'],
          ])
        ).body,
        /at least 12 characters/,
      );
      assert.match(
        (
          await c.post(link, [
            ['password', 'Password1234'],
            ['confirm', 'Password1234'],
          ])
        ).body,
        /too common/,
      );
      const done = await c.post(link, [
        ['password', PASSWORD],
        ['confirm', PASSWORD],
      ]);
      assert.equal(done.statusCode, 303);
      assert.equal(done.headers.location, '/account/two-factor');
      assert.equal((await c.get('/edit')).headers.location, '/login', 'no access before enrolment');
      assert.equal((await pageClient(app).get(link)).statusCode, 404, 'the link works once');
      assert.equal((await login(pageClient(app), 'new.lawyer@example.org')).headers.location, '/account/two-factor');

      const late = await inviteUser(ctx(), { email: 'late@example.org', role: 'viewer' });
      const lateLink = /(\/invite\/[A-Za-z0-9_-]{43})/.exec(
        readEml(late.delivery.via === 'outbox' ? late.delivery.file : ''),
      )![1]!;
      skew += 8 * 24 * 3600_000;
      assert.equal((await pageClient(app).get(lateLink)).statusCode, 404, 'expired after 7 days');
      assert.equal((await pageClient(app).get('/invite/not-a-token')).statusCode, 404);
      await assert.rejects(inviteUser(ctx(), { email: 'reader@example.org', role: 'viewer' }), /already exists/);
    });
  });
}
