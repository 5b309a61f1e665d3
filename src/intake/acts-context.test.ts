// Acts whose victim or date is not next to the cue: sentences that run on past «о.» and "Mr.", a victim named far before
// the cue or after a later "of", the people of the sentence before ("them"), medical care withheld, demands for release,
// the date of a release kept from other acts, and the one date of the sentence before; Russian names whose gender another
// mention settles, and a verb at a sentence's start that is not a given name.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { findDates } from './dates.ts';
import { propose } from './propose.ts';
import { loadRussianMorph, type RussianMorph } from './russian-morph.ts';
import { sentences } from './tokens.ts';
import { namedActs } from './act-test-helpers.ts';

const acts = (text: string, morph?: RussianMorph) => namedActs(text, morph ? { morph } : {});

describe('acts told away from their victim and date', () => {
  let morph: RussianMorph;
  before(async () => {
    morph = await loadRussianMorph();
  });

  it('does not end a sentence at an initial or an abbreviation', () => {
    const cut = (text: string, lang: string) => sentences(text, lang).map(([a, b]) => text.slice(a, b).trim());
    assert.deepEqual(cut('Он служит в храме (о. Арсений) в г. Караганде по ст. 174 УК. Потом уехал.', 'ru'), [
      'Он служит в храме (о. Арсений) в г. Караганде по ст. 174 УК.',
      'Потом уехал.',
    ]);
    assert.deepEqual(cut('Mr. Dale met Dr. Ruiz at No. 5 Elm Street. They left.', 'en'), [
      'Mr. Dale met Dr. Ruiz at No. 5 Elm Street.',
      'They left.',
    ]);
    assert.deepEqual(cut('M. Girard a été arrêté. Il est détenu.', 'fr'), [
      'M. Girard a été arrêté.',
      'Il est détenu.',
    ]);
  });

  it('shares a length across a list that an abbreviation interrupts', () => {
    assert.deepEqual(
      acts('Пётр Сидоренко и Михаил Лаптев (о. Арсений, настоятель храма) получили по 5 лет колонии.', morph),
      [
        ['sentence', 'Пётр Сидоренко', null, 60],
        ['sentence', 'Михаил Лаптев', null, 60],
      ],
    );
  });

  it('reads "the next day" as the day after the last full date', () => {
    const read = (text: string) => findDates(text, undefined).map((d) => [d.span.text, d.start]);
    assert.deepEqual(read('Held on 31 December 2020, he was charged the next day.'), [
      ['31 December 2020', '2020-12-31'],
      ['the next day', '2021-01-01'],
    ]);
    assert.deepEqual(read('Arrêté le 28 février 2021, il a été inculpé le lendemain.')[1], [
      'le lendemain',
      '2021-03-01',
    ]);
    assert.deepEqual(read('He was charged the next day.'), []);
  });

  it('reads "May, 2017" and dates written with dashes', () => {
    assert.deepEqual(
      findDates('In March, 2018 and on 12-04-2019, not 12-04.2019.', undefined).map((d) => d.start),
      ['2018-03', '2019-04-12'],
    );
  });

  it('takes the one person named earlier in a long sentence, and the victim after a later "of"', () => {
    assert.deepEqual(
      acts(
        'Timur Sadykov, the editor of two regional weeklies and a poet known across the north of the country, has been imprisoned since March 2020 on fabricated charges of treason.',
      ).map((a) => [a[0], a[1]]),
      [
        ['detention', 'Timur Sadykov'],
        ['charge', 'Timur Sadykov'],
      ],
    );
    assert.deepEqual(
      acts(
        'We protest the arrest on 3 May 2021 and the subsequent transfer to detention on 5 May 2021 of the editor of Ulys, Anna Berikova.',
      ),
      [
        ['arrest', 'Anna Berikova', '2021-05-03', null],
        ['detention', 'Anna Berikova', '2021-05-05', null],
      ],
    );
    // Two people before the cue: nobody is guessed.
    assert.deepEqual(
      acts(
        'Timur Sadykov, who wrote for the weekly of Olga Nemirova in the years before the elections and after them in the north and in the south of the country, was later charged with treason.',
      ),
      [],
    );
  });

  it('gives an act told of "them" to the one list of the sentence before', () => {
    assert.deepEqual(
      acts(
        'В Караганде полиция задержала журналистов Асель Нурову и Марата Жолдасова. Против них возбуждено дело о клевете.',
        morph,
      ).filter((a) => a[0] === 'charge'),
      [
        ['charge', 'Асель Нурова', null, null],
        ['charge', 'Марат Жолдасов', null, null],
      ],
    );
  });

  it('reads medical care withheld as ill-treatment, and a demand for release as detention', () => {
    assert.deepEqual(acts('Anna Berikova has a heart condition. The guards have denied her medical care.'), [
      ['ill_treatment', 'Anna Berikova', null, null],
    ]);
    assert.deepEqual(acts('We call for the immediate release of Timur Sadykov.'), [
      ['detention', 'Timur Sadykov', null, null],
    ]);
    assert.deepEqual(acts('Мы требуем освобождения Марата Жолдасова.', morph), [
      ['detention', 'Марат Жолдасов', null, null],
    ]);
    assert.deepEqual(acts('We welcome the release of Timur Sadykov.'), []);
  });

  it('keeps the date of a release from the act, and takes the one date of the sentence before', () => {
    assert.deepEqual(acts('Olga Nemirova, who was detained in the spring, was released on 2 June 2021.'), [
      ['arrest', 'Olga Nemirova', null, null],
    ]);
    assert.deepEqual(acts('On 12 May 2021 police came to the flat of Timur Sadykov. He was detained.'), [
      ['arrest', 'Timur Sadykov', '2021-05-12', null],
    ]);
    assert.deepEqual(acts('Timur Sadykov was born on 12 May 1980 in Taraz. He was detained.'), [
      ['arrest', 'Timur Sadykov', null, null],
    ]);
  });

  it('reads the kinds of act French, Russian and English news use beyond arrest and sentence', () => {
    assert.deepEqual(acts('Le militant Rauf Karimov a été placé en garde à vue le 3 mars 2021.'), [
      ['arrest', 'Rauf Karimov', '2021-03-03', null],
    ]);
    assert.deepEqual(acts('Le défenseur des droits humains Rauf Karimov purge une peine de sept ans et demi.'), [
      ['sentence', 'Rauf Karimov', null, 90],
    ]);
    assert.deepEqual(acts('Les autorités ont arrêté Rauf Karimov en avril 2014 et l’ont accusé de trahison.'), [
      ['arrest', 'Rauf Karimov', '2014-04', null],
      ['charge', 'Rauf Karimov', null, null],
    ]);
    assert.deepEqual(acts('В отношении Марата Жолдасова возбуждено уголовное дело.', morph), [
      ['charge', 'Марат Жолдасов', null, null],
    ]);
    assert.deepEqual(acts('Police searched the flat of Timur Sadykov on 4 May 2022.'), [
      ['search', 'Timur Sadykov', '2022-05-04', null],
    ]);
    assert.deepEqual(acts('Марат Жолдасов объявлен в розыск.', morph), [['other', 'Марат Жолдасов', null, null]]);
    assert.deepEqual(acts('Timur Sadykov was fined for a picket.'), [['fine', 'Timur Sadykov', null, null]]);
    assert.deepEqual(acts('В СИЗО Караганды 5 мая 2020 года умер активист Марат Жолдасов.', morph), [
      ['death_in_custody', 'Марат Жолдасов', '2020-05-05', null],
    ]);
    assert.deepEqual(acts('Les journalistes Rauf Karimov et Anar Bagirov sont toujours détenus.'), [
      ['detention', 'Rauf Karimov', null, null],
      ['detention', 'Anar Bagirov', null, null],
    ]);
    assert.deepEqual(acts('Rauf Karimov a publié une liste de prisonniers considérés comme illégalement détenus.'), []);
    assert.deepEqual(
      acts(
        'Anna Berikova was jailed for five years in 2019. Timur Sadykov was jailed in May 2020. He received death threats.',
      ),
      [
        ['sentence', 'Anna Berikova', '2019', 60],
        ['detention', 'Timur Sadykov', '2020-05', null],
        ['threats', 'Timur Sadykov', null, null],
      ],
    );
    // A group is not a named victim: «всех политзаключённых» after a speaker's name gives no act.
    assert.deepEqual(acts('Асель Нурова потребовала освободить всех политзаключённых.', morph), []);
  });

  it("reads a French list run on semicolons, a role before each name, and keeps one name's apposition to it", () => {
    assert.deepEqual(
      acts(
        'Sont toujours en détention : le journaliste Rauf Karimov ; l’avocat Anar Bagirov ; la militante Leyla Ismayilova, arrêtée en 2014.',
      ),
      [
        ['detention', 'Rauf Karimov', null, null],
        ['detention', 'Anar Bagirov', null, null],
        ['detention', 'Leyla Ismayilova', null, null],
        ['arrest', 'Leyla Ismayilova', '2014', null],
      ],
    );
    assert.deepEqual(
      acts('Rauf Karimov, Anar Bagirov and Timur Sadykov, arrested in 2014, remain in prison.').filter(
        (a) => a[0] === 'arrest',
      ).length,
      3,
    );
  });

  it('gives each name of a list its own figure when they are told "respectively"', () => {
    assert.deepEqual(
      acts('Anna Berikova, Timur Sadykov and Olga Nemirova were sentenced to three, five and six years respectively.'),
      [
        ['sentence', 'Anna Berikova', null, 36],
        ['sentence', 'Timur Sadykov', null, 60],
        ['sentence', 'Olga Nemirova', null, 72],
      ],
    );
    assert.deepEqual(
      acts('Les militants Rauf Karimov et Anar Bagirov ont été condamnés respectivement à 2 et 4 ans de prison.'),
      [
        ['sentence', 'Rauf Karimov', null, 24],
        ['sentence', 'Anar Bagirov', null, 48],
      ],
    );
    // Three figures for two names: nothing is guessed per name.
    assert.ok(
      !acts('Rauf Karimov and Anar Bagirov were sentenced to 2, 3 and 4 years respectively.').some((a) => a[3] === 24),
    );
  });

  it('reads house arrest as detention and criminal proceedings against a person as a charge', () => {
    assert.deepEqual(
      acts('Anna Berikova was placed under house arrest. Le blogueur Anar Bagirov a été assigné à résidence.'),
      [
        ['detention', 'Anna Berikova', null, null],
        ['detention', 'Anar Bagirov', null, null],
      ],
    );
    assert.deepEqual(acts('Les autorités ont engagé des poursuites pénales contre Anar Bagirov.'), [
      ['charge', 'Anar Bagirov', null, null],
    ]);
  });

  it('reads Russian verdicts, beatings, transfers to a colony and threats', () => {
    assert.deepEqual(
      acts('Марата Жолдасова признали виновным и назначили ему наказание в виде 3 лет ограничения свободы.', morph),
      [['sentence', 'Марат Жолдасов', null, 36]],
    );
    assert.deepEqual(acts('Конвоиры избили Марата Жолдасова. Позже Асель Нурову этапировали в колонию.', morph), [
      ['ill_treatment', 'Марат Жолдасов', null, null],
      ['detention', 'Асель Нурова', null, null],
    ]);
    assert.deepEqual(acts('Асель Нурова уехала из страны после угроз.', morph), [
      ['threats', 'Асель Нурова', null, null],
    ]);
  });

  it('reads English possessives, risked terms, disappearances and prosecutions', () => {
    assert.deepEqual(acts('We condemn Timur Sadykov’s arrest on 3 May 2021.'), [
      ['arrest', 'Timur Sadykov', '2021-05-03', null],
    ]);
    assert.deepEqual(
      acts('Timur Sadykov, who was detained in March, faces up to seven years in prison if convicted.'),
      [['arrest', 'Timur Sadykov', null, null]],
    );
    assert.deepEqual(acts('Anna Berikova went missing on 2 April 2020. The prosecution of Timur Sadykov goes on.'), [
      ['disappearance', 'Anna Berikova', '2020-04-02', null],
      ['charge', 'Timur Sadykov', null, null],
    ]);
    // "its authors prosecuted": the people prosecuted are not the man named before.
    assert.deepEqual(
      acts(
        'Power stayed with one man, Timur Sadykov, and every attempt at an alternative ended with its authors prosecuted.',
      ),
      [],
    );
    assert.deepEqual(acts('Anna Berikova was prosecuted for a post.'), [['charge', 'Anna Berikova', null, null]]);
    assert.deepEqual(
      acts(
        'Authorities arrested the journalist Timur Sadykov on 12 March 2021 on charges of spreading false information.',
      ),
      [
        ['arrest', 'Timur Sadykov', '2021-03-12', null],
        ['charge', 'Timur Sadykov', null, null],
      ],
    );
  });

  it("reads the court's answer to a request given as a bare figure, for the person the request named", () => {
    assert.deepEqual(acts('The prosecutor asked for 12 years for Timur Sadykov. The court gave him nine.'), [
      ['sentence', 'Timur Sadykov', null, 108],
    ]);
    assert.deepEqual(acts('Прокурор запросил Марату Жолдасову 10 лет. Суд дал восемь.', morph), [
      ['sentence', 'Марат Жолдасов', null, 96],
    ]);
    // Without an answer, a request is no sentence.
    assert.deepEqual(acts('The prosecutor asked for 12 years for Timur Sadykov. The court adjourned.'), []);
  });

  it('reads travel bans, surveillance and terrorist lists', () => {
    assert.deepEqual(
      acts('Timur Sadykov was barred from leaving the country. Anna Berikova was placed under surveillance in 2020.'),
      [
        ['travel_ban', 'Timur Sadykov', null, null],
        ['surveillance', 'Anna Berikova', '2020', null],
      ],
    );
    // A list about financing terrorism is not the list of terrorists.
    assert.deepEqual(
      acts('Марата Жолдасова внесли в перечень лиц, связанных с финансированием терроризма.', morph),
      [],
    );
    assert.deepEqual(acts('Марата Жолдасова включили в список террористов.', morph), [
      ['designation_terrorist', 'Марат Жолдасов', null, null],
    ]);
  });

  it('finds a person with a double surname whose first part has the ending', () => {
    assert.deepEqual(acts('His wife, Dzhamila Serikova-Tulen, has been threatened with prosecution.'), [
      ['threats', 'Dzhamila Serikova-Tulen', null, null],
    ]);
  });

  it("takes a Russian name's gender from the person noun before it", () => {
    const names = (text: string) => propose({ text, morph }).persons.map((x) => x.name);
    assert.deepEqual(names('Суд приговорил журналиста Ерлана Серикбаева к 5 годам.'), ['Ерлан Серикбаев']);
    assert.deepEqual(names('Дело правозащитницы Гульжан Серикбаевой закрыто.'), ['Гульжан Серикбаева']);
  });

  it('puts a man named once in full and once by his surname in the masculine, and drops a verb before a name', () => {
    const p = propose({
      text: 'Полиция задержала режиссёра Ерлана Серикбаева. Арестовав Серикбаева, власти ничего не объяснили. Серикбаев болен.',
      morph,
    });
    assert.deepEqual(
      p.persons.map((x) => x.name),
      ['Ерлан Серикбаев'],
    );
  });
});
