// Names and acts of countries the earlier rules had not met: a counted list after a dash ("six bloggers – A, … and F –
// and three journalists – G, H and I"), Arabic surnames after their article ("al-Hathloul"), Vietnamese names, a list
// after "including" whose names vouch for each other, a name that does not change script, the foreign-agent register
// told again as «В реестр внесены», and the one who condemns an act. Every sentence here is invented.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { namedActs } from './act-test-helpers.ts';
import { propose } from './propose.ts';
import { loadRussianMorph } from './russian-morph.ts';

const persons = (text: string) => propose({ text }).persons.map((p) => p.name);

before(async () => {
  await loadRussianMorph();
});

describe('names of far countries', () => {
  it('reads a counted list after a dash, and gives the arrest and the later charge to every name', () => {
    const text =
      'In April, the authorities arrested three bloggers–Abel Tesfay, Atnaf Berhu and Mahlet Fanta–and two independent journalists–Asmamaw Hailu and Edom Kassa, according to news reports. In July, they were charged with terrorism.';
    assert.deepEqual(persons(text), ['Abel Tesfay', 'Atnaf Berhu', 'Mahlet Fanta', 'Asmamaw Hailu', 'Edom Kassa']);
    const acts = namedActs(text);
    assert.equal(acts.filter((a) => a[0] === 'arrest').length, 5);
    assert.equal(acts.filter((a) => a[0] === 'charge').length, 5);
  });

  it('reads Arabic surnames after their article, and names that vouch for each other after "including"', () => {
    assert.deepEqual(
      persons(
        'By arresting the very women - including Nouf Abdelaziz, Loujain al-Hathal, Hatoon al-Fasi, and Aziza al-Yousif - the government sent a message.',
      ),
      ['Nouf Abdelaziz', 'Loujain al-Hathal', 'Hatoon al-Fasi', 'Aziza al-Yousif'],
    );
  });

  it('keeps a paper’s name set off by a bare comma out of the names', () => {
    assert.deepEqual(
      persons('Le rédacteur en chef du journal Tribouna / Sayasi Kalam, Janbolat Mamaï, a été arrêté.'),
      ['Janbolat Mamaï'],
    );
  });

  it('reads Vietnamese names with their family name first, not a French article before other words', () => {
    assert.deepEqual(
      persons(
        'Activists still in jail include lawyer Le Quoc Tuan, Ta Phong Lan and Nguyen Thi Minh Thu, and blogger Vu Quoc Nam.',
      ),
      ['Le Quoc Tuan', 'Ta Phong Lan', 'Nguyen Thi Minh Thu', 'Vu Quoc Nam'],
    );
    assert.deepEqual(persons('Le Grand Palais a accueilli une exposition.'), []);
  });

  it('reads the last words of a longer name as that name', () => {
    assert.deepEqual(persons('Activist Alaa Abd el-Fatah is in jail. Abd el-Fatah is a campaigner.'), [
      'Alaa Abd el-Fatah',
    ]);
  });
});

describe('acts in Russian lists', () => {
  it('reads «В реестр внесены …» after the foreign-agent register as that designation, a body’s Latin name apart', () => {
    const text =
      'Минюст внес в реестр иностранных агентов еще трех человек. В реестр внесены участница группы Pussy Riot Надежда Толокно, писатель Виктор Шендер и журналист Иван Беляк.';
    const acts = namedActs(text, { language: 'ru' });
    assert.deepEqual(
      acts.map((a) => [a[0], a[1]]),
      [
        ['designation_foreign_agent', 'Надежда Толокно'],
        ['designation_foreign_agent', 'Виктор Шендер'],
        ['designation_foreign_agent', 'Иван Беляк'],
      ],
    );
  });

  it('gives no act to the one who condemns it, but does to those a relative clause tells of', () => {
    assert.deepEqual(
      namedActs('Президент радио Джейми Флайт осудил включение журналистов в реестр иноагентов.', { language: 'ru' }),
      [],
    );
    const killed = namedActs(
      'Three journalists Elmar Husein, Rafig Tagiyev, and Rasim Alizade, who have criticized officials, have been killed.',
    );
    assert.equal(killed.filter((a) => a[0] === 'killing').length, 3);
  });
});

describe('letters to kings and presidents, and their writers', () => {
  it('reads « demandent au roi Mohamed VI », a king’s name with its number', () => {
    assert.deepEqual(
      propose({ text: 'Des intellectuels demandent au roi Mohamed VI d’accorder un procès équitable.' }).addressees.map(
        (a) => [a.name, a.title],
      ),
      [['Mohamed VI', 'Roi']],
    );
  });

  it('reads the address block above « Objet : » and the salutation, not a heading about the letter’s subject', () => {
    const text = [
      'Rwanda - Une fédération demande au Président d’intervenir pour la libération de Victoire Ingabire et des autres prisonniers politiques du pays',
      'Orléans 26 juin 2012',
      'A Son Excellence Monsieur François Hollande',
      'Président de la République',
      'Palais de l’Elysée',
      'Objet : demande d’intervention pour la libération de Madame Victoire Ingabire et des autres opposants politiques détenus par le régime.',
      'Excellence Monsieur le Président de la République,',
      'Nous vous écrivons.',
    ].join('\n');
    assert.deepEqual(
      propose({ text }).addressees.map((a) => a.name),
      ['François Hollande'],
    );
    assert.deepEqual(
      propose({
        text: 'Joint letter to King of Norland Regarding Abdul Karimi\n\nYour Majesty,\n\nWe call for his release.',
      }).addressees,
      [],
    );
  });

  it('reads the writers of "In their letter dated Nov 19, A, B and C said", not an arrest of theirs', () => {
    const text =
      'In their letter dated Nov 19, members of Congress Zoe Lofgar, Chris Smithson and Alan Lowen said they are concerned about the use of Article 258 to arrest bloggers and other activists.';
    assert.deepEqual(
      propose({ text }).signatories.map((s) => s.name),
      ['Zoe Lofgar', 'Chris Smithson', 'Alan Lowen'],
    );
    assert.deepEqual(namedActs(text), []);
  });

  it('reads one person from given names spelt one letter apart', () => {
    assert.deepEqual(
      persons(
        'Pour les journalistes Soulaiman Raïssouni et Omar Radi. La libération de Sulaiman Raissouni et Omar Radi est demandée.',
      ),
      ['Soulaiman Raïssouni', 'Omar Radi'],
    );
  });

  it('reads searches of a list in the genitive with places in brackets, «Риза» from «Ризы»', () => {
    const acts = namedActs(
      'Обыски прошли у Эльдара Кантемирова (Алушта), Ризы Омерова (Белогорск), его отца Энвера Омерова (Белогорск) и Руслана Нагаева (село Изобильное, Алушта).',
      { language: 'ru' },
    );
    assert.deepEqual(
      acts.map((a) => [a[0], a[1]]),
      [
        ['search', 'Эльдар Кантемиров'],
        ['search', 'Риза Омеров'],
        ['search', 'Энвер Омеров'],
        ['search', 'Руслан Нагаев'],
      ],
    );
  });
});

describe('lists with roles and bylines', () => {
  it('gives the arrest to both of "Mr. Vinh, co-founder of a website, and Ms. Thuy were arrested", not to the byline', () => {
    const acts = namedActs(
      'Bloggers Nguyen Huu Vinh and Nguyen Thi Minh Thuy are held.\n\nby Vu Quoc Nam, Nov 21, 2014\n\nMr. Vinh, co-founder of a news website, and Ms. Thuy were arrested in May.',
    );
    assert.deepEqual(
      acts.filter((a) => a[0] === 'arrest').map((a) => a[1]),
      ['Nguyen Huu Vinh', 'Nguyen Thi Minh Thuy'],
    );
    assert.ok(!acts.some((a) => a[1] === 'Vu Quoc Nam'));
  });
});
