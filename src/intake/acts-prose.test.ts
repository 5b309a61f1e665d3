// Acts told across the lines and sentences of news prose: lines broken inside a sentence, a custody with its term,
// French typed without accents, acts only tried, and pronouns that stand for the person or the list named before.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { accentOptional } from './act-cues.ts';
import { proseSentences, sentences } from './tokens.ts';
import { namedActs } from './act-test-helpers.ts';
import { loadRussianMorph } from './russian-morph.ts';

// Russian names are read as the application reads a Cyrillic document: with the analyser loaded.
before(async () => {
  await loadRussianMorph();
});

const acts = (text: string, language: 'en' | 'fr' | 'ru' = 'en') => namedActs(text, { language });

describe('sentences of prose broken over lines', () => {
  const pieces = (text: string) => proseSentences(text, sentences(text, 'fr')).map(([a, b]) => text.slice(a, b).trim());
  it('carries a sentence over a line that starts in lower case or with a comma, or after a line ending on "et"', () => {
    assert.deepEqual(pieces('Le journaliste a ete arrete\na Bakou mardi.\nUn autre texte.'), [
      'Le journaliste a ete arrete\na Bakou mardi.',
      'Un autre texte.',
    ]);
    assert.deepEqual(
      pieces('Le 17 octobre,\n\nSayaf Gadorov\n\net\n\nTeymur Imanli\n\n, deux journalistes, ont disparu.'),
      ['Le 17 octobre,\n\nSayaf Gadorov\n\net\n\nTeymur Imanli\n\n, deux journalistes, ont disparu.'],
    );
  });
  it('keeps a heading and a line after a full stop apart', () => {
    assert.deepEqual(pieces('Arrestations au Kazakhstan\nLe militant est libre.\nensuite rien.'), [
      'Arrestations au Kazakhstan',
      'Le militant est libre.',
      'ensuite rien.',
    ]);
  });
  it('finds the act of a sentence wrapped by hand', () => {
    assert.deepEqual(
      acts('Timur Sadykov, journaliste du journal Azat et membre\ndu parti, a ete arrete mardi\nsoir a Bakou.', 'fr'),
      [['arrest', 'Timur Sadykov', null, null]],
    );
  });
});

describe('acts in more prose forms', () => {
  it('reads a custody with its term and no word of sentencing as a detention (« placé en détention pour deux mois »)', () => {
    assert.deepEqual(acts('Igor Vinyarov a été placé en détention pour deux mois.', 'fr'), [
      ['detention', 'Igor Vinyarov', null, null],
    ]);
    assert.deepEqual(acts('Timur Sadykov was remanded in pre-trial detention for two months.'), [
      ['detention', 'Timur Sadykov', null, null],
    ]);
    // With a word of sentencing the length is the sentence's, and no detention of its own.
    assert.deepEqual(acts('Timur Sadykov was jailed for five years.'), [['sentence', 'Timur Sadykov', null, 60]]);
  });
  it('reads French typed without accents', () => {
    assert.deepEqual(acts('Perviz Hashimov a ete arrete et accuse de contrebande.', 'fr'), [
      ['arrest', 'Perviz Hashimov', null, null],
      ['charge', 'Perviz Hashimov', null, null],
    ]);
    assert.equal(accentOptional(/arrêtée?s?/u).test('arretee'), true);
    // Letters inside a character class are left as written.
    assert.equal(accentOptional(/[é]/u).source, '[é]');
    // « condamner » (to condemn) is no sentence, with accents or without.
    assert.deepEqual(acts('Timur Sadykov demande aux autorités de condamner toute entrave.', 'fr'), []);
  });
  it('gives no act for one only tried or escaped', () => {
    assert.deepEqual(acts('Le rédacteur en chef, Rauf Arifov, a failli être arrêté mais s’est échappé.', 'fr'), []);
    assert.deepEqual(acts('Police tried to arrest Timur Sadykov on 5 May 2020.'), []);
    assert.deepEqual(acts('Журналиста Тимура Садыкова едва не задержали.', 'ru'), []);
    assert.deepEqual(acts('Timur Sadykov was arrested on 5 May 2020.'), [
      ['arrest', 'Timur Sadykov', '2020-05-05', null],
    ]);
  });
  it('gives the act of a clause whose subject is a pronoun to the person named before, not to a name after the verb', () => {
    assert.deepEqual(
      acts(
        'Igor Vinyarov, rédacteur en chef, a été placé en détention. Il est accusé d’avoir fait imprimer en avril 2010 des tracts contre M. Nursultan Nazarov.',
        'fr',
      ),
      [
        ['detention', 'Igor Vinyarov', null, null],
        ['charge', 'Igor Vinyarov', null, null],
      ],
    );
  });
  it('gives "they" the one list of the sentence before, whatever else that sentence names', () => {
    assert.deepEqual(
      acts(
        'Le chef du parti, Vladimir Kozlovsky, et l’opposant Serik Sapargaliev sont en prison, a indiqué Mikhaïl Sizovsky. Ils sont accusés d’avoir incité des grévistes à la violence.',
        'fr',
      ).filter((a) => a[0] === 'charge'),
      [
        ['charge', 'Vladimir Kozlovsky', null, null],
        ['charge', 'Serik Sapargaliev', null, null],
      ],
    );
  });
  it('carries a pronoun on through a sentence that told of the person by a pronoun only', () => {
    assert.deepEqual(
      acts(
        'Perviz Hashimov a été arrêté mardi. Un tribunal a décidé de le placer en détention provisoire. Des perquisitions ont été effectuées dans son appartement.',
        'fr',
      ),
      [
        ['arrest', 'Perviz Hashimov', null, null],
        ['detention', 'Perviz Hashimov', null, null],
        ['search', 'Perviz Hashimov', null, null],
      ],
    );
    // A sentence between that names nobody and tells of no one by a pronoun stops the reference.
    assert.deepEqual(
      acts(
        'Perviz Hashimov a été arrêté mardi. La situation est grave. Des perquisitions ont eu lieu dans son bureau.',
        'fr',
      ),
      [['arrest', 'Perviz Hashimov', null, null]],
    );
  });
  it('reads «в его отношении заведено уголовное дело» as a charge of the person named before', () => {
    assert.deepEqual(
      acts('В Минске задержан блогер Игорь Лосевич. Позже в его отношении заведено уголовное дело.', 'ru'),
      [
        ['arrest', 'Игорь Лосевич', null, null],
        ['charge', 'Игорь Лосевич', null, null],
      ],
    );
  });
});

describe('acts told of names after the words, and of given names alone', () => {
  it('gives « prisonniers politiques : A, B … » to the names after the words, never to the one before them', () => {
    assert.deepEqual(
      acts(
        'Ilham Aliyev a décidé de gracier 3 prisonniers politiques clés : les militants de N!DA Rashad Akhundov et Mahammad Azizli ; le président du Parti national de l’État Nemat Penahov.',
        'fr',
      ),
      [
        ['detention', 'Rashad Akhundov', null, null],
        ['detention', 'Mahammad Azizli', null, null],
        ['detention', 'Nemat Penahov', null, null],
      ],
    );
    assert.deepEqual(acts('Selon Ilham Aliyev, le pays ne compte aucun prisonnier politique.', 'fr'), []);
  });
  it('reads a known given name alone as the person the text names in full', () => {
    assert.deepEqual(
      acts(
        'Vous aviez rencontré Leyla Yunusova et son mari Arif Yunusov. Leyla et Arif restent en détention préventive.',
        'fr',
      ),
      [
        ['detention', 'Leyla Yunusova', null, null],
        ['detention', 'Arif Yunusov', null, null],
      ],
    );
    // Two people with that given name: the name alone is nobody's.
    assert.deepEqual(
      acts('Arif Yunusov et Arif Mammadov sont des historiens. Arif est en détention préventive.', 'fr'),
      [],
    );
    // A given name in brackets is another name of someone else («о. Николай»).
    assert.deepEqual(acts('Игорь Иванов (о. Николай) получил 6 лет колонии. Николай Сенцов свободен.', 'ru'), [
      ['sentence', 'Игорь Иванов', null, 72],
    ]);
  });
  it('prefers the name in the clause of the cue to one past a comma at the same distance', () => {
    assert.deepEqual(acts('Leyla Yunusova a subi des tortures, quant à Arif Yunusov, on ne sait rien.', 'fr'), [
      ['torture', 'Leyla Yunusova', null, null],
    ]);
  });
});

describe('acts told of a group that stands for names written elsewhere', () => {
  it('gives "the activists" the one list of names before it', () => {
    assert.deepEqual(
      acts(
        'We are concerned about Leyla Yunusova and Arif Yunusov. On 28 April, the human rights activists were arrested.',
      ),
      [
        ['arrest', 'Leyla Yunusova', null, null],
        ['arrest', 'Arif Yunusov', null, null],
      ],
    );
    // A bare plural with no article or number is no reference to anyone.
    assert.deepEqual(
      acts('We are concerned about Leyla Yunusova and Arif Yunusov. Journalists were arrested in Baku.'),
      [],
    );
  });
  it('gives a numbered group the list of that many names, after it when none stands before', () => {
    assert.deepEqual(
      acts(
        'Les quatre responsables du groupe étaient interpellés dans une ferme. Depuis une année, Nathalie Sokolova, Anna Petrova, Igor Belov et Timur Sadykov peuvent sortir.',
        'fr',
      ),
      [
        ['arrest', 'Nathalie Sokolova', null, null],
        ['arrest', 'Anna Petrova', null, null],
        ['arrest', 'Igor Belov', null, null],
        ['arrest', 'Timur Sadykov', null, null],
      ],
    );
    // The number does not match the list: nobody.
    assert.deepEqual(
      acts(
        'Les trois responsables du groupe étaient interpellés. Depuis une année, Anna Petrova et Igor Belov peuvent sortir.',
        'fr',
      ),
      [],
    );
  });
  it('gives "they … respectively" the figures of the list of the sentence before, in its order', () => {
    assert.deepEqual(
      acts(
        'Judges convicted two lawyers, Manuchehr Kholikov and Faromuz Irgashov, on a separate series of charges. They were sentenced to 15 and 30 years respectively.',
      ),
      [
        ['sentence', 'Manuchehr Kholikov', null, 180],
        ['sentence', 'Faromuz Irgashov', null, 360],
      ],
    );
  });
});

describe('who is not the victim, and a Russian surname alone', () => {
  it('never gives the act to the one speaking', () => {
    assert.deepEqual(
      acts(
        '«Обвинения надуманы», — сказал Роберт Херманов, призвав Астану освободить задержанных и снять с них обвинения.',
        'ru',
      ),
      [],
    );
  });
  it('never gives it to the head of state named by the title, and still to a body’s own president', () => {
    assert.deepEqual(acts('We urge President Ilham Aliyev to free all other journalists who remain behind bars.'), []);
    assert.deepEqual(
      acts(
        'Nous avons suivi l’action d’Atajurt et de son président M. Serikzhan Bilashev, arrêté le 10 mars 2019.',
        'fr',
      ),
      [['arrest', 'Serikzhan Bilashev', '2019-03-10', null]],
    );
  });
  it('reads a Russian surname alone in another case as the person named in full', () => {
    assert.deepEqual(
      acts('Правозащитник Алесь Беляцкий возглавляет центр. Беляцкого арестовали 14 июля 2021 года.', 'ru'),
      [['arrest', 'Алесь Беляцкий', '2021-07-14', null]],
    );
  });
});

describe('members named after the act, and a pronoun joined to a list', () => {
  it('gives an act told of a group to the list named after "among them" in the next sentence', () => {
    assert.deepEqual(
      acts('Других правозащитников начали задерживать вечером. Среди них Владимир Лабкевич и Евгения Бабанова.', 'ru'),
      [
        ['arrest', 'Владимир Лабкевич', null, null],
        ['arrest', 'Евгения Бабанова', null, null],
      ],
    );
    // Only the list the first of them heads: a person met is not one of them.
    assert.deepEqual(
      acts('Many defenders were arrested this year. Among them is Leyla Yunusova, who met Timur Sadykov in May.'),
      [['arrest', 'Leyla Yunusova', null, null]],
    );
    // Without "among them" the next sentence's names are not the group's.
    assert.deepEqual(acts('Many defenders were arrested this year. Leyla Yunusova met Timur Sadykov in May.'), []);
  });
  it('gives the act to the person a pronoun joined to the list stands for (« elle et son mari, A »)', () => {
    assert.deepEqual(
      acts(
        'Vous aviez rencontré Leyla Yunusova à Bakou. Quelques semaines plus tard, elle et son mari, Arif Yunusov, étaient arrêtés.',
        'fr',
      ),
      [
        ['arrest', 'Arif Yunusov', null, null],
        ['arrest', 'Leyla Yunusova', null, null],
      ],
    );
  });
});

describe('the victims of a crime, and French given names', () => {
  it('never gives the sentence to the one killed, and gives « Condamnés … » the group of the sentence before', () => {
    assert.deepEqual(
      acts(
        'Les quatre responsables du groupe étaient interpellés en 1987. Condamnés à perpétuité pour les meurtres du général Audran et de Georges Bessan, ils restent en prison. Nathalie Ménigon, Joëlle Aubron, Jean-Marc Rouillan et Georges Cipriani demandent leur libération conditionnelle.',
        'fr',
      ).filter((a) => a[0] === 'sentence'),
      [
        ['sentence', 'Nathalie Ménigon', null, null],
        ['sentence', 'Joëlle Aubron', null, null],
        ['sentence', 'Jean-Marc Rouillan', null, null],
        ['sentence', 'Georges Cipriani', null, null],
      ],
    );
    // The killing itself is told of the one killed.
    assert.deepEqual(acts('Georges Bessan a été assassiné en 1986.', 'fr'), [
      ['killing', 'Georges Bessan', '1986', null],
    ]);
  });
});
