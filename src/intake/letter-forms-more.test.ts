// More ways letters and their news name who writes and to whom: a closing of one's own words ("With hope and
// gratitude,"), a long salutation under a block of addressees with their titles after a comma, signers named after
// «подписанта —» with their former posts, legislators with "U.S." before their title, and "urged X, the president of Y,
// to release …".
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { propose } from './propose.ts';
import { loadRussianMorph } from './russian-morph.ts';

describe('who signs', () => {
  before(async () => {
    await loadRussianMorph();
  });
  it('reads the bodies under a closing of the writers’ own words', () => {
    const text = [
      'Dear Chancellor,',
      'We ask you to call the President and ask him to release the journalist Timur Rakhimov.',
      'With hope and gratitude,',
      'Open Press Group',
      'ACAT France',
      'Initiative group “For a life without fear”',
      'November 2014',
    ].join('\n');
    assert.deepEqual(
      propose({ text }).signatories.map((s) => s.name),
      ['Open Press Group', 'ACAT France', 'Initiative group “For a life without fear”'],
    );
  });
  it('reads the signers after «подписанта —» past their former posts, and their arrest', () => {
    const text =
      'Ранее были задержаны три других подписанта — бывший вице-премьер Болот Асанов, бывший посол Нурлан Токоев и экс-депутат Марат Осмонов.';
    const p = propose({ text });
    const names = ['Болот Асанов', 'Нурлан Токоев', 'Марат Осмонов'];
    assert.deepEqual(
      p.signatories.map((s) => s.name),
      names,
    );
    const arrested = p.acts
      .filter((a) => a.kind === 'arrest')
      .map((a) => p.persons.find((x) => x.ref === a.personRef)?.name);
    assert.deepEqual(arrested.sort(), [...names].sort());
  });
  it('reads the writer after «Я –», not the husband named in the genitive before «обратилась»', () => {
    const p = propose({
      text: 'Жена политзаключенного Рустама Назарова обратилась к президенту. «Я – Мария Каримова – мать пятерых детей. Прошу Вас помочь.»',
    });
    assert.deepEqual(
      p.signatories.map((s) => s.name),
      ['Мария Каримова'],
    );
  });
  it('reads legislators with "U.S." before their title, and not a relation named after "son of the late"', () => {
    const text =
      'U.S. Senators Ann Porter, Mark Hale, and Sara Lind and U.S. Representative Tom Reyes sent the letter to the President calling on him to release the activist Dovlet Orazov.';
    assert.deepEqual(
      propose({ text }).signatories.map((s) => s.name),
      ['Ann Porter', 'Mark Hale', 'Sara Lind', 'Tom Reyes'],
    );
    const list =
      'The letter’s signatories are Anna Berg, former President of Norland; Jon Dale, and son of the late Eric Moss, chair of the Moss Foundation.';
    const names = propose({ text: list }).signatories.map((s) => s.name);
    assert.ok(!names.includes('Eric Moss'), names.join('|'));
  });
});

describe('to whom', () => {
  it('reads a block of addressees with their titles after a comma, above a long salutation', () => {
    const text = [
      'Lettre ouverte',
      '',
      'Mme Anna KOVAL, ancienne ministre des Affaires étrangères de la Norlande',
      '',
      'M. Piet VAN DAM, président de la délégation néerlandaise au sein de l’APCE',
      '',
      'et 40 autres membres de l’Assemblée parlementaire du Conseil de l’Europe (APCE)',
      '',
      'Mesdames et Messieurs les membres de l’Assemblée parlementaire du Conseil de l’Europe,',
      '',
      'Nous vous écrivons au sujet des prisonniers politiques.',
    ].join('\n');
    assert.deepEqual(
      propose({ text }).addressees.map((a) => [a.name, a.title]),
      [
        ['Anna Koval', 'ancienne ministre des Affaires étrangères de la Norlande'],
        ['Piet VAN DAM', 'président de la délégation néerlandaise au sein de l’APCE'],
      ],
    );
  });
  it('reads "urged X, the … president of Y, to release" as whom the appeal goes to, not as one held', () => {
    const text =
      'A group of lawmakers have urged Arslan Nurov, the authoritarian president of Norland, to release political prisoners, according to a letter seen on Monday.';
    const p = propose({ text });
    assert.deepEqual(
      p.addressees.map((a) => [a.name, a.title]),
      [['Arslan Nurov', 'the authoritarian president of Norland']],
    );
    assert.deepEqual(p.acts, []);
  });
});
