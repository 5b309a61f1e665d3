// A whole installation (register, appeals, co-signatories, signatures, deny rules, occasions, a frozen briefing, users,
// a person merge) survives export → import → export byte for byte, on either dialect and from one to the other; secrets
// never reach the file; a bad object leaves the database unchanged; a file sealed under another key is refused.
import assert from 'node:assert/strict';
import { Readable, Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { after, before, describe, it } from 'node:test';
import { ulid } from 'ulid';
import type { Ctx } from '../../src/context.ts';
import { createAppeal } from '../../src/commands/appeals/create-appeal.ts';
import { inviteCoSignatory } from '../../src/commands/appeals/invite-co-signatory.ts';
import { freezeBriefing } from '../../src/commands/briefings/freeze-briefing.ts';
import { loadDemo } from '../../src/commands/demo/load-demo.ts';
import { mergePersons } from '../../src/commands/persons/merge-persons.ts';
import { createRecord } from '../../src/commands/records/create-record.ts';
import { personDef } from '../../src/records/registry.ts';
import { addDenyRule } from '../../src/commands/signatures/deny-rules.ts';
import { importJson } from '../../src/commands/transfer/import-json.ts';
import { addUser } from '../../src/commands/users/add-user.ts';
import type { Keyring } from '../../src/crypto/field-cipher.ts';
import { AppError } from '../../src/errors.ts';
import { exportJson } from '../../src/commands/transfer/export-json.ts';
import { DIALECTS, testCtx, testDb, type TestDb } from '../support/db.ts';
import { buildPerson } from '../support/factories.ts';

const PASSWORD = 'correct horse battery staple 42';
const TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const SIGNER = 'olga.signer@example.net';
const CO_SIGNER = 'board@rights.example.org';

/** The key file of the source installation, given to every target that must open its sealed values. */
const withKeys = (t: TestDb, keyring: Keyring): Ctx => ({ ...testCtx(t), keyring });

/** Fills an installation with a bit of everything an organisation keeps. */
async function populate(t: TestDb): Promise<void> {
  const ctx = testCtx(t);
  await loadDemo(ctx);
  const { user } = await addUser(
    ctx,
    { email: 'editor@example.org', role: 'editor', displayName: 'Ада' },
    false,
    PASSWORD,
  );
  await t.handle.db
    .updateTable('users')
    .set({ totp_secret: TOTP_SECRET, totp_enabled: 1 })
    .where('id', '=', user.id)
    .execute();
  const draft = await createAppeal(ctx, {
    title: 'Release the journalists',
    texts: [{ lang: 'en', title: 'Release them', body: 'We ask **you**.' }],
  });
  await inviteCoSignatory(ctx, draft.id, { kind: 'organisation', email: CO_SIGNER, name: 'Rights Watch', lang: 'ru' });
  const published = await t.handle.db
    .selectFrom('appeals')
    .select('id')
    .where('status', '=', 'published')
    .executeTakeFirstOrThrow();
  const now = new Date().toISOString();
  for (const [status, email] of [
    ['confirmed', SIGNER],
    ['pending', 'second@example.com'],
  ] as const) {
    const id = ulid();
    await t.handle.db
      .insertInto('signatures')
      .values({
        id,
        appeal_id: published.id,
        status,
        name: 'Ольга',
        country: 'KZ',
        comment: null,
        show_name: 1,
        email_sealed: t.keyring.encrypt(email, id),
        email_hash: t.keyring.mac(email),
        email_domain: email.split('@')[1]!,
        network_hint: t.keyring.mac('198.51.100.0/24'),
        token_hash: status === 'pending' ? `${'a'.repeat(63)}${status.length}` : null,
        created_at: now,
        confirmed_at: status === 'confirmed' ? now : null,
        invalidated_at: null,
        invalidated_reason: null,
        anonymised_at: null,
      })
      .execute();
  }
  await addDenyRule(ctx, { kind: 'email_domain', value: 'throwaway.example', note: 'bulk sign-ups' });
  await addDenyRule(ctx, { kind: 'ip_range', value: '203.0.113.0/24' });
  const event = await t.handle.db.selectFrom('events').select('id').orderBy('id').executeTakeFirstOrThrow();
  await t.handle.db
    .insertInto('follows')
    .values({ id: ulid(), user_id: user.id, kind: 'country', value: 'KZ', days_before: 3, created_at: now })
    .execute();
  await t.handle.db
    .insertInto('reminders_sent')
    .values({ user_id: user.id, event_id: event.id, sent_at: now })
    .execute();
  await freezeBriefing(ctx, { country: 'KZ', asOf: '2014-12-01' });
  const a = await createRecord(ctx, personDef, buildPerson({ restricted: { contact: 'через адвоката' } }));
  const b = await createRecord(ctx, personDef, buildPerson());
  await mergePersons(ctx, { survivorId: b.id, mergedId: a.id, reason: 'the same woman' });
}

/** Exports into a string. */
async function exportText(ctx: Ctx, withoutSignerAddresses = false): Promise<string> {
  const chunks: Buffer[] = [];
  const out = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk);
      done();
    },
  });
  await exportJson(ctx, out, { withoutSignerAddresses });
  out.end();
  await finished(out);
  return Buffer.concat(chunks).toString('utf8');
}

const importText = (ctx: Ctx, text: string) => importJson(ctx, Readable.from([Buffer.from(text)]));

const TABLES = [
  'users',
  'appeals',
  'co_signatories',
  'signatures',
  'deny_rules',
  'briefings',
  'follows',
  'reminders_sent',
  'audit_log',
  'persons',
] as const;
async function counts(t: TestDb): Promise<number[]> {
  const out: number[] = [];
  for (const table of TABLES)
    out.push(
      Number(
        (
          await t.handle.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    );
  return out;
}

type Doc = Record<string, Record<string, unknown>[]>;
function render(doc: Doc & { format?: unknown; version?: unknown }): string {
  const sections = Object.entries(doc).filter(([, v]) => Array.isArray(v));
  return `{"format":"vigil-export","version":3${sections.map(([k, v]) => `,\n"${k}":[${(v as unknown[]).map((r) => `\n${JSON.stringify(r)}`).join(',')}\n]`).join('')}\n}\n`;
}

// As in the register's own import test, each test keeps at most one PostgreSQL database open at a time.
for (const dialect of DIALECTS) {
  describe(`full export and import (from ${dialect})`, () => {
    let text: string;
    let bare: string;
    let keyring: Keyring;
    let appealDocs: number;
    before(async () => {
      const source = await testDb(dialect);
      try {
        await populate(source);
        keyring = source.keyring;
        appealDocs = (
          await source.handle.db
            .selectFrom('search_docs')
            .select('record_id')
            .where('record_type', '=', 'appeal')
            .execute()
        ).length;
        text = await exportText(testCtx(source));
        bare = await exportText(testCtx(source), true);
      } finally {
        await source.cleanup();
      }
    });

    it('holds every section, and no secret or clear address', () => {
      const doc = JSON.parse(text) as Doc;
      const n = (s: string) => doc[s]!.length;
      assert.deepEqual(
        [
          n('users'),
          n('appeals'),
          n('signatures'),
          n('denyRules'),
          n('briefings'),
          n('follows'),
          n('remindersSent'),
          n('personMerges'),
        ],
        [1, 2, 2, 2, 1, 1, 1, 1],
      );
      assert.ok(
        doc.coSignatories!.some((c) => c.status === 'invited' && String(c.emailSealed).startsWith('v1:')),
        'the invited co-signatory keeps a sealed address',
      );
      const opened = (doc.personMerges![0]!.snapshot as { merged: { row: Record<string, unknown> } }).merged.row;
      assert.deepEqual(
        [opened.restricted_data, JSON.parse(String(opened.restricted_data_open))],
        [null, { contact: 'через адвоката' }],
        'merge snapshots go out opened, as records do',
      );
      assert.deepEqual(Object.keys(doc.users![0]!), [
        'id',
        'email',
        'displayName',
        'role',
        'status',
        'createdAt',
        'updatedAt',
        'lang',
      ]);
      assert.deepEqual(
        doc.sealedUnder!.map((k) => k.keyId),
        keyring.ids.sort(),
      );
      const appeal = doc.appeals!.find((a) => a.title === 'Release the journalists')!;
      assert.deepEqual(appeal.texts, [{ lang: 'en', title: 'Release them', body: 'We ask **you**.' }]);
      assert.ok(
        doc.appeals!.some((a) => a.annexFrozen !== null),
        'the published appeal keeps its frozen annex',
      );
      assert.deepEqual(doc.signatures!.map((s) => s.status).sort(), ['confirmed', 'pending']);
      for (const secret of [TOTP_SECRET, SIGNER, CO_SIGNER, '$argon2', 'second@example.com']) {
        assert.equal(text.includes(secret), false, `${secret} is not in the export`);
        assert.equal(bare.includes(secret), false, `${secret} is not in the export without addresses`);
      }
      assert.ok(
        doc.signatures!.every((s) => typeof s.emailSealed === 'string' && String(s.emailSealed).startsWith('v1:')),
      );
    });

    it('without addresses, leaves out every sealed address and its digests', () => {
      const doc = JSON.parse(bare) as Doc;
      for (const s of doc.signatures!)
        assert.deepEqual(
          ['emailSealed', 'emailHash', 'networkHint'].filter((k) => k in s),
          [],
        );
      for (const c of doc.coSignatories!) assert.equal('emailSealed' in c, false);
    });

    for (const target of DIALECTS) {
      it(`imports into an empty ${target} database and exports the same bytes again`, async () => {
        const t = await testDb(target);
        try {
          const ctx = withKeys(t, keyring);
          const n = await importText(ctx, text);
          assert.equal(n.signatures, 2);
          assert.equal(await exportText(ctx), text);
          const user = await t.handle.db.selectFrom('users').selectAll().executeTakeFirstOrThrow();
          assert.deepEqual(
            [user.password_hash, user.totp_secret, user.totp_enabled],
            [null, null, 0],
            'an imported user sets a password anew',
          );
          const audit = await t.handle.db
            .selectFrom('audit_log')
            .select('action')
            .where('action', 'in', ['signature.import', 'appeal.import', 'user.import'])
            .execute();
          assert.equal(audit.length, 2 + 2 + 1);
          const found = await t.handle.db
            .selectFrom('search_docs')
            .select('record_id')
            .where('record_type', '=', 'appeal')
            .execute();
          assert.ok(appealDocs > 0);
          assert.equal(found.length, appealDocs, 'imported appeals are in the search index');
        } finally {
          await t.cleanup();
        }
      });

      it(`imports the file without addresses into ${target} under another key, and exports it again the same`, async () => {
        const t = await testDb(target);
        try {
          await importText(testCtx(t), bare);
          const rows = await t.handle.db
            .selectFrom('signatures')
            .select(['status', 'email_sealed', 'email_hash'])
            .orderBy('id')
            .execute();
          assert.deepEqual(
            rows.map((r) => [r.email_sealed, r.email_hash.startsWith('withheld:')]),
            [
              [null, true],
              [null, true],
            ],
          );
          assert.equal(await exportText(testCtx(t), true), bare);
        } finally {
          await t.cleanup();
        }
      });
    }

    describe('refuses and leaves the database unchanged', () => {
      let t: TestDb;
      before(async () => {
        t = await testDb(dialect);
      });
      after(async () => {
        await t?.cleanup();
      });

      const refuses = async (ctx: Ctx, input: string, pattern: RegExp, code = 'validation_failed') => {
        const before = await counts(t);
        await assert.rejects(importText(ctx, input), (err: unknown) => {
          assert.ok(err instanceof AppError, String(err));
          assert.equal(err.code, code);
          assert.match(err.message, pattern);
          return true;
        });
        assert.deepEqual(await counts(t), before);
      };
      const changed = (edit: (doc: Doc) => void) => {
        const doc = JSON.parse(text) as Doc;
        edit(doc);
        return render(doc);
      };

      it('a file sealed under another key file', async () => {
        await refuses(
          testCtx(t),
          text,
          /^(coSignatories|signatures)\[\d+\] \(id \w+\): sealed under key ".+", which this installation's key file does not hold/,
          'conflict',
        );
      });

      it('a file whose key fingerprint is not the one this database keeps', async () => {
        const forged = changed((doc) => {
          for (const k of doc.sealedUnder!) k.fingerprint = '0'.repeat(32);
        });
        await refuses(
          withKeys(t, keyring),
          forged,
          /^(coSignatories|signatures)\[\d+\] \(id \w+\): sealed under another key/,
          'conflict',
        );
      });

      for (const [section, edit, pattern] of [
        [
          'appeals',
          (r: Record<string, unknown>) => {
            r.status = 'vanished';
          },
          /status: /,
        ],
        [
          'coSignatories',
          (r: Record<string, unknown>) => {
            r.appealId = ulid();
          },
          /refers to a record that is not/,
        ],
        [
          'signatures',
          (r: Record<string, unknown>) => {
            r.showName = 'yes';
          },
          /showName: /,
        ],
        [
          'denyRules',
          (r: Record<string, unknown>) => {
            r.kind = 'country';
          },
          /kind: /,
        ],
        [
          'briefings',
          (r: Record<string, unknown>) => {
            r.colour = 'red';
          },
          /colour/,
        ],
        [
          'users',
          (r: Record<string, unknown>) => {
            r.passwordHash = '$argon2id$…';
          },
          /passwordHash/,
        ],
        [
          'follows',
          (r: Record<string, unknown>) => {
            r.userId = ulid();
          },
          /refers to a record that is not/,
        ],
        [
          'personMerges',
          (r: Record<string, unknown>) => {
            delete r.reason;
          },
          /reason: /,
        ],
      ] as const) {
        it(`a bad object in ${section}, named by section, index and id`, async () => {
          let id = '';
          const input = changed((doc) => {
            const r = doc[section]!.at(-1)!;
            id = String(r.id);
            edit(r);
          });
          const index = (JSON.parse(text) as Doc)[section]!.length - 1;
          await refuses(
            withKeys(t, keyring),
            input,
            new RegExp(`^${section}\\[${index}\\] \\(id ${id}\\): .*${pattern.source}`),
          );
        });
      }
    });
  });
}
