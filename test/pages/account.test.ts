// Signing in through HTTP as a browser without JavaScript: password, TOTP enrolment forced on roles that read restricted
// data, codes and recovery codes, throttling without lockout, the per-address limit, CSRF on every account form, and a fuzzed
// login that never errors and never hands out a session.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { authenticator } from 'otplib';
import { addUser } from '../../src/commands/users/add-user.ts';
import { csrfTokenFor } from '../../src/http/plugins/csrf.ts';
import { testApp } from '../support/app.ts';
import { pageClient, sessionSet, type PageClient } from '../support/browser-client.ts';
import { DIALECTS, testCtx, testDb, type TestDb } from '../support/db.ts';

const PASSWORD = 'purple otter under the bridge';
const errorText = (res: LightMyRequestResponse) =>
  /<p class="error-text" id="f-\w+-error">([^<]*)<\/p>/.exec(res.body)?.[1];

for (const dialect of DIALECTS) {
  describe(`accounts: signing in (${dialect})`, () => {
    let t: TestDb;
    let app: FastifyInstance;
    let skew = 0;
    const now = () => new Date(Date.now() + skew);
    const codeFor = (secret: string) => authenticator.clone({ epoch: now().getTime() }).generate(secret);
    const user = async (email: string, role: 'viewer' | 'editor') =>
      (await addUser(testCtx(t), { email, role }, false, PASSWORD)).user;
    const login = (c: PageClient, email: string, password = PASSWORD) =>
      c.post('/login', [
        ['email', email],
        ['password', password],
      ]);
    const row = (email: string) =>
      t.handle.db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirstOrThrow();

    before(async () => {
      t = await testDb(dialect);
      app = await testApp(t, now);
    });
    after(async () => {
      await app?.close();
      await t?.cleanup();
    });

    it('signs a viewer in with a password alone, into a server-side session', async () => {
      const u = await user('viewer@example.org', 'viewer');
      const c = pageClient(app);
      const res = await login(c, ' Viewer@Example.org ');
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, '/edit');
      assert.match(c.cookie!, /^[A-Za-z0-9_-]{43}$/);
      assert.equal((await c.get('/edit')).statusCode, 200);
      const account = await c.get('/account');
      assert.equal(account.statusCode, 200);
      assert.match(account.body, /viewer@example\.org/);
      const sessions = await t.handle.db.selectFrom('sessions').selectAll().where('user_id', '=', u.id).execute();
      assert.equal(sessions.length, 1);
      assert.notEqual(sessions[0]!.id, c.cookie, 'only a hash of the secret is stored');
      assert.equal(Number(sessions[0]!.second_factor), 0);
      assert.equal(sessions[0]!.user_agent_hint, 'Other', 'the browser family only');
    });

    it('forces an editor through TOTP enrolment, shows recovery codes once, then signs in with a code and with a recovery code', async () => {
      await user('editor@example.org', 'editor');
      const c = pageClient(app);
      const res = await login(c, 'editor@example.org');
      assert.equal(res.headers.location, '/account/two-factor');
      const pending = c.cookie!;
      // Half signed in: nothing but the next step.
      assert.equal((await c.get('/edit')).headers.location, '/login');
      assert.equal((await c.get('/account')).headers.location, '/login');
      assert.equal((await c.get('/login')).headers.location, '/account/two-factor');
      assert.equal(
        (
          await c.post('/edit/persons/new', [
            ['names[0][full]', 'X'],
            ['_action', 'save'],
          ])
        ).headers.location,
        '/login',
      );
      assert.match((await c.get('/')).body, /href="\/login"/, 'the public frame');

      const page = await c.get('/account/two-factor');
      assert.equal(page.statusCode, 200);
      assert.match(
        page.body,
        /<div class="qr" role="img" aria-label="[^"]+"><svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*><path/,
      );
      assert.doesNotMatch(page.body, /data:|<script|style=/);
      const secret = /<code class="secret" id="totp-secret">([A-Z2-7 ]+)<\/code>/
        .exec(page.body)![1]!
        .replace(/ /g, '');
      assert.equal(
        (await c.get('/account/two-factor')).body.includes(/id="totp-secret">([^<]+)</.exec(page.body)![1]!),
        true,
        'the same secret until confirmed',
      );
      assert.equal((await c.post('/account/two-factor', [['code', '000000']])).statusCode, 400);
      assert.equal((await c.post('/account/two-factor', [['code', codeFor(secret)]], { csrf: false })).statusCode, 403);

      const enrolCode = codeFor(secret);
      const done = await c.post('/account/two-factor', [['code', enrolCode]]);
      assert.equal(done.statusCode, 200);
      const codes = [...done.body.matchAll(/<li><code>([0-9a-z]{4}(?:-[0-9a-z]{4}){3})<\/code><\/li>/g)].map(
        (m) => m[1]!,
      );
      assert.equal(codes.length, 10);
      assert.notEqual(c.cookie, pending, 'a new secret after the second factor');
      assert.equal((await c.get('/edit')).statusCode, 200);
      assert.equal((await pageClient(app).get('/edit')).statusCode, 303);
      const stored = await t.handle.db.selectFrom('recovery_codes').select('code_hash').execute();
      assert.equal(stored.length, 10);
      assert.ok(stored.every((r) => !codes.some((code) => r.code_hash.includes(code.replace(/-/g, '')))));
      assert.equal(Number((await row('editor@example.org')).totp_enabled), 1);
      const sealed = (await row('editor@example.org')).totp_secret ?? '';
      assert.match(sealed, /^v1:/, 'the TOTP secret is stored encrypted');
      assert.ok(!sealed.includes(secret), 'the database never holds the TOTP secret in clear');
      assert.match((await c.get('/account')).body, /10 recovery codes left/);

      assert.equal((await c.post('/logout', [])).headers.location, '/');
      assert.equal(c.cookie, undefined);
      assert.equal((await login(c, 'editor@example.org')).headers.location, '/login/code');
      assert.equal((await c.get('/edit')).headers.location, '/login');
      assert.equal((await c.post('/login/code', [['code', enrolCode]])).statusCode, 401, 'the enrolment code is spent');
      skew += 30_000;
      const signed = await c.post('/login/code', [['code', codeFor(secret)]]);
      assert.equal(signed.statusCode, 303);
      assert.equal(signed.headers.location, '/edit');
      assert.equal((await c.get('/edit')).statusCode, 200);

      await c.post('/logout', []);
      await login(c, 'editor@example.org');
      const typed = ` ${codes[0]!.toUpperCase()} `;
      assert.equal((await c.post('/login/code', [['code', typed]])).headers.location, '/edit');
      await c.post('/logout', []);
      await login(c, 'editor@example.org');
      assert.equal((await c.post('/login/code', [['code', codes[0]!]])).statusCode, 401, 'a recovery code works once');
      assert.equal((await c.post('/login/code', [['code', codes[1]!]])).headers.location, '/edit');
      assert.match((await c.get('/account')).body, /8 recovery codes left/);
    });

    it('never locks an account for wrong passwords, answers them like an unknown email, and audits each', async () => {
      await user('locked@example.org', 'viewer');
      const c = pageClient(app, '192.0.2.50');
      const unknown = await login(c, 'nobody@example.org');
      assert.equal(unknown.statusCode, 401);
      for (let n = 1; n <= 3; n++)
        assert.equal((await login(c, 'locked@example.org', 'wrong password here')).statusCode, 401);
      const refused = await login(c, 'locked@example.org', 'wrong again');
      assert.equal(refused.statusCode, 429, 'the pair now waits');
      assert.equal(c.cookie, undefined);
      assert.equal(
        (await login(pageClient(app, '192.0.2.51'), 'locked@example.org', 'wrong password here')).statusCode,
        401,
      );
      assert.equal(
        errorText(await login(pageClient(app, '192.0.2.51'), 'locked@example.org', 'wrong password here')),
        errorText(unknown),
      );
      assert.ok(errorText(unknown));
      const stored = await row('locked@example.org');
      assert.equal(Number(stored.failed_logins), 0, 'wrong passwords do not count against the account');
      assert.equal(stored.locked_until, null);
      assert.equal(
        (await login(pageClient(app, '192.0.2.52'), 'locked@example.org')).statusCode,
        303,
        'the owner signs in from elsewhere',
      );
      const id = stored.id;
      const audit = await t.handle.db
        .selectFrom('audit_log')
        .select('action')
        .where('action', '=', 'login.failed')
        .where('record_id', '=', id)
        .execute();
      assert.equal(audit.length, 5, 'each wrong password is audited');
    });

    it('limits failed attempts per address across accounts, in memory only', async () => {
      await user('busy@example.org', 'viewer');
      const c = pageClient(app, '203.0.113.9');
      for (let n = 0; n < 50; n++) assert.equal((await login(c, `guess${n}@example.org`, 'x')).statusCode, 401);
      const limited = await login(c, 'busy@example.org');
      assert.equal(limited.statusCode, 429);
      assert.ok(Number(limited.headers['retry-after']) > 0);
      assert.equal(c.cookie, undefined);
      assert.equal(
        (await login(pageClient(app, '203.0.113.10'), 'busy@example.org')).statusCode,
        303,
        'another address is not affected',
      );
      const dump =
        JSON.stringify(await t.handle.db.selectFrom('sessions').selectAll().execute()) +
        JSON.stringify(await t.handle.db.selectFrom('users').selectAll().execute());
      assert.doesNotMatch(dump, /203\.0\.113|198\.51\.100/, 'no address is stored');
      skew += 10 * 60_000;
      assert.equal((await login(c, 'busy@example.org')).statusCode, 303, 'the window passes');
    });

    it('refuses every account form without the CSRF token (403), writing nothing', async () => {
      const c = pageClient(app);
      await login(c, 'viewer@example.org');
      for (const url of [
        '/account/sessions/revoke-all',
        '/account/tokens',
        '/account/tokens/01ARZ3NDEKTSV4RRFFQ69G5FAV/revoke',
        '/account/two-factor',
        '/logout',
      ]) {
        assert.equal((await c.post(url, [['name', 'x']], { csrf: false })).statusCode, 403, url);
      }
      assert.equal(
        (
          await c.post(
            '/account/tokens',
            [
              ['name', 'x'],
              ['_csrf', 'y'.repeat(43)],
            ],
            { csrf: false },
          )
        ).statusCode,
        403,
      );
      assert.equal((await c.get('/edit')).statusCode, 200, 'still signed in');
      const e = pageClient(app);
      await login(e, 'editor@example.org');
      assert.equal((await e.post('/login/code', [['code', '123456']], { csrf: false })).statusCode, 403);
      const tokens = await t.handle.db.selectFrom('api_tokens').selectAll().execute();
      assert.equal(tokens.length, 0);
    });

    it('survives fuzzed sign-in input: never a 5xx, never a session', async () => {
      const someone = pageClient(app, '198.51.100.200');
      await login(someone, 'editor@example.org');
      const field = fc.oneof(
        fc.string({ maxLength: 80 }),
        fc.emailAddress(),
        fc.constantFrom('editor@example.org', 'viewer@example.org', ''),
      );
      await fc.assert(
        fc.asyncProperty(
          field,
          fc.string({ maxLength: 200 }),
          fc.string({ maxLength: 40 }),
          fc.integer({ min: 1, max: 250 }),
          async (email, password, code, host) => {
            const c = pageClient(app, `10.9.${host}.1`);
            const first = await c.post('/login', [
              ['email', email],
              ['password', password],
              [`email[${code}]`, code],
            ]);
            assert.ok(first.statusCode < 500 && [303, 401, 429].includes(first.statusCode), `${first.statusCode}`);
            assert.equal(sessionSet(first), undefined);
            const raw = await app.inject({
              method: 'POST',
              url: '/login',
              remoteAddress: `10.8.${host}.1`,
              headers: { 'content-type': 'application/x-www-form-urlencoded' },
              payload: `${code}&${password}`,
            });
            assert.ok(raw.statusCode < 500);
            assert.ok(!sessionSet(raw));
            const fields = new URLSearchParams([
              ['code', code],
              ['_csrf', csrfTokenFor(someone.cookie!)],
            ]).toString();
            const step = await app.inject({
              method: 'POST',
              url: '/login/code',
              remoteAddress: `10.7.${host}.1`,
              cookies: { vigil_session: someone.cookie! },
              headers: { 'content-type': 'application/x-www-form-urlencoded' },
              payload: fields,
            });
            assert.ok(step.statusCode < 500 && !sessionSet(step), `${step.statusCode}`);
          },
        ),
        { numRuns: 30 },
      );
    });
  });
}
