// Table sections read files written before a column was added: a `later` column may be absent and reads as null,
// while any other column stays required.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Keyring } from '../../crypto/field-cipher.ts';
import { exportToRows, sectionSchema, TABLE_SECTIONS } from './table-sections.ts';

const users = TABLE_SECTIONS.find((s) => s.section === 'users')!;
const user = {
  id: '01J0000000000000000000000U',
  email: 'a@example.org',
  displayName: null,
  role: 'viewer',
  status: 'active',
  createdAt: '2026-01-01',
  updatedAt: '2026-01-01',
};
// Users carry no sealed value: the keyring is never asked for anything.
const keyring = {} as Keyring;

describe('table sections across versions', () => {
  it('read a user without the language column (an older export) as having none', () => {
    const parsed = sectionSchema(users).parse(user);
    assert.equal(exportToRows(users, parsed, keyring).row.lang, null);
  });

  it('keep a language that is there, and refuse one that is not an interface language', () => {
    assert.equal(exportToRows(users, sectionSchema(users).parse({ ...user, lang: 'kk' }), keyring).row.lang, 'kk');
    assert.equal(sectionSchema(users).safeParse({ ...user, lang: 'de' }).success, false);
  });

  it('still require the columns that were there from the start', () => {
    const { email: _e, ...withoutEmail } = user;
    assert.equal(sectionSchema(users).safeParse(withoutEmail).success, false);
  });
});
