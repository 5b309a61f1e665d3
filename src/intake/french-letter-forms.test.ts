// A French letter's forms: a name with a particle whose given name is also a country's (« Dominique de … »), and two
// signers with their titles on one closing line. Every sentence here is invented.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { propose } from './propose.ts';

const read = (text: string) => propose({ text, language: 'fr' });

describe('a French letter', () => {
  const letter =
    'Monsieur Dominique de Valcourt\nMinistre des Affaires étrangères\n12, rue de la Paix\n75 001 Paris\nMonsieur le Ministre,\nNous vous écrivons au sujet de M. Karim Benali, arrêté le 3 mai et détenu depuis à Rabat.\nNous vous prions d’agréer, Monsieur le Ministre, l’expression de nos sentiments les meilleurs,\nPaul Lenoir Président de l’ARDH, Claire Morel Présidente de la LCD\nParis, le 8 août 2004,';

  it('reads « Dominique de Valcourt » as one person, the addressee of the block', () => {
    const p = read(letter);
    assert.ok(
      p.persons.some((x) => x.name === 'Dominique de Valcourt'),
      JSON.stringify(p.persons.map((x) => x.name)),
    );
    assert.deepEqual(
      p.addressees.map((a) => a.name),
      ['Dominique de Valcourt'],
    );
  });

  it('reads two signers with their titles on one closing line', () => {
    const names = read(letter).signatories.map((s) => s.name);
    assert.ok(names.includes('Paul Lenoir') && names.includes('Claire Morel'), JSON.stringify(names));
  });

  it('does not make a body of « la Cour de Cassation » or a country after « de » a person', () => {
    const names = read('La Cour de Cassation a rejeté le recours. Marie de France a écrit.').persons.map((x) => x.name);
    assert.ok(!names.some((n) => /Cassation|France/u.test(n)), JSON.stringify(names));
  });
});

describe('signers of a French letter, other shapes', () => {
  it('reads « A, B, C… appellent les autorités à libérer le journaliste, arrêté le 26 juillet » as signers, not arrested', () => {
    const p = read(
      'Hélène Marchand, Paul-Henri Roussel, Sophie Delorme… appellent les autorités turques à remettre en liberté le journaliste français, arrêté le 26 juillet.',
    );
    assert.deepEqual(
      p.signatories.map((s) => s.name),
      ['Hélène Marchand', 'Paul-Henri Roussel', 'Sophie Delorme'],
    );
    assert.deepEqual(
      p.acts.filter((a) => a.person !== null).map((a) => a.person),
      [],
    );
  });

  it('reads a closing line of bare names parted by commas, a lower-case « ben » inside one', () => {
    const names = read(
      'Excellence,\nNous nous élevons contre la détention de M. Karim Benali.\nNous vous prions d’agréer, Excellence, l’expression de notre haute considération.\nNadia Ferhat ben Amor, Claire Morel, Paul Lenoir',
    ).signatories.map((s) => s.name);
    assert.ok(names.includes('Claire Morel') && names.includes('Paul Lenoir'), JSON.stringify(names));
  });

  it('reads two signatures set side by side over their titles', () => {
    const names = read(
      'Monsieur le Ministre,\nNous comptons sur vous pour obtenir la libération de nos confrères.\nNous vous prions de recevoir, Monsieur le Ministre, nos respectueuses salutations.\n\nJulie Martin                                  Annie Carpentier\nPrésidente de la Société des auteurs          Présidente du Prix des reporters',
    ).signatories.map((s) => s.name);
    assert.ok(names.includes('Julie Martin') && names.includes('Annie Carpentier'), JSON.stringify(names));
  });
});
