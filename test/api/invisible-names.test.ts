// Names made only of what a reader cannot see (zero-width and bidi characters, lone combining marks, spaces) are refused
// with a 400 validation error wherever a name is given: persons, organisations, signers, co-signatories and users.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { addUser } from '../../src/commands/users/add-user.ts';
import { hasVisibleCharacter, NameSchema } from '../../src/domain/common.ts';
import {
  CoSignatoryAnswerSchema,
  CoSignatoryInviteSchema,
  CoSignatoryRecordSchema,
} from '../../src/domain/co-signatory.ts';
import { SignInputSchema } from '../../src/domain/signature.ts';
import { UserInputSchema } from '../../src/domain/user.ts';
import { AppError } from '../../src/errors.ts';
import { bearer, testApp, tokenFor } from '../support/app.ts';
import { DIALECTS, testCtx, testDb, type TestDb } from '../support/db.ts';
import { buildOrganisation, buildPerson } from '../support/factories.ts';

/** Names that look blank. */
const INVISIBLE = [
  '\u200b',
  '\u200b\u200c\u200d',
  '\u200e\u200f',
  '\u2060',
  '\ufeff\u200b',
  '\u202a\u202e\u202c',
  '\u2066\u2069',
  '\u0301',
  '\u0301\u0308',
  ' \u00a0\u2003 ',
  '\u3000',
  '\u180e',
  '\u034f',
  '\ufe0f',
  '\u3164',
  '\u200b \u0301 \u2060',
];
/** Names with something to see, among them ones that carry invisible or combining characters legitimately. */
const VISIBLE = ['Ана', 'Jos\u0065\u0301', '\u200fمحمد\u200f', 'Zoë', 'X', '李', 'O\u2019Brien'];

describe('visible names', () => {
  it('tells a blank-looking text from a name', () => {
    for (const s of INVISIBLE) assert.equal(hasVisibleCharacter(s), false, JSON.stringify(s));
    for (const s of VISIBLE) assert.equal(hasVisibleCharacter(s), true, JSON.stringify(s));
  });

  it('is required by every schema that takes a name', () => {
    const sign = { country: 'KZ', email: 'a@example.org' };
    const cosign = { kind: 'organisation', email: 'b@example.org' };
    for (const name of INVISIBLE) {
      assert.equal(NameSchema.safeParse({ full: name }).success, false);
      assert.equal(SignInputSchema.safeParse({ ...sign, name }).success, false);
      assert.equal(CoSignatoryInviteSchema.safeParse({ ...cosign, name }).success, false);
      assert.equal(CoSignatoryRecordSchema.safeParse({ ...cosign, name }).success, false);
      assert.equal(CoSignatoryAnswerSchema.safeParse({ name }).success, false);
      assert.equal(
        UserInputSchema.safeParse({ email: 'c@example.org', role: 'editor', displayName: name }).success,
        false,
      );
    }
    for (const name of VISIBLE) {
      assert.equal(NameSchema.safeParse({ full: name }).success, true, name);
      assert.equal(SignInputSchema.safeParse({ ...sign, name }).success, true, name);
      assert.equal(CoSignatoryAnswerSchema.safeParse({ name }).success, true, name);
    }
  });
});

for (const dialect of DIALECTS) {
  describe(`invisible names are a 400 (${dialect})`, () => {
    let t: TestDb;
    let app: FastifyInstance;
    let token: string;
    before(async () => {
      t = await testDb(dialect);
      app = await testApp(t);
      token = await tokenFor(t, 'editor');
    });
    after(async () => {
      await app?.close();
      await t?.cleanup();
    });

    it('refuses them for persons and organisations through the API, and writes nothing', async () => {
      const before = await t.handle.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      for (const full of INVISIBLE) {
        for (const [url, payload] of [
          ['/api/v1/persons', buildPerson({ names: [{ full }] })],
          ['/api/v1/organisations', buildOrganisation({ names: [{ full }] })],
        ] as const) {
          const res = await app.inject({ method: 'POST', url, headers: bearer(token), payload });
          assert.equal(res.statusCode, 400, `${url} ${JSON.stringify(full)}`);
          const error = res.json<{ error: { code: string; message: string } }>().error;
          assert.equal(error.code, 'validation_failed');
          assert.match(error.message, /visible character|must not be empty/);
        }
      }
      const afterCount = await t.handle.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      assert.equal(Number(afterCount.n), Number(before.n));
      const ok = await app.inject({
        method: 'POST',
        url: '/api/v1/persons',
        headers: bearer(token),
        payload: buildPerson({ names: [{ full: '\u200fمحمد\u200f' }] }),
      });
      assert.equal(ok.statusCode, 201);
    });

    it('refuses them for users', async () => {
      await assert.rejects(
        addUser(testCtx(t), { email: 'blank@example.org', role: 'viewer', displayName: '\u200b\u2060' }, false),
        (err: unknown) => err instanceof AppError && err.code === 'validation_failed',
      );
    });
  });
}
