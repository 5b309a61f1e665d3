// Signers are private by default: every GET route, filled with a real appeal and a real confirmation link, requested by
// the public and every role, never shows a signer's email address, nor a name its signer did not agree to show, and the
// public never sees a comment. Neither do the logs, the stored rows (the address is encrypted) or sent jobs.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { FileStore } from '../../src/files.ts';
import { buildApp } from '../../src/server.ts';
import { createLogger } from '../../src/logger.ts';
import { bearer, tokenFor } from '../support/app.ts';
import { DIALECTS, testDb, type TestDb } from '../support/db.ts';
import { confirmPathIn, drainJobs, insertAppeal, outbox, workerCtx } from '../signon/helpers.ts';

type Role = 'public' | 'viewer' | 'editor' | 'coordinator' | 'admin';

for (const dialect of DIALECTS) {
  describe(`signers' data in every channel (${dialect})`, () => {
    const suffix = randomBytes(5).toString('hex');
    const EMAIL = `leakmail${suffix}`; // the local part of signers' addresses
    const NAME = `Hiddenname${suffix}`; // a signer who did not agree to show the name
    const COMMENT = `Commentmark${suffix}`;
    let t: TestDb;
    let app: FastifyInstance;
    const logLines: string[] = [];
    const seen: { role: Role; url: string; status: number; text: string }[] = [];
    let pendingLink = '';

    before(async () => {
      t = await testDb(dialect);
      const log = createLogger(
        { logLevel: 'trace' },
        new Writable({
          write(chunk: Buffer, _e, done) {
            logLines.push(chunk.toString('utf8'));
            done();
          },
        }),
      );
      const config = { ...t.config, signon: { ...t.config.signon, ipLimit: 0, appealLimit: 0 } };
      app = await buildApp({
        config,
        db: t.handle.db,
        files: new FileStore(config.filesDir),
        log,
        now: () => new Date(),
        keyring: t.keyring,
      });
      const tokens: Partial<Record<Role, string>> = {};
      for (const role of ['viewer', 'editor', 'coordinator', 'admin'] as const) tokens[role] = await tokenFor(t, role);
      const appeal = await insertAppeal(t);
      const sign = (email: string, name: string, showName: boolean) =>
        app.inject({
          method: 'POST',
          url: `/api/v1/appeals/${appeal.slug}/signatures`,
          payload: { name, country: 'KZ', email, showName, comment: COMMENT },
        });
      await sign(`${EMAIL}.a@example.org`, NAME, false);
      await sign(`${EMAIL}.b@example.org`, 'Shown Signer', true);
      await drainJobs(workerCtx(t));
      for (const m of outbox(t))
        await app.inject({
          method: 'POST',
          url: confirmPathIn(m.text),
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          payload: '',
        });
      await sign(`${EMAIL}.c@example.org`, NAME, false);
      await drainJobs(workerCtx(t));
      pendingLink = confirmPathIn(outbox(t).at(-1)!.text);
      const token = pendingLink.split('/').at(-1)!;

      const values: Record<string, string[]> = {
        id: [appeal.id, appeal.slug],
        slug: [appeal.slug],
        token: [token],
        locale: ['en'],
        '*': ['app.css'],
      };
      for (const route of app.vigilRoutes.filter((r) => r.method === 'GET')) {
        const params = [...route.url.matchAll(/:(\w+)|\*/g)].map((m) => m[1] ?? '*');
        // Routes with other parameters do not take an appeal; the leak matrix covers them.
        if (params.some((p) => !values[p])) continue;
        let urls = [route.url];
        for (const p of params)
          urls = urls.flatMap((u) =>
            values[p]!.map((v) => u.replace(p === '*' ? '*' : `:${p}`, encodeURIComponent(v))),
          );
        for (const url of urls) {
          for (const role of ['public', 'viewer', 'editor', 'coordinator', 'admin'] as const) {
            const res = await app.inject({ url, headers: role === 'public' ? {} : bearer(tokens[role]!) });
            seen.push({ role, url, status: res.statusCode, text: `${JSON.stringify(res.headers)}\n${res.body}` });
          }
        }
      }
    });
    after(async () => {
      await app?.close();
      await t?.cleanup();
    });

    it('requests the sign-on routes with real values', () => {
      const ok = (re: RegExp, role: Role) => seen.some((s) => re.test(s.url) && s.role === role && s.status === 200);
      assert.ok(ok(/\/signatures\.csv$/, 'coordinator'));
      assert.ok(ok(/\/signatures\/summary$/, 'admin'));
      assert.ok(ok(/\/confirm\//, 'public'), 'the pending confirmation page');
      assert.ok(ok(/\/sign$/, 'public'));
      const csv = seen.find((s) => /\.csv$/.test(s.url) && s.role === 'coordinator')!;
      assert.ok(csv.text.includes('Shown Signer') && csv.text.includes(COMMENT), 'the CSV is looked at where data is');
    });

    it('never shows an email address or a hidden name to anyone, nor a comment to the public and other roles', () => {
      for (const s of seen) {
        assert.ok(!s.text.includes(EMAIL), `${s.role} ${s.url} (${s.status}) shows a signer's email`);
        // The confirmation page shows the pending signature's own details to whoever holds its secret link, which only
        // reached the signer's mailbox: that is how the owner sees what the button confirms.
        if (/\/confirm\//.test(s.url)) continue;
        assert.ok(!s.text.includes(NAME), `${s.role} ${s.url} (${s.status}) shows a name its signer kept private`);
        if (s.role === 'public' || s.role === 'viewer' || s.role === 'editor')
          assert.ok(!s.text.includes(COMMENT), `${s.role} ${s.url} shows a comment`);
      }
    });

    it('keeps addresses and confirmation tokens out of the logs', () => {
      const text = logLines.join('');
      assert.ok(logLines.length > seen.length);
      assert.ok(!text.includes(EMAIL));
      assert.ok(!text.includes(NAME));
      assert.ok(!text.includes(pendingLink.split('/').at(-1)!), 'a confirmation token is not logged');
    });

    it('stores addresses only encrypted, and empties the jobs of sent messages', async () => {
      const rows = await t.handle.db.selectFrom('signatures').selectAll().execute();
      assert.equal(rows.length, 3);
      assert.ok(!JSON.stringify(rows).includes(EMAIL), 'no address in clear at rest');
      const jobs = await t.handle.db.selectFrom('jobs').selectAll().execute();
      assert.ok(!JSON.stringify(jobs).includes(EMAIL), 'no address left in sent jobs');
    });
  });
}
