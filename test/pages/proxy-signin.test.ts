// Behind a TLS-terminating proxy: X-Forwarded-Proto and X-Forwarded-For count only when VIGIL_TRUST_PROXY names the proxy,
// cookies are Secure when the original request was https (or always with an https VIGIL_PUBLIC_URL), and sign-in
// throttling works per (account, real client address) with back-off, so neither a stranger nor a crowd behind one proxy
// can lock the owner of an account out.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { addUser } from '../../src/commands/users/add-user.ts';
import type { Config } from '../../src/config.ts';
import { FileStore } from '../../src/files.ts';
import { buildApp } from '../../src/server.ts';
import { backoffMs, createLoginLimiter } from '../../src/http/plugins/login-limiter.ts';
import { setCookies } from '../support/browser-client.ts';
import { DIALECTS, silentLog, testCtx, testDb, type TestDb } from '../support/db.ts';

const PASSWORD = 'purple otter under the bridge';
const PROXY = '10.0.0.2';
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

describe('login limiter (unit)', () => {
  it('grows the back-off of a pair by doubling, up to its cap, and forgets it after a success', () => {
    assert.deepEqual(
      [0, 1, 2, 3, 4, 5, 6].map((n) => backoffMs(n)),
      [0, 0, 0, 1000, 2000, 4000, 8000],
    );
    assert.equal(backoffMs(40), 15 * 60_000);
    let t = 0;
    const l = createLoginLimiter(() => new Date(t));
    for (let n = 0; n < 3; n++) l.failed('a@example.org', '192.0.2.1');
    assert.equal(l.waitMs('a@example.org', '192.0.2.1'), 1000);
    assert.equal(l.waitMs('a@example.org', '192.0.2.2'), 0, 'another address');
    assert.equal(l.waitMs('b@example.org', '192.0.2.1'), 0, 'another account');
    t += 1000;
    l.failed('a@example.org', '192.0.2.1');
    assert.equal(l.waitMs('a@example.org', '192.0.2.1'), 2000);
    l.succeeded('a@example.org', '192.0.2.1');
    assert.equal(l.waitMs('a@example.org', '192.0.2.1'), 0);
  });

  it('caps one address across accounts, and treats an IPv6 /64 as one address', () => {
    const l = createLoginLimiter(() => new Date(0), { addressMaxFailures: 5 });
    for (let n = 0; n < 5; n++) l.failed(`u${n}@example.org`, `2001:db8:1:2::${n + 1}`);
    assert.ok(l.waitMs('new@example.org', '2001:db8:1:2::99') > 0);
    assert.equal(l.waitMs('new@example.org', '2001:db8:1:3::1'), 0);
  });
});

for (const dialect of DIALECTS) {
  describe(`behind a reverse proxy (${dialect})`, () => {
    let t: TestDb;
    let skew = 0;
    const now = () => new Date(Date.now() + skew);
    const apps: FastifyInstance[] = [];
    const appWith = async (env: Partial<Config>) => {
      const app = await buildApp({
        config: { ...t.config, ...env },
        db: t.handle.db,
        files: new FileStore(t.config.filesDir),
        log: silentLog,
        now,
        keyring: t.keyring,
      });
      apps.push(app);
      return app;
    };
    const login = (
      app: FastifyInstance,
      email: string,
      password: string,
      headers: Record<string, string> = {},
      remoteAddress = PROXY,
    ) =>
      app.inject({
        method: 'POST',
        url: '/login',
        remoteAddress,
        headers: { ...FORM, ...headers },
        payload: new URLSearchParams({ email, password }).toString(),
      });
    const via = (client: string) => ({ 'x-forwarded-for': client });
    const cookieLine = (res: LightMyRequestResponse, name: string) =>
      setCookies(res).find((c) => c.startsWith(`${name}=`)) ?? '';

    before(async () => {
      t = await testDb(dialect);
      for (const email of [
        'owner@example.org',
        'plain@example.org',
        'spray@example.org',
        'grow@example.org',
        'https@example.org',
      ]) {
        await addUser(testCtx(t), { email, role: 'viewer' }, false, PASSWORD);
      }
    });
    after(async () => {
      for (const app of apps) await app.close();
      await t?.cleanup();
    });

    it('marks cookies Secure for X-Forwarded-Proto: https only from a trusted proxy, and always with an https public address', async () => {
      const https = { 'x-forwarded-proto': 'https' };
      const untrusted = await appWith({ trustProxy: false });
      const trusted = await appWith({ trustProxy: [PROXY] });
      const publicHttps = await appWith({ trustProxy: false, publicHttps: true });

      const lang = (app: FastifyInstance, headers: Record<string, string>, remoteAddress = PROXY) =>
        app.inject({ method: 'GET', url: '/lang/fr', remoteAddress, headers }).then((r) => cookieLine(r, 'lang'));
      assert.ok((await lang(untrusted, {})).length > 0, 'the language cookie is set');
      assert.doesNotMatch(await lang(untrusted, https), /;\s*Secure/i, 'untrusted X-Forwarded-Proto is ignored');
      assert.match(await lang(trusted, https), /;\s*Secure/i);
      assert.doesNotMatch(await lang(trusted, {}), /;\s*Secure/i, 'plain http through the proxy');
      assert.doesNotMatch(
        await lang(trusted, https, '192.0.2.77'),
        /;\s*Secure/i,
        'a client that is not the trusted proxy',
      );
      assert.match(await lang(publicHttps, {}), /;\s*Secure/i, 'https public address');

      const session = async (app: FastifyInstance, headers: Record<string, string>) =>
        cookieLine(await login(app, 'https@example.org', PASSWORD, headers), 'vigil_session');
      assert.match(await session(untrusted, {}), /HttpOnly/i);
      assert.doesNotMatch(await session(untrusted, https), /;\s*Secure/i);
      assert.match(await session(trusted, https), /;\s*Secure/i);
      assert.match(await session(publicHttps, {}), /;\s*Secure/i);
    });

    it('keys sign-in throttling on X-Forwarded-For only when the proxy is trusted', async () => {
      const trusted = await appWith({ trustProxy: [PROXY] });
      for (let n = 0; n < 3; n++)
        assert.equal((await login(trusted, 'plain@example.org', 'wrong', via('198.51.100.1'))).statusCode, 401);
      assert.equal(
        (await login(trusted, 'plain@example.org', PASSWORD, via('198.51.100.1'))).statusCode,
        429,
        'that client waits',
      );
      assert.equal(
        (await login(trusted, 'plain@example.org', PASSWORD, via('198.51.100.2'))).statusCode,
        303,
        'another client behind the proxy does not',
      );

      const untrusted = await appWith({ trustProxy: false });
      for (let n = 0; n < 3; n++)
        assert.equal((await login(untrusted, 'plain@example.org', 'wrong', via('198.51.100.1'))).statusCode, 401);
      assert.equal(
        (await login(untrusted, 'plain@example.org', PASSWORD, via('198.51.100.2'))).statusCode,
        429,
        'the header is ignored: one address',
      );
      assert.equal(
        (await login(untrusted, 'plain@example.org', PASSWORD, {}, '192.0.2.200')).statusCode,
        303,
        'a really different address',
      );
    });

    it('lets the owner in from address B after 30 failed logins for the account from address A', async () => {
      const app = await appWith({ trustProxy: [PROXY] });
      let failures = 0;
      for (let n = 0; n < 30; n++) {
        skew += 16 * 60_000; // past the longest back-off, so every attempt is a real, counted failure
        const res = await login(app, 'owner@example.org', `guess ${n}`, via('203.0.113.66'));
        if (res.statusCode === 401) failures += 1;
      }
      assert.equal(failures, 30);
      assert.equal(
        (await login(app, 'owner@example.org', PASSWORD, via('203.0.113.66'))).statusCode,
        429,
        'A itself waits',
      );
      const b = await login(app, 'owner@example.org', PASSWORD, via('198.51.100.99'));
      assert.equal(b.statusCode, 303);
      assert.ok(cookieLine(b, 'vigil_session').length > 20);
      const stored = await t.handle.db
        .selectFrom('users')
        .select(['failed_logins', 'locked_until'])
        .where('email', '=', 'owner@example.org')
        .executeTakeFirstOrThrow();
      assert.equal(stored.locked_until, null);
    });

    it('does not let failures from one address (against many accounts) block another address', async () => {
      const app = await appWith({ trustProxy: [PROXY] });
      for (let n = 0; n < 60; n++) await login(app, `nobody${n}@example.org`, 'wrong', via('203.0.113.5'));
      assert.equal(
        (await login(app, 'someone@example.org', 'wrong', via('203.0.113.5'))).statusCode,
        429,
        'the address is capped across accounts',
      );
      assert.equal((await login(app, 'spray@example.org', PASSWORD, via('203.0.113.6'))).statusCode, 303);
    });

    it('grows the wait of an (account, address) pair with each further failure', async () => {
      const app = await appWith({ trustProxy: [PROXY] });
      const from = via('192.0.2.9');
      for (let n = 0; n < 3; n++) assert.equal((await login(app, 'grow@example.org', 'wrong', from)).statusCode, 401);
      const first = await login(app, 'grow@example.org', 'wrong', from);
      assert.equal(first.statusCode, 429);
      assert.equal(first.headers['retry-after'], '1');
      skew += 1000;
      assert.equal(
        (await login(app, 'grow@example.org', 'wrong', from)).statusCode,
        401,
        'one second later, one more try',
      );
      const second = await login(app, 'grow@example.org', 'wrong', from);
      assert.equal(second.statusCode, 429);
      assert.equal(second.headers['retry-after'], '2');
      skew += 1000;
      assert.equal(
        (await login(app, 'grow@example.org', PASSWORD, from)).statusCode,
        429,
        'still waiting after one second',
      );
      skew += 1000;
      assert.equal((await login(app, 'grow@example.org', 'wrong', from)).statusCode, 401);
      assert.equal((await login(app, 'grow@example.org', 'wrong', from)).headers['retry-after'], '4');
      skew += 4000;
      assert.equal(
        (await login(app, 'grow@example.org', PASSWORD, from)).statusCode,
        303,
        'the right password after the wait',
      );
    });
  });
}
