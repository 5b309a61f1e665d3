// News of a letter: the bodies that wrote it listed sentences later ("The watchdogs included A, B and the C"), heads of
// bodies as its signers («председатель Союза журналистов A, …, в обращении к президенту … просят»), and whom it went to
// when a title of another shape stands before the name ("EU foreign-policy chief X", "a letter to the Norlandian
// justice minister, Ayatollah X", « s'est adressée par courrier au président …, ainsi qu'au Premier ministre, Y »).
// Every sentence here is invented.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { propose } from './propose.ts';
import { loadRussianMorph, type RussianMorph } from './russian-morph.ts';

let morph: RussianMorph;
before(async () => {
  morph = await loadRussianMorph();
});

const read = (text: string, language: 'en' | 'fr' | 'ru' = 'en') =>
  propose({ text, language, ...(language === 'ru' ? { morph } : {}) });

describe('news of a letter', () => {
  const news =
    'Seven press freedom groups have urged EU foreign-policy chief Maria Ferrante and other EU officials to press for the release of the blogger Timur Aliyev. In a letter made public on Monday, the groups said his health was failing. The watchdogs included Amnesty International, the Norland Press Institute, Free Voices Network and the Baltic Helsinki Committee.';

  it('reads the bodies of "The watchdogs included …" as the signers of the letter told of before', () => {
    const names = read(news).signatories.map((s) => s.name);
    for (const n of [
      'Amnesty International',
      'Norland Press Institute',
      'Free Voices Network',
      'Baltic Helsinki Committee',
    ])
      assert.ok(names.includes(n), JSON.stringify(names));
  });

  it('does not read such a list when no letter or appeal was told of', () => {
    const names = read(
      'Several parties met in the capital on Monday. The groups included the Green Union, the Farmers Party and the Liberal Forum.',
    ).signatories.map((s) => s.name);
    assert.deepEqual(names, []);
  });

  it('reads "urged EU foreign-policy chief X" as the addressee', () => {
    assert.deepEqual(
      read(news).addressees.map((a) => a.name),
      ['Maria Ferrante'],
    );
  });

  it('reads "in a letter to the Norlandian justice minister, Ayatollah X" as the addressee, without the honorific', () => {
    const a = read(
      'Thirty organisations have called for the release of the journalist Sara Kamali in a letter to the Norlandian justice minister, Ayatollah Hassan Reza Tabrizi. The letter was sent on 3 May.',
    ).addressees;
    assert.deepEqual(
      a.map((x) => x.name),
      ['Hassan Reza Tabrizi'],
    );
    assert.ok(!/Ayatollah/u.test(a[0]!.title ?? ''), a[0]!.title ?? '');
  });
});

describe('news of a letter in Russian and French', () => {
  it('reads heads of bodies before «в обращении к президенту … просят» as the signers, and the president as addressee', () => {
    const p = read(
      'Несколько редакций обратились с письмом к президенту в связи с ухудшением здоровья арестованного журналиста Тофика Рзаева.\nГлава объединения «Новое слово» Арзу Гасанов, председатель Союза журналистов Эльдар Гулиев, председатель Центра журналистики и развития Камиль Велиханлы и директор Института прав медиа Рашад Маммадли в обращении к президенту Ильхаму Алиеву просят помиловать Тофика Рзаева.',
      'ru',
    );
    assert.deepEqual(
      p.signatories.map((s) => s.name),
      ['Арзу Гасанов', 'Эльдар Гулиев', 'Камиль Велиханлы', 'Рашад Маммадли'],
    );
    assert.deepEqual(
      p.addressees.map((a) => a.name),
      ['Ильхам Алиев'],
      'the one the letter is about, after «в связи с», is not its addressee',
    );
  });

  it("reads « s'est adressée par courrier au président …, ainsi qu'au Premier ministre, Y » as two addressees", () => {
    assert.deepEqual(
      read(
        "L'association s'est adressée par courrier au président de la République, Jacques Morin, ainsi qu'au Premier ministre, Dominique de Valcourt, avant la visite.",
        'fr',
      ).addressees.map((a) => a.name),
      ['Jacques Morin', 'Dominique de Valcourt'],
    );
  });
});

describe('who wrote the letter, told another way', () => {
  it('reads "the statement quoted A\'s letter" as A signing, and no act of A from the demand before it', () => {
    const p = read(
      'The OSCE media representative sent a letter to Foreign Minister Aidar Sultanov. "I ask your authorities to release the journalist," the statement quoted Peter Lindqvist\'s letter. The Central Asian state has never held a free election.',
    );
    assert.deepEqual(
      p.signatories.map((s) => s.name),
      ['Peter Lindqvist'],
    );
    assert.ok(!p.acts.some((a) => a.person === 'Peter Lindqvist'), JSON.stringify(p.acts));
    assert.ok(!p.persons.some((x) => x.name === 'Central Asian'));
  });

  it("reads « X s'est adressée par courrier au président » as X signing", () => {
    assert.deepEqual(
      read(
        "Reporters sans frontières s'est adressée par courrier au président de la République, Jacques Morin, avant la visite.",
        'fr',
      ).signatories.map((s) => s.name),
      ['Reporters sans frontières'],
    );
  });
});

describe('a letter of someone addressed to someone', () => {
  it('reads "published a letter of A addressed B" as A signing and B its addressee, not held', () => {
    const p = read(
      'On March 31, the newspaper published a letter of Leyla Hasanova addressed Robert Miller in the context of the visit. In her opinion, the president was forced to release a few political prisoners.',
    );
    assert.deepEqual(
      p.signatories.map((s) => s.name),
      ['Leyla Hasanova'],
    );
    assert.deepEqual(
      p.addressees.map((a) => a.name),
      ['Robert Miller'],
    );
    assert.ok(!p.acts.some((a) => a.person === 'Robert Miller'), JSON.stringify(p.acts));
  });
});
