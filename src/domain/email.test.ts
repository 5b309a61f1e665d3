import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canonicalEmail, emailDomain, EmailSchema, PLUS_ADDRESSING_DOMAINS } from './email.ts';

describe('canonical email addresses', () => {
  it('ignores case and surrounding space', () => {
    assert.equal(canonicalEmail('  Anna.Smith@Example.ORG '), 'anna.smith@example.org');
  });

  it('drops a +tag only at providers that deliver sub-addresses to the same mailbox', () => {
    assert.equal(canonicalEmail('anna+a+b@outlook.com'), 'anna@outlook.com');
    for (const domain of [
      'gmail.com',
      'googlemail.com',
      'hotmail.com',
      'live.com',
      'msn.com',
      'icloud.com',
      'me.com',
      'mac.com',
      'fastmail.com',
      'fastmail.fm',
      'proton.me',
      'protonmail.com',
      'pm.me',
      'yandex.ru',
      'ya.ru',
    ]) {
      assert.equal(canonicalEmail(`anna+vigil@${domain}`), canonicalEmail(`anna@${domain}`), domain);
    }
    for (const domain of PLUS_ADDRESSING_DOMAINS) assert.equal(canonicalEmail(`anna+x@${domain}`), `anna@${domain}`);
    assert.equal(canonicalEmail('+anna@gmail.com'), '+anna@gmail.com', 'a local part that starts with + keeps it');
  });

  it('keeps a +tag elsewhere: it may be another mailbox', () => {
    assert.equal(canonicalEmail('anna+vigil@example.org'), 'anna+vigil@example.org');
    assert.notEqual(canonicalEmail('bob+x@small-provider.net'), canonicalEmail('bob@small-provider.net'));
    assert.equal(canonicalEmail('anna+x@mail.ru'), 'anna+x@mail.ru');
  });

  it('drops dots at Gmail and treats googlemail.com as gmail.com', () => {
    assert.equal(canonicalEmail('A.N.N.A.Smith+x@googlemail.com'), 'annasmith@gmail.com');
    assert.equal(canonicalEmail('anna.smith@gmail.com'), canonicalEmail('AnnaSmith@GMAIL.com'));
  });

  it('keeps dots where the provider does not ignore them', () => {
    assert.notEqual(canonicalEmail('anna.smith@example.org'), canonicalEmail('annasmith@example.org'));
    assert.notEqual(canonicalEmail('anna.smith@outlook.com'), canonicalEmail('annasmith@outlook.com'));
  });

  it('resolves alias domains of Yandex and Proton, folding dots at Gmail only', () => {
    assert.equal(canonicalEmail('Ivan-Petrov@yandex.kz'), 'ivan-petrov@yandex.ru');
    assert.equal(canonicalEmail('ivan.petrov@ya.ru'), 'ivan.petrov@yandex.ru');
    assert.notEqual(canonicalEmail('ivan.petrov@yandex.ru'), canonicalEmail('ivanpetrov@yandex.ru'));
    assert.notEqual(canonicalEmail('anna.smith@proton.me'), canonicalEmail('annasmith@proton.me'));
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
