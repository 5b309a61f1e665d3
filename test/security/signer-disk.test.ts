// Signers' and co-signatories' addresses and their live links are never on disk in clear (SECURITY.md, property 2): after a
// public signing, a co-signatory invitation and its answer, with every mail sent by the worker, neither the SQLite file, its
// WAL nor a fresh `vigil backup` holds an address or a token, and on PostgreSQL no row of any table does. The files are
// owner-only under the usual umask 022; the outbox holds the mails (by design) and is owner-only too.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { answerCoSignatory } from '../../src/commands/appeals/answer-co-signatory.ts';
import { createAppeal } from '../../src/commands/appeals/create-appeal.ts';
import { inviteCoSignatory } from '../../src/commands/appeals/invite-co-signatory.ts';
import { vigil } from '../support/cli.ts';
import { DIALECTS, testCtx, testDb, type TestDb } from '../support/db.ts';
import { confirmPathIn, drainJobs, insertAppeal, outbox, signonApp, workerCtx } from '../signon/helpers.ts';

/** Where each needle occurs in a file's bytes, as readable lines (empty when none does). */
function hitsIn(file: string, needles: string[]): string[] {
  const bytes = fs.readFileSync(file);
  const found: string[] = [];
  for (const n of needles) {
    for (const form of new Set([n, n.toLowerCase()])) {
      if (bytes.indexOf(Buffer.from(form, 'utf8')) !== -1) found.push(`${path.basename(file)} holds ${form}`);
    }
  }
  return found;
}

const mode = (file: string) => (fs.statSync(file).mode & 0o777).toString(8);

for (const dialect of DIALECTS) {
  describe(`signers' addresses and links on disk (${dialect})`, () => {
    let t: TestDb;
    let oldUmask = 0;
    const suffix = randomBytes(5).toString('hex');
    const signer = `Disk.Signer.${suffix}@Example.org`;
    const coSigner = `cosigner.${suffix}@example.net`;
    /** Every address and live token the flow produced: none of them may be found. */
    const needles: string[] = [signer, coSigner, `disk.signer.${suffix}`, `cosigner.${suffix}`];

    before(async () => {
      // The usual umask: files created with default modes would be readable by everyone.
      oldUmask = process.umask(0o022);
      t = await testDb(dialect);
      const app = await signonApp(t);
      try {
        const appeal = await insertAppeal(t);
        const res = await app.inject({
          method: 'POST',
          url: `/api/v1/appeals/${appeal.slug}/signatures`,
          payload: { name: 'Disk Signer', country: 'FR', email: signer, showName: false },
        });
        assert.equal(res.statusCode, 202, res.body);
        // A second signing with the same address gets a fresh link, which replaces the first.
        await app.inject({
          method: 'POST',
          url: `/api/v1/appeals/${appeal.slug}/signatures`,
          payload: { name: 'Disk Signer', country: 'FR', email: signer, showName: false },
        });
        const ctx = testCtx(t);
        const draft = await createAppeal(ctx, {
          title: 'A letter to co-sign',
          texts: [{ lang: 'en', title: 'Letter', body: 'Text' }],
        });
        await inviteCoSignatory(ctx, draft.id, { kind: 'person', email: coSigner, name: 'A Co-signer' });
        await drainJobs(workerCtx(t));
        const invitation = outbox(t).find((m) => m.text.includes('/co-sign/'))!;
        const inviteToken = /\/co-sign\/([A-Za-z0-9_-]+)/.exec(invitation.text)![1]!;
        await answerCoSignatory(ctx, inviteToken, { action: 'confirm', name: 'A Co-signer' });
        await drainJobs(workerCtx(t));

        const mails = outbox(t);
        const signerMails = mails.filter((m) => m.to.toLowerCase().includes(signer.toLowerCase()));
        assert.equal(signerMails.length, 2, 'both confirmation messages were sent');
        const links = signerMails.map((m) => confirmPathIn(m.text));
        const coSignLinks = mails.flatMap((m) =>
          [...m.text.matchAll(/\/co-sign\/([A-Za-z0-9_-]+)/g)].map((x) => x[1]!),
        );
        assert.equal(coSignLinks.length, 2, 'the invitation and the link to withdraw');
        needles.push(...links.map((l) => l.split('/').at(-1)!), ...coSignLinks);
        // Confirming the latest link writes the signature again; the page's answer is not what this test is about.
        await app.inject({
          method: 'POST',
          url: links.at(-1)!,
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          payload: '',
        });
        await drainJobs(workerCtx(t));
      } finally {
        await app.close();
      }
    });
    after(async () => {
      process.umask(oldUmask);
      await t?.cleanup();
    });

    if (dialect === 'sqlite') {
      it('leaves no address or token in the database file or its WAL, before and after a checkpoint', () => {
        if (t.config.database.dialect !== 'sqlite') throw new Error('expected SQLite');
        const file = t.config.database.file;
        assert.ok(fs.statSync(`${file}-wal`).size > 0, 'the WAL holds the recent writes');
        const files = () => [file, `${file}-wal`].filter((f) => fs.existsSync(f));
        assert.deepEqual(
          files().flatMap((f) => hitsIn(f, needles)),
          [],
        );
        t.handle.rawSqlite!.pragma('wal_checkpoint(PASSIVE)');
        assert.deepEqual(
          files().flatMap((f) => hitsIn(f, needles)),
          [],
        );
      });

      it('makes the database, its WAL and shared memory owner-only under umask 022', () => {
        if (t.config.database.dialect !== 'sqlite') throw new Error('expected SQLite');
        const file = t.config.database.file;
        for (const f of [file, `${file}-wal`, `${file}-shm`]) assert.equal(mode(f), '600', f);
      });

      it('writes a backup with `vigil backup` that is owner-only, has no free pages nor WAL, and holds no address or token', () => {
        const target = path.join(t.dir, 'backups', 'copy.db');
        const run = vigil(['backup', target], { VIGIL_DATA_DIR: t.dir });
        assert.equal(run.code, 0, run.stderr);
        assert.equal(mode(target), '600');
        assert.equal(fs.existsSync(`${target}-wal`), false);
        assert.equal(fs.existsSync(`${target}.partial`), false);
        assert.deepEqual(hitsIn(target, needles), []);
        // The copy is a whole database: the signature and the co-signatory are in it, sealed.
        const header = fs.readFileSync(target).subarray(0, 16).toString('latin1');
        assert.equal(header, 'SQLite format 3\u0000');
        const freePages = fs.readFileSync(target).readUInt32BE(36);
        assert.equal(freePages, 0, 'VACUUM INTO leaves no free pages');
      });
    }

    if (dialect === 'postgres') {
      it('keeps no address or token in clear in any row of any table', async () => {
        const schema = (await sql<{ s: string }>`select current_schema() as s`.execute(t.handle.db)).rows[0]!.s;
        const tables = (
          await sql<{
            name: string;
          }>`select table_name as name from information_schema.tables where table_schema = ${schema} and table_type = 'BASE TABLE'`.execute(
            t.handle.db,
          )
        ).rows.map((r) => r.name);
        assert.ok(tables.includes('jobs') && tables.includes('signatures') && tables.includes('co_signatories'));
        let dump = '';
        for (const name of tables) {
          const rows = await sql<{
            row: string;
          }>`select r::text as row from ${sql.table(`${schema}.${name}`)} r`.execute(t.handle.db);
          dump += rows.rows.map((r) => `${name}: ${r.row}`).join('\n');
        }
        assert.ok(
          dump.includes('Disk Signer') || dump.includes('A Co-signer'),
          'the dump reads the tables the flow wrote',
        );
        const found = needles.flatMap((n) => [...new Set([n, n.toLowerCase()])].filter((form) => dump.includes(form)));
        assert.deepEqual(found, []);
      });
    }

    it('keeps the outbox (which holds the mails, by design) owner-only', () => {
      const dir = t.config.outboxDir;
      assert.equal(mode(dir), '700');
      const files = fs.readdirSync(dir);
      assert.ok(files.length >= 4);
      for (const f of files) assert.equal(mode(path.join(dir, f)), '600', f);
    });
  });
}
