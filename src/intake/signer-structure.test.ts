// Signers read from the shape of the text: the subject list of a verb of signing or appealing, a roster with no
// heading, the lines under a sentence ending with a colon. Every sentence here is invented.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { propose } from './propose.ts';
import { bodyShaped, expandAcronym, findStructuralSigners } from './signer-structure.ts';
import { sentences } from './tokens.ts';

const signers = (text: string) =>
  propose({ text }).signatories.map((s) => [s.kind ?? 'person', s.name, s.confidence ?? 'high'] as const);
const structural = (text: string, lang = 'en') =>
  findStructuralSigners(text, sentences(text, lang)).map((f) => [f.kind, f.name] as const);

describe('signers from the shape of the text', () => {
  it('reads bodies joined by "along with" before "call upon", the acronym spelt out where the text gives it', () => {
    const text =
      'The Steppe Monitoring Network (SMN) published a joint statement today.\n\nThe SMN, along with Open Courts Watch, Radio Freedom Club and the Lawyers Union, call upon the authorities to free the editors.';
    assert.deepEqual(
      signers(text).map((s) => s.slice(0, 2)),
      [
        ['organisation', 'Steppe Monitoring Network'],
        ['organisation', 'Open Courts Watch'],
        ['organisation', 'Radio Freedom Club'],
        ['organisation', 'Lawyers Union'],
      ],
    );
  });

  it('reads a Russian list after «Организации», whatever the verb, as a less sure guess in a text about an appeal', () => {
    const text =
      'Организации Steppe Rights Watch, Северный правозащитный центр (SRC), Arvena и Международная лига журналистов считают, что власти нарушили свои обещания. Об этом говорится в их совместном заявлении.';
    const got = signers(text);
    assert.deepEqual(
      got.map((s) => s[1]),
      ['Steppe Rights Watch', 'Северный правозащитный центр', 'Arvena', 'Международная лига журналистов'],
    );
    assert.ok(
      got.every((s) => s[2] === 'low'),
      'a list of bodies stating is proposed unticked',
    );
  });

  it('reads the French subject of « appellent » past the clause before it', () => {
    const text =
      'Dans une lettre envoyée hier, la Ligue des Journalistes Libres et la Fédération des Éditeurs appellent le président à libérer les reporters.';
    assert.deepEqual(structural(text, 'fr'), [
      ['organisation', 'Ligue des Journalistes Libres'],
      ['organisation', 'Fédération des Éditeurs'],
    ]);
  });

  it('reads persons after a count and "including", and skips the count itself', () => {
    const text =
      '41 scientists, including physicists Marta Oyelaran, Tomas Brekke and Ilse Vandermeer, have urged the president to release the professor in an open letter.';
    assert.deepEqual(
      signers(text).map((s) => s.slice(0, 2)),
      [
        ['person', 'Marta Oyelaran'],
        ['person', 'Tomas Brekke'],
        ['person', 'Ilse Vandermeer'],
      ],
    );
  });

  it('reads a quoted body before "and 12 other organisations sent a letter"', () => {
    const text = 'Kiev / 03.02.19: "Writers at Risk" and 12 other organisations sent a letter to the summit.';
    assert.deepEqual(structural(text), [['organisation', 'Writers at Risk']]);
  });

  it('does not take one body appealing outside a sentence about a letter, nor a date or a role', () => {
    assert.deepEqual(
      structural('Most recently, the Press Safety Committee urged the minister to act. A letter followed.'),
      [],
    );
    assert.deepEqual(
      structural('March 4, the Union of Editors and the Press Club in a statement called on the mayor.'),
      [
        ['organisation', 'Union of Editors'],
        ['organisation', 'Press Club'],
      ],
    );
    assert.deepEqual(
      structural(
        'Re: a letter. Open Courts Watch’s executive director, Lena Varga, calls on the court to act in this letter.',
      ),
      [['person', 'Lena Varga']],
    );
  });

  it('does not take "Members of the Assembly" or "Activists of the movement" as a signing body', () => {
    assert.deepEqual(structural('Members of the Regional Assembly of the North signed a letter to the governor.'), []);
  });

  it('reads a roster with no heading: semicolon-parted names with an honorific and a country', () => {
    const text =
      'Declaration No. 12\n\nMs Ada KOWALCZYK, Poland, SOC ; Mr Pieter VAN DAM, Netherlands, ALDE ; Lord Owen BRADLEY, United Kingdom, EC ; Mr Luca FERRANTE, Italy, SOC\n\nWe, the undersigned, declare the following.';
    assert.deepEqual(
      structural(text).map((s) => s[1]),
      ['Ada Kowalczyk', 'Pieter Van Dam', 'Owen Bradley', 'Luca Ferrante'],
    );
    // Without a word about signing, the same roster is only a list of people.
    assert.deepEqual(structural(text.replace('We, the undersigned, declare', 'They declared')), []);
  });

  it('reads bulleted lines under a sentence that says who signed, ending with a colon', () => {
    const text =
      'The appeal was signed by two prize winners among others:\n\n  • Rosa Eklund, poet (2011), Sweden. She wrote about the north.\n  • Haruto Mori, novelist, Japan.\n\nThe appeal ends here.';
    assert.deepEqual(structural(text), [
      ['person', 'Rosa Eklund'],
      ['person', 'Haruto Mori'],
    ]);
  });

  it('marks a list longer than the count said with it as unsure', () => {
    const text = 'Two deputies, Anna Berg, Karl Lind and Eva Holm, signed the letter.';
    const got = propose({ text }).signatories;
    assert.equal(got.length, 3);
    assert.ok(got.every((s) => s.confidence === 'low'));
  });

  it('tells a body from a role and spells out an acronym', () => {
    assert.equal(bodyShaped('Reporters without Borders'), true);
    assert.equal(bodyShaped('Amnesty International USA’s executive director'), false);
    assert.equal(bodyShaped('IRFS'), true);
    assert.equal(bodyShaped('May 21'), false);
    assert.equal(
      expandAcronym('IPGA sounds the alarm\n\nThe Independent Press Group for Azerbaijan (IPGA) met.', 'IPGA'),
      'Independent Press Group for Azerbaijan',
    );
  });

  it('reads the closing block after "Sincerely," line by line: bodies, a name with title and organisation, a name', () => {
    const text =
      'Dear President,\n\nWe write to ask for the release of the editors held since March.\n\nSincerely,\n\nSteppe Rights Committee\nOpen Courts Watch\nMaria Lind, Director, Press Freedom Centre\nUnion of Independent Lawyers of Kazakhstan\nTomas Brekke\n';
    assert.deepEqual(
      signers(text).map((s) => s[1]),
      [
        'Steppe Rights Committee',
        'Open Courts Watch',
        'Maria Lind',
        'Union of Independent Lawyers of Kazakhstan',
        'Tomas Brekke',
      ],
    );
  });

  it('reads the closing block after «С уважением» and after « Veuillez agréer … »', () => {
    const ru =
      'Уважаемый господин Президент!\n\nПросим освободить журналистов, задержанных в марте.\n\nС уважением,\nАссоциация независимых юристов\nФонд «Свободное слово»\nНина Белова, писатель\n';
    assert.deepEqual(
      signers(ru).map((s) => s[1]),
      ['Ассоциация независимых юристов', 'Фонд «Свободное слово»', 'Нина Белова'],
    );
    const fr =
      "Monsieur le Président,\n\nNous vous demandons de libérer les journalistes détenus depuis mars.\n\nVeuillez agréer, Monsieur le Président, l'expression de notre haute considération.\n\nLigue des droits de l'Homme\nFédération des journalistes libres\n";
    assert.deepEqual(
      signers(fr).map((s) => s[1]),
      ["Ligue des droits de l'Homme", 'Fédération des journalistes libres'],
    );
  });

  it('stops the block at a line of another shape, and takes the lines under a bare name as its title', () => {
    const text =
      'Dear Minister,\n\nPlease act now on behalf of the detained poet.\n\nYours sincerely,\n\nMs Ruth Aldana\nMember of the Prison Writers Committee\nHighland PEN\n\n\nCopy to the Prosecutor General\nSteppe Rights Committee\n';
    assert.deepEqual(
      structural(text).map((s) => s[1]),
      ['Ruth Aldana'],
    );
    const broken =
      'Dear Minister,\n\nPlease act now.\n\nSincerely,\nOpen Courts Watch\nwe will follow the case closely and write again\nSteppe Rights Committee\n';
    assert.deepEqual(
      structural(broken).map((s) => s[1]),
      ['Open Courts Watch'],
    );
  });

  it('without a closing formula reads two lines or more under the last paragraph, unticked', () => {
    const text =
      'Dear President,\n\nWe ask you to free the editors held since March.\n\nSteppe Rights Committee\nOpen Courts Watch\n';
    const got = findStructuralSigners(text, sentences(text, 'en'), true);
    assert.deepEqual(
      got.map((s) => s.name),
      ['Steppe Rights Committee', 'Open Courts Watch'],
    );
    assert.ok(got.every((s) => s.lowReason));
    assert.deepEqual(findStructuralSigners(text, sentences(text, 'en'), false), [], 'only in a letter');
  });
});
