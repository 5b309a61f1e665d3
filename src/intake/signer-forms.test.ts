// Who wrote and whom a letter goes to, in forms news and letters use: the subject of "issued a joint statement" with
// titles between the names, a body's own letter that "objects to", a list after "signed by" that ends at its clause's
// verb, a letter "sent on <date> to" the title and «обращаюсь с призывом к …». Every sentence here is invented.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { propose } from './propose.ts';
import { loadRussianMorph } from './russian-morph.ts';

const signers = (text: string) => propose({ text }).signatories.map((s) => s.name);
const addressees = (text: string) => propose({ text }).addressees.map((a) => a.name);

describe('signers as the subject, titles between their names', () => {
  it('reads every name of "the chair of X, A, the head of Y, B, and the rapporteur on Z, C, issued a joint statement"', () => {
    const text =
      'On 3 March, the Chair of the Parliament’s Committee on Press Freedom, Olav Strand, the head of the delegation for relations with Norland, Ilse Brandvik, and the Assembly’s standing rapporteur on Norland, Marek Sorvald, issued a “Joint Statement on the arrests in Norland.”';
    assert.deepEqual(signers(text), ['Olav Strand', 'Ilse Brandvik', 'Marek Sorvald']);
  });

  it('does not take a title for a signing body', () => {
    const text =
      'The Chair of the Committee on Press Freedom, Olav Strand, issued a statement on the letter from the editors.';
    assert.deepEqual(signers(text), ['Olav Strand']);
  });
});

describe('a body naming itself in its own letter', () => {
  const letter = (body: string) =>
    ['Oslo, 03.04.2011', '', 'President of the Republic of Norland Mr. Viktor Halden', '', body].join('\n');

  it('reads the body that "strongly objects to" the arrest as the letter’s signer', () => {
    assert.deepEqual(
      signers(letter('The Nordic Press Council strongly objects to the arrest of the reporter Anna Lind.')),
      ['Nordic Press Council'],
    );
  });

  it('reads no signer from a headline above the letter, or from a later paragraph', () => {
    assert.deepEqual(
      signers(
        'Nordic Press Council calls on Norland to free Anna Lind\n\n' +
          letter('We are deeply concerned about the arrest of the reporter Anna Lind.'),
      ),
      [],
    );
    assert.deepEqual(
      signers(
        letter('We write about Anna Lind.\n\nThe Nordic Press Council urges you to free the reporter Anna Lind.'),
      ),
      [],
    );
  });

  it('reads no signer from a body in the past tense, or outside a letter', () => {
    assert.deepEqual(signers(letter('The Nordic Press Council objected to the arrest last year.')), []);
    assert.deepEqual(signers('The Nordic Press Council strongly objects to the arrest of the reporter Anna Lind.'), []);
  });
});

describe('"signed by" in a sentence that goes on', () => {
  it('ends the list of signers at the verb of its clause', () => {
    const text =
      'A letter signed by several members of the Nordic Council condemning the arrest of the reporter Anna Lind was sent on 13 May to Norland’s President Viktor Halden.';
    assert.deepEqual(signers(text), []);
    assert.deepEqual(addressees(text), ['Viktor Halden']);
  });

  it('still reads the names of the list', () => {
    assert.deepEqual(signers('The letter was signed by Olav Strand, Ilse Brandvik and Marek Sorvald.'), [
      'Olav Strand',
      'Ilse Brandvik',
      'Marek Sorvald',
    ]);
  });

  it('reads « envoyée le … au président X »', () => {
    assert.deepEqual(
      addressees('La lettre des ONG a été envoyée le 2 mai au président Viktor Halden, qui n’a pas répondu.'),
      ['Viktor Halden'],
    );
  });
});

describe('the first person appealing in Russian', () => {
  before(async () => {
    await loadRussianMorph();
  });

  it('reads «обращаюсь с призывом к его сыну, президенту X»', () => {
    const text =
      '«Я обращаюсь с призывом к его сыну, президенту Ивану Светлову. Прошу освободить всех политзаключенных», — говорит она.';
    assert.deepEqual(addressees(text), ['Иван Светлов']);
  });
});
