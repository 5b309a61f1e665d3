// Signers listed under a heading or in the sentence that says who signed, each a signatory and a person.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { propose } from './propose.ts';
import { nameCase } from './signature-lists.ts';

const signers = (text: string) => propose({ text }).signatories.map((s) => [s.kind ?? 'person', s.name, s.title]);

describe('signature lists', () => {
  it('reads a headed list of parliamentarians, surnames in capitals, honorifics left out', () => {
    const text =
      'Written declaration\n\nSignatories: Mr Pavel NOVOTNÝ, Czech Republic, EPP ; Ms Ingrid LAAKSO, Finland, SOC ; Lord Hugh BRAMWELL, United Kingdom, SOC\n\nWe, the undersigned, declare the following.';
    assert.deepEqual(signers(text), [
      ['person', 'Pavel Novotný', 'Czech Republic, EPP'],
      ['person', 'Ingrid Laakso', 'Finland, SOC'],
      ['person', 'Hugh Bramwell', 'United Kingdom, SOC'],
    ]);
    assert.ok(
      propose({ text }).persons.some((p) => p.name === 'Ingrid Laakso'),
      'a signer is a person too',
    );
  });
  it('reads organisations under a heading, one a line', () => {
    const text =
      'We call for the release of all prisoners.\n\nSignatories:\nSteppe Rights Committee\nFreedom Now Foundation\n';
    assert.deepEqual(
      signers(text).map((s) => s.slice(0, 2)),
      [
        ['organisation', 'Steppe Rights Committee'],
        ['organisation', 'Freedom Now Foundation'],
      ],
    );
  });
  it('reads the names in the sentence that says who signed, past the titles between them', () => {
    const text =
      'Обращение подписали бывший министр Аркадий Зотов и Вера Климова, глава независимого профсоюза Савелий Грач и режиссер Лилия Ветрова.';
    assert.deepEqual(
      signers(text).map((s) => s[1]),
      ['Аркадий Зотов', 'Вера Климова', 'Савелий Грач', 'Лилия Ветрова'],
    );
    assert.deepEqual(
      signers('The appeal was signed by the writers Ama Osei and Pilar Montes, and by Ruth ABARA.').map((s) => s[1]),
      ['Ama Osei', 'Pilar Montes', 'Ruth Abara'],
    );
  });
  it('reads "namely:" only in a sentence about a letter', () => {
    assert.deepEqual(
      signers(
        'The letter is an initiative of three deputies, namely: Anke De VRIES (Belgium; SOC), Tom ELLERY (Ireland; UEL) and Sofie HOLM (Denmark; EPP).',
      ).map((s) => s[1]),
      ['Anke De Vries', 'Tom Ellery', 'Sofie Holm'],
    );
    assert.deepEqual(signers('Three towns were flooded, namely: Nova Ribeira and Santo Amaro.'), []);
  });
  it('never takes the addressee in another case for a signer', () => {
    assert.deepEqual(
      signers('Письмо, которое подписали правозащитники, направлено Президенту Казахстана Аскару Темирову.'),
      [],
    );
  });
  it('puts names written in capitals in name case', () => {
    assert.deepEqual(['GATTOLIN', 'AIMBETOVA-TOKMADI', 'De', 'PACE'].map(nameCase), [
      'Gattolin',
      'Aimbetova-Tokmadi',
      'De',
      'Pace',
    ]);
  });
  it('reads a French « ; » list with the role before each name, and a bare « Signé : » heading', () => {
    const text =
      'Nous demandons la libération des prisonniers.\n\nSignataires : le président de la Ligue des droits, Jean Morel ; la directrice de l’Observatoire des libertés, Claire Vasseur ; Paul Girard, avocat';
    assert.deepEqual(signers(text), [
      ['person', 'Jean Morel', 'le président de la Ligue des droits'],
      ['person', 'Claire Vasseur', 'la directrice de l’Observatoire des libertés'],
      ['person', 'Paul Girard', 'avocat'],
    ]);
    const signed =
      'Monsieur le Président,\nNous vous écrivons.\nSigné : Jean Morel, président de la Ligue ; Claire Vasseur, directrice';
    assert.deepEqual(
      signers(signed).map((x) => x[1]),
      ['Jean Morel', 'Claire Vasseur'],
    );
  });
});
