// Letters told in the news: a letter « adressée au guide suprême, l'ayatollah A, ainsi qu'au … », « la lettre de A »,
// daughters signing together (« Nawel et Sabiha S. »), senators with their offices; and acts told twice, once less
// precisely, or denied ("without being charged"). Every text is invented.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasAct, namedActs } from './act-test-helpers.ts';
import { propose } from './propose.ts';

describe('a French letter to several Iranian officials, and its writer', () => {
  const text =
    "L'ancien ministre Paul Carrel et plusieurs de ses collègues députés ont écrit aux autorités iraniennes pour leur demander de mettre un terme aux condamnations à mort. « Nous condamnons les peines prononcées contre M. Omid Dana », peut-on lire dans la lettre de Paul Carrel.\nCette lettre est adressée au guide suprême, l'ayatollah Ali Khamenei, ainsi qu'au président iranien Mahmoud Ahmadinejad et au chef du pouvoir judiciaire, l'ayatollah Sadegh Larijani.";
  const p = propose({ text, language: 'fr' });

  it('reads the three addressees with their titles, « l’ayatollah » left out', () => {
    assert.deepEqual(
      p.addressees.map((a) => [a.name, a.title]),
      [
        ['Ali Khamenei', 'Guide suprême'],
        ['Mahmoud Ahmadinejad', 'Président iranien'],
        ['Sadegh Larijani', 'Chef du pouvoir judiciaire'],
      ],
    );
  });

  it('reads « la lettre de Paul Carrel » as his, and gives the one who wrote no sentence', () => {
    assert.deepEqual(
      p.signatories.map((s) => s.name),
      ['Paul Carrel'],
    );
    assert.ok(!p.acts.some((a) => a.person === 'Paul Carrel'), JSON.stringify(p.acts));
  });
});

describe('a letter one who signs "addressed" to a president', () => {
  it('gives the writer no custody of the political prisoners she asks to free', () => {
    const p = propose({
      text: 'On March 31 the newspaper published a letter of Anna Petrova addressed Barack Obama. A request to release political prisoners was addressed by the journalist Anna Petrova to the US President.',
      language: 'en',
    });
    assert.ok(
      p.signatories.some((s) => s.name === 'Anna Petrova'),
      JSON.stringify(p.signatories.map((s) => s.name)),
    );
    assert.ok(!p.acts.some((a) => a.person === 'Anna Petrova'), JSON.stringify(p.acts));
  });
});

describe('two sisters signing together', () => {
  it('reads « Nawel et Sabiha Sansal » as two persons and two signers, past their kinship', () => {
    const p = propose({
      text: 'Nawel et Sabiha Sansal, filles de l’écrivain Boualem Sansal, ont adressé une lettre ouverte au président français Emmanuel Macron. Boualem Sansal a été arrêté le 16 novembre 2024.',
      language: 'fr',
    });
    const names = p.persons.map((x) => x.name);
    assert.ok(names.includes('Nawel Sansal') && names.includes('Sabiha Sansal'), JSON.stringify(names));
    assert.deepEqual(
      p.signatories.map((s) => s.name),
      ['Nawel Sansal', 'Sabiha Sansal'],
    );
  });

  it('does not take a surname for a given name: "Lam and Joshua Wong" after "Ivan Lam"', () => {
    const p = propose({
      text: 'Joshua Wong, Agnes Chow and Ivan Lam were jailed. The judge said a community order would not suit Lam and Joshua Wong.',
      language: 'en',
    });
    assert.ok(!p.persons.some((x) => x.name === 'Lam Wong'), JSON.stringify(p.persons.map((x) => x.name)));
  });

  it('still reads a signer whose organisation is a member of another (« son organisation membre »)', () => {
    const p = propose({
      text: 'Madame la Ministre,\nÀ l’occasion de la visite du Président, la Fédération internationale pour les droits humains (FIDH) et son organisation membre en France la Ligue des droits de l’Homme (LDH) souhaitent attirer votre attention sur la situation des droits humains.',
      language: 'fr',
    });
    assert.ok(
      p.signatories.some((s) => s.name.startsWith('Ligue des droits')),
      JSON.stringify(p.signatories.map((s) => s.name)),
    );
  });
});

describe('an office after a name', () => {
  it('reads "Ranking Member of …" as an office, not a signer', () => {
    const p = propose({
      text: 'WASHINGTON – U.S. Senator Ben Carter (D-Md.), Ranking Member of the Senate Foreign Relations Committee, along with U.S. Senators Tim Kane (D-VA) and Tammy Bolton (D-WI), wrote a letter to President Donald Trump to request that he raise the case of Aya Hegazy.',
      language: 'en',
    });
    const names = [...p.persons, ...p.signatories].map((x) => x.name);
    assert.ok(!names.includes('Ranking Member'), JSON.stringify(names));
  });
});

describe('acts told twice or denied', () => {
  it('keeps one arrest with the precise date when a summary gives only its month', () => {
    const acts = namedActs(
      'Ivan Petrov, a writer who was arrested in January, has not been seen since. We write about Ivan Petrov, who was arrested in Almaty on January 29, 2018.',
      { language: 'en' },
    );
    assert.deepEqual(
      acts.filter((a) => a[0] === 'arrest'),
      [['arrest', 'Ivan Petrov', '2018-01-29', null]],
    );
  });

  it('reads no charge in "without being charged" or "if he is not being charged"', () => {
    const acts = namedActs(
      'Ivan Petrov spent a year without being charged. If he is not being charged with an offence, Oleg Sidorov must be released.',
      { language: 'en' },
    );
    assert.ok(!acts.some((a) => a[0] === 'charge'), JSON.stringify(acts));
    assert.ok(
      hasAct(namedActs('Oleg Sidorov was charged with treason.', { language: 'en' }), 'charge', 'Oleg Sidorov'),
    );
  });
});
