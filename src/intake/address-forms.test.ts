// Address blocks whose lines each carry a title before the name, the French « Son Excellence / M. X / Président … »
// block, and a person's name after « au nom de » inside a sentence. Every letter here is invented.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { propose } from './propose.ts';
import { isHonorificOnly, readAddresseeLine } from './addressee-lines.ts';
import { isPlaceAndDate, isTitledNameLine } from './letter.ts';

const addressees = (text: string) => propose({ text }).addressees.map((a) => [a.name, a.title]);

describe('an address block of title-and-name lines under the place and date', () => {
  const letter = [
    'Oslo, 03.04.2011',
    '',
    'President of the Republic of Norland Mr. Viktor Halden',
    'Minister of Justice of the Republic of Norland Mr. Marek Sorvald',
    'Ombudsman for Human Rights Ms Ilse Brandvik',
    '',
    'Open letter',
    '',
    'The Nordic Press Council strongly objects to the arrest of the reporter Anna Lind.',
  ].join('\n');

  it('reads every line as one addressee with its title', () => {
    assert.deepEqual(addressees(letter), [
      ['Viktor Halden', 'President of the Republic of Norland'],
      ['Marek Sorvald', 'Minister of Justice of the Republic of Norland'],
      ['Ilse Brandvik', 'Ombudsman for Human Rights'],
    ]);
  });

  it('reads without the place and date line too, and not from a sentence that names a title', () => {
    assert.deepEqual(addressees(letter.split('\n').slice(2).join('\n')).length, 3);
    assert.deepEqual(
      addressees('The Minister of Justice Mr. Marek Sorvald said on Monday that the reporter would be freed.'),
      [],
    );
  });

  it('knows the lines it is made of', () => {
    assert.equal(isPlaceAndDate('Oslo, 03.04.2011'), true);
    assert.equal(isPlaceAndDate('Тромсё, 5 мая 2020 г.'), true);
    assert.equal(isPlaceAndDate('Oslo is a city'), false);
    assert.equal(isTitledNameLine('General Prosecutor Mr. Olav Strand'), true);
    assert.equal(isTitledNameLine('Mr. Olav Strand'), false);
    assert.equal(isTitledNameLine('General Prosecutor Mr. Olav Strand said'), false);
  });
});

describe('the French block « Son Excellence / M. X / Président de la République … »', () => {
  const letter = [
    'Huit ONG écrivent au président.',
    'Son Excellence',
    'M. Viktor Halden',
    'Président de la République de Norlande',
    'Le 2 avril 2019',
    'Votre Excellence,',
    'Nous vous écrivons au sujet de la journaliste Anna Lind.',
  ].join('\n');

  it('reads the name under the honorific and the title under the name', () => {
    assert.deepEqual(addressees(letter), [['Viktor Halden', 'Président de la République de Norlande']]);
  });

  it('takes an honorific alone for no title', () => {
    assert.equal(isHonorificOnly('Son Excellence'), true);
    assert.equal(isHonorificOnly('His Excellency'), true);
    assert.equal(isHonorificOnly('President of Norland'), false);
    assert.deepEqual(readAddresseeLine('M. Viktor Halden')?.name, 'Viktor Halden');
  });
});

describe('« au nom de » before a person', () => {
  it('makes no signing body of a name of two capitalised words inside a sentence', () => {
    const text =
      'Nous avons suivi, au nom de Anna Lindqvist et des autres réfugiés, le travail de l’association. Nous demandons sa libération.';
    const p = propose({ text });
    assert.deepEqual(
      p.signatories.filter((s) => s.kind === 'organisation').map((s) => s.name),
      [],
    );
  });

  it('still reads a body named after it', () => {
    const text = 'Nous écrivons au nom du Comité Norlandais pour la Presse afin de demander sa libération.';
    assert.deepEqual(
      propose({ text }).signatories.map((s) => s.name),
      ['Comité Norlandais pour la Presse'],
    );
  });
});
