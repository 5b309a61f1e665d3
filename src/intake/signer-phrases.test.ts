// Sentences that say who signed in words the earlier rules missed ("signatories include", « signé notamment par »,
// «Правозащитники из «X» обратились к Y»,
// « La liste compte … », « figurent également parmi les signataires »), and a date told after a place ("imprisoned in
// Russia since 2014"). Every sentence here is invented.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { hasAct, namedActs } from './act-test-helpers.ts';
import { propose } from './propose.ts';
import { loadRussianMorph, type RussianMorph } from './russian-morph.ts';

let morph: RussianMorph;
before(async () => {
  morph = await loadRussianMorph();
});

const signers = (text: string, language: 'en' | 'fr' | 'ru') =>
  propose({ text, language }).signatories.map((s) => s.name);

describe('sentences that name the signers', () => {
  it('reads "Signatories include A, B and C" as the signers', () => {
    const names = signers(
      'Twelve senators wrote to the President of Uzbekistan about the jailed journalist Daniel Ortiz. Signatories include Senator Mark Hollis, Senator Jane Carver and Senator Paul Denton.',
      'en',
    );
    for (const n of ['Mark Hollis', 'Jane Carver', 'Paul Denton']) assert.ok(names.includes(n), JSON.stringify(names));
    assert.ok(!names.includes('Daniel Ortiz'), JSON.stringify(names));
  });

  it('reads « La lettre est signée notamment par A et B » as the signers', () => {
    const names = signers(
      'Une lettre ouverte demande la libération du poète Karim Haddad. Elle est signée notamment par Jeanne Moreau et Olivier Rolin.',
      'fr',
    );
    assert.deepEqual(names.sort(), ['Jeanne Moreau', 'Olivier Rolin']);
  });

  it('reads « La liste compte … » after the signers were spoken of, and not otherwise', () => {
    const names = signers(
      'Plus de cent signataires soutiennent le cinéaste emprisonné Artem Lisenko. La liste compte les éditeurs Paul Morel et Anne Guérin.',
      'fr',
    );
    assert.deepEqual(names.sort(), ['Anne Guérin', 'Paul Morel']);
    const none = signers(
      'Le ministère a publié les noms des détenus. La liste compte les journalistes Paul Morel et Anne Guérin.',
      'fr',
    );
    assert.deepEqual(none, []);
  });

  it('reads « A et B figurent également parmi les signataires » as signers', () => {
    const names = signers(
      'Une tribune réclame la libération du blogueur Artem Lisenko. Claire Dubois et Marc Lefèvre figurent également parmi les signataires.',
      'fr',
    );
    assert.deepEqual(names.sort(), ['Claire Dubois', 'Marc Lefèvre']);
  });
});

describe('a date after a place', () => {
  it('dates "imprisoned in Russia since 2014" to 2014, not to the year of birth', () => {
    const acts = namedActs('Born in 1976, the filmmaker Artem Lisenko has been imprisoned in Russia since 2014.', {
      language: 'en',
    });
    assert.ok(
      acts.some((a) => a[0] === 'detention' && a[1] === 'Artem Lisenko' && a[2] === '2014'),
      JSON.stringify(acts),
    );
  });

  it('dates « emprisonné en Russie depuis mai 2014 » to May 2014, not to the year of birth', () => {
    const acts = namedActs('Le cinéaste Artem Lisenko, né en 1976, est emprisonné en Russie depuis mai 2014.', {
      language: 'fr',
    });
    assert.ok(hasAct(acts, 'detention', 'Artem Lisenko'), JSON.stringify(acts));
    assert.ok(
      acts.some((a) => a[0] === 'detention' && a[2] === '2014-05'),
      JSON.stringify(acts),
    );
  });
});

describe('a body whose people turn to a named person', () => {
  it('reads «Правозащитники из «X» обратились к спикеру парламента Y» as X signing to Y', () => {
    const p = propose({
      text: 'Правозащитники из «Голос Свободы Кыргызстан» обратились к спикеру парламента Таланту Мамытову, чтобы парламент взял на контроль расследование задержания журналиста Болота Темирова.',
      language: 'ru',
    });
    assert.deepEqual(
      p.organisations.map((o) => o.name),
      ['Голос Свободы Кыргызстан'],
    );
    assert.deepEqual(
      p.signatories.map((s) => [s.name, s.kind]),
      [['Голос Свободы Кыргызстан', 'organisation']],
    );
  });

  it('does not make a body a signer for turning to no one named («обратились в суд»)', () => {
    const p = propose({
      text: 'Правозащитники из «Голос Свободы Кыргызстан» обратились в суд по делу журналиста Болота Темирова.',
      language: 'ru',
    });
    assert.deepEqual(p.signatories, []);
  });
});

describe('signers who "supported" a letter, and lists set one name a line', () => {
  it('reads «поддержали писательница A, поэт B» as signers when the signatures are counted', () => {
    const p = propose({
      text: 'Писатели обратились к политзаключенным с письмом солидарности. В частности, политзаключенных поддержали писательница Ольга Миронова, поэт Сергей Ланской. Всего подписей больше сотни.',
      language: 'ru',
      morph,
    });
    assert.deepEqual(
      p.signatories.map((s) => s.name),
      ['Ольга Миронова', 'Сергей Ланской'],
    );
  });

  it('does not read «поддержали» as signing where no signature is spoken of', () => {
    const p = propose({
      text: 'На выборах кандидата поддержали писательница Ольга Миронова, поэт Сергей Ланской.',
      language: 'ru',
      morph,
    });
    assert.deepEqual(p.signatories, []);
  });

  it('reads a list of signers set one name a line past six lines, and a subject list over lines', () => {
    const names = [
      'Paul Morel',
      'Anne Guérin',
      'Marc Duval',
      'Claire Dubois',
      'Louis Martin',
      'Sophie Leroy',
      'Jean Picard',
      'Julie Fabre',
    ];
    const p = propose({
      text: `Une tribune réclame la libération du cinéaste Artem Lisenko. Plus de cent signataires la soutiennent. On y trouve notamment les écrivains\n${names.join(',\n')} ou encore le traducteur\nHenri Blanc. Les philosophes\nBruno Lacaze,\nNadia Roux ainsi que\nLéon Vidal figurent également parmi les signataires.`,
      language: 'fr',
    });
    const got = p.signatories.map((s) => s.name);
    for (const n of [...names, 'Henri Blanc', 'Bruno Lacaze', 'Nadia Roux', 'Léon Vidal'])
      assert.ok(got.includes(n), `${n} in ${JSON.stringify(got)}`);
  });
});
