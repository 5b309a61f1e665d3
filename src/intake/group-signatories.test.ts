// Groups that sign a letter as such ("On behalf of the group X", «от имени группы X», « au nom de … ») are organisation
// signatories; a group named in reported speech or a person after the same words is not.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { propose } from './propose.ts';

const groups = (text: string) => {
  const p = propose({ text });
  return p.signatories
    .filter((s) => s.kind === 'organisation')
    .map((s) => {
      const org = p.organisations.find((o) => o.ref === s.organisationRef)!;
      assert.equal(s.personRef, null);
      assert.equal(text.slice(s.spans[0]!.start, s.spans[0]!.end), s.spans[0]!.text);
      return [s.name, org.name, org.kind, org.confidenceReason];
    });
};

describe('groups signing a letter', () => {
  it('reads a closing line and a signature naming the group in English', () => {
    const text = [
      'Dear President,',
      'We ask you to release the prisoners.',
      'Sincerely,',
      'On behalf of the group «Open Windows»',
      'Marta Kovalenko, on behalf of the Society for Fair Courts',
    ].join('\n');
    assert.deepEqual(groups(text), [
      ['Open Windows', 'Open Windows', 'ngo', 'a signatory of the letter'],
      ['Society for Fair Courts', 'Society for Fair Courts', 'ngo', 'a signatory of the letter'],
    ]);
    const p = propose({ text });
    const marta = p.signatories.find((s) => s.name === 'Marta Kovalenko')!;
    assert.equal(
      marta.organisation,
      'Society for Fair Courts',
      'the person signs for the group, without the cue words',
    );
  });
  it('reads «от имени группы» in a Russian letter, in a sentence and on a closing line', () => {
    const text = [
      'Уважаемый господин Президент!',
      'Мы, от имени группы «Ясный день», просим освободить задержанных.',
      'С уважением,',
      'От имени Комитета по защите свидетелей',
    ].join('\n');
    assert.deepEqual(
      groups(text).map((g) => [g[0], g[2]]),
      [
        ['Ясный день', 'ngo'],
        ['Комитета по защите свидетелей', 'ngo'],
      ],
    );
  });
  it('reads « au nom de » in a French letter, the article kept out', () => {
    const text = [
      'Monsieur le Président,',
      'Nous vous écrivons au nom du Collectif Justice pour les Détenus.',
      'Veuillez agréer nos salutations.',
      'Au nom de l’association « Portes Ouvertes »',
    ].join('\n');
    assert.deepEqual(
      groups(text).map((g) => [g[0], g[2]]),
      [
        ['Collectif Justice pour les Détenus', 'movement'],
        ['Portes Ouvertes', 'ngo'],
      ],
    );
  });
  it('leaves out reported speech and persons', () => {
    assert.deepEqual(
      groups(
        'The minister, speaking on behalf of the European Union, said nothing. We write on behalf of Marta Kovalenko.',
      ),
      [],
    );
  });
});

describe('organisations signing as the letter’s authors', () => {
  const names = (text: string) => groups(text).map((g) => g[0]);
  it('splits "the A and B Unions of X" into the two unions', () => {
    const text =
      'Your Excellency,\n\nOn behalf of the Nordic and Baltic Unions of Writers (NUW and BUW) we write about the jailed poets.';
    assert.deepEqual(names(text), ['Nordic Union of Writers', 'Baltic Union of Writers']);
  });
  it('reads the bodies in "We, the undersigned organisations, A (ABBR) and the B", not the network of unnamed members', () => {
    const text =
      'Mr President,\n\nWe, the undersigned organisations, the Caspian Lawyers Network (CLN) and the Steppe Committee for Fair Trials, ask you to release the two lawyers.';
    assert.deepEqual(names(text), ['Caspian Lawyers Network', 'Steppe Committee for Fair Trials']);
    const members =
      'Mr President,\n\nWe, the undersigned members and partners of the Caspian Lawyers Network, ask you to release the two lawyers.';
    assert.deepEqual(names(members), []);
  });
  it('does not read persons or plain words after "we, the undersigned"', () => {
    assert.deepEqual(names('We, the undersigned, declare the following about the trial.'), []);
    assert.deepEqual(names('We, the undersigned citizens of Almaty, demand a fair trial.'), []);
  });
  it('reads a closing block of organisation lines, each with its country', () => {
    const text = [
      'Your Excellency,',
      'We ask you to free the students.',
      '',
      'Centre for Civic Freedoms, Georgia',
      'Baltic Watch Foundation, Lithuania',
    ].join('\n');
    assert.deepEqual(names(text), ['Centre for Civic Freedoms', 'Baltic Watch Foundation']);
    const one = ['Your Excellency,', 'We ask you to free the students.', '', 'Centre for Civic Freedoms, Georgia'];
    assert.deepEqual(names(one.join('\n')), ['Centre for Civic Freedoms'], 'one line with its country');
  });
  it('does not take the organisation line of a person’s signature, or a lone line without a country', () => {
    const text = [
      'Dear colleagues,',
      'We miss you.',
      '',
      'Anna Berg',
      'Executive director',
      'Nordic Rights Foundation',
    ].join('\n');
    assert.deepEqual(names(text), []);
    assert.deepEqual(names('Dear Sir,\nWe ask for the release.\n\nNordic Rights Foundation'), []);
  });
});

describe('a signing body with a hyphenated abbreviation', () => {
  it('reads "on behalf of the X (AB-CD)" without failing on the hyphen', () => {
    const text =
      'Your Excellency,\n\nWe are writing on behalf of the Baltic Association of Publishers (BA-PUB) about the newspaper. BA-PUB members are worried.';
    assert.deepEqual(
      groups(text).map((g) => g[0]),
      ['Baltic Association of Publishers'],
    );
  });
});
