import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canonicalEmail, emailDomain, EmailSchema } from './email.ts';

describe('canonical email addresses', () => {
  it('ignores case and surrounding space', () => {
    assert.equal(canonicalEmail('  Anna.Smith@Example.ORG '), 'anna.smith@example.org');
  });

  it('drops a +tag at any provider', () => {
    assert.equal(canonicalEmail('anna+vigil@example.org'), 'anna@example.org');
    assert.equal(canonicalEmail('anna+a+b@outlook.com'), 'anna@outlook.com');
    assert.equal(canonicalEmail('+anna@example.org'), '+anna@example.org', 'a local part that starts with + keeps it');
  });

  it('drops dots at Gmail and treats googlemail.com as gmail.com', () => {
    assert.equal(canonicalEmail('A.N.N.A.Smith+x@googlemail.com'), 'annasmith@gmail.com');
    assert.equal(canonicalEmail('anna.smith@gmail.com'), canonicalEmail('AnnaSmith@GMAIL.com'));
  });

  it('keeps dots where the provider does not ignore them', () => {
    assert.notEqual(canonicalEmail('anna.smith@example.org'), canonicalEmail('annasmith@example.org'));
    assert.notEqual(canonicalEmail('anna.smith@outlook.com'), canonicalEmail('annasmith@outlook.com'));
  });

  it('resolves alias domains of Yandex and Proton, where dots and hyphens are alike at Yandex', () => {
    assert.equal(canonicalEmail('ivan.petrov@ya.ru'), 'ivan-petrov@yandex.ru');
    assert.equal(canonicalEmail('Ivan-Petrov@yandex.kz'), 'ivan-petrov@yandex.ru');
    assert.equal(canonicalEmail('anna@pm.me'), canonicalEmail('anna@protonmail.com'));
  });

  it('writes internationalised domains in ASCII and drops a final dot', () => {
    assert.equal(emailDomain('user@Пример.РФ'), 'xn--e1afmkfd.xn--p1ai');
    assert.equal(canonicalEmail('user@example.org.'), 'user@example.org');
  });

  it('validates the address as typed', () => {
    assert.equal(EmailSchema.safeParse(' anna@example.org ').data, 'anna@example.org');
    for (const bad of ['anna', 'anna@', '@example.org', 'a b@example.org', `${'a'.repeat(250)}@example.org`]) {
      assert.equal(EmailSchema.safeParse(bad).success, false, bad);
    }
  });
});
