// Acts told by the form of a demand ("Immediately release A", "to free A"), by a length given ("got six years"), by a
// beating or an assault, by a killing's noun ("the murder of A") and by a criminal prosecution; a shared surname after
// two given names ("Leyla and Arif Y.") and a Russian name after a transitive verb. Every sentence here is invented.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { hasAct, namedActs } from './act-test-helpers.ts';
import { propose } from './propose.ts';
import { loadRussianMorph, type RussianMorph } from './russian-morph.ts';

let morph: RussianMorph;
before(async () => {
  morph = await loadRussianMorph();
});

const has = hasAct;

describe('demands by their form', () => {
  it('reads "Immediately release A, B and C" opening a point as a detention of each', () => {
    const acts = namedActs(
      'The coalition asks the government to:\n– Immediately release Farid Osmanov, Nurlan Kasimov and Gulnara Sadykova and ensure their access to lawyers;\n– Repeal the law.',
    );
    for (const p of ['Farid Osmanov', 'Nurlan Kasimov', 'Gulnara Sadykova']) assert.ok(has(acts, 'detention', p), p);
  });

  it('reads "to release A" after a long apposition naming the one asked', () => {
    const acts = namedActs(
      'We call on the government, and specifically the President of the Republic, Alexander Morozov, to release Pavel Sidorenko and drop all charges.',
    );
    assert.ok(has(acts, 'detention', 'Pavel Sidorenko'));
    assert.ok(!has(acts, 'detention', 'Alexander Morozov'));
  });

  it('reads "to unconditionally free A" as a detention, and "to free speech" as none', () => {
    assert.ok(
      has(
        namedActs('The senators asked the minister to unconditionally free Tran Van Minh, a blogger.'),
        'detention',
        'Tran Van Minh',
      ),
    );
    assert.deepEqual(
      namedActs('Rustam Aliyev said the reform aimed to free speech from state control.').filter(
        (a) => a[0] === 'detention',
      ),
      [],
    );
  });

  it('reads "still in jail" and "currently under arrest" as a detention, not a new arrest', () => {
    const acts = namedActs(
      'Several activists are still in jail, including Nguyen Van Thanh and Le Thi Hoa. Pham Van Duc is currently under arrest.',
    );
    assert.ok(has(acts, 'detention', 'Nguyen Van Thanh'));
    assert.ok(has(acts, 'detention', 'Le Thi Hoa'));
    assert.ok(has(acts, 'detention', 'Pham Van Duc'));
    assert.ok(!has(acts, 'arrest', 'Pham Van Duc'));
  });
});

describe('lengths given and convictions', () => {
  it('reads "A got six years" as a sentence of 72 months', () => {
    assert.ok(has(namedActs('Marat Ospanov got six years.'), 'sentence', 'Marat Ospanov', 72));
  });

  it('reads "a 7 1/2 year jail term" as 90 months', () => {
    assert.ok(
      has(namedActs('Daler Nazarov, another blogger, got a 7 1/2 year jail term.'), 'sentence', 'Daler Nazarov', 90),
    );
  });

  it('reads « purge des peines totalisant 11 ans et demi » as a sentence of 138 months', () => {
    const acts = namedActs('Boris Lebedev purge des peines totalisant 11 ans et demi dans une colonie pénitentiaire.', {
      language: 'fr',
    });
    assert.ok(has(acts, 'sentence', 'Boris Lebedev', 138));
  });

  it('reads "the conviction of A" as a sentence, and "political convictions" as none', () => {
    assert.ok(
      has(namedActs('The statement condemns the unjust conviction of Timur Saliyev.'), 'sentence', 'Timur Saliyev'),
    );
    assert.deepEqual(
      namedActs('Timur Saliyev never hid his political convictions.').filter((a) => a[0] === 'sentence'),
      [],
    );
  });
});

describe('beatings, assaults and killings', () => {
  it('reads "guards beat A and B" and "were also reportedly attacked" as ill-treatment of each', () => {
    const acts = namedActs(
      'Security guards beat Rauf Ismayilov and Aysel Guliyeva in April. Two others – Elvin Hasanov and Nigar Abbasova – were also reportedly attacked.',
    );
    for (const p of ['Rauf Ismayilov', 'Aysel Guliyeva', 'Elvin Hasanov', 'Nigar Abbasova'])
      assert.ok(has(acts, 'ill_treatment', p), p);
  });

  it('reads « a été violemment agressé » as ill-treatment', () => {
    const acts = namedActs('Le journaliste Emin Babayev a été violemment agressé par des policiers le 3 mai.', {
      language: 'fr',
    });
    assert.ok(has(acts, 'ill_treatment', 'Emin Babayev'));
  });

  it('reads "the killing of editor A" as a killing of A, and "complicity in the murder of a police officer" as none', () => {
    assert.ok(
      has(
        namedActs('Those responsible for the killing of editor Ramin Tagiyev in 2005 are free.'),
        'killing',
        'Ramin Tagiyev',
      ),
    );
    const acts = namedActs(
      'Bakhtiyar Usmanov is serving a life sentence on charges of complicity in the murder of a police officer, mr. Usmanov says he is innocent.',
    );
    assert.ok(!acts.some((a) => a[0] === 'killing'));
  });
});

describe('a criminal prosecution', () => {
  it('reads «прекратить уголовное преследование А» as a charge', () => {
    const acts = namedActs('Учёные потребовали прекратить уголовное преследование Тимура Касымова.', {
      language: 'ru',
      morph,
    });
    assert.ok(has(acts, 'charge', 'Тимур Касымов'));
  });
});

describe('names', () => {
  it('reads "Leyla and Arif Yunus" as two people, each with the acts told of both', () => {
    const p = propose({ text: 'The police arrested Elena and Pavel Sidorenko in May 2014.' });
    assert.deepEqual(
      p.persons.map((x) => x.name),
      ['Elena Sidorenko', 'Pavel Sidorenko'],
    );
    const acts = namedActs('The police arrested Elena and Pavel Sidorenko in May 2014.');
    assert.ok(has(acts, 'arrest', 'Elena Sidorenko'));
    assert.ok(has(acts, 'arrest', 'Pavel Sidorenko'));
  });

  it('gives "Leyla and Arif Yunusov" the woman\'s surname written in full elsewhere', () => {
    const p = propose({
      text: 'We defend Elena and Pavel Sidorenkov. Elena Sidorenkova was kept under surveillance.',
    });
    assert.deepEqual(p.persons.map((x) => x.name).sort(), ['Elena Sidorenkova', 'Pavel Sidorenkov']);
  });

  it("keeps a woman's surname ending in a consonant undeclined («Лейлы и Арифа Юнус»)", () => {
    const p = propose({ text: 'Суд вынес решение по делу Марины и Тимура Шмидт.', language: 'ru', morph });
    assert.ok(p.persons.some((x) => x.name === 'Марина Шмидт'));
  });

  it('reads a name after a transitive verb as an accusative («задержали Марину Иванову» is Марина Иванова)', () => {
    const p = propose({ text: 'Вчера полицейские задержали Марину Иванову у здания суда.', language: 'ru', morph });
    assert.deepEqual(
      p.persons.map((x) => x.name),
      ['Марина Иванова'],
    );
  });
});

describe('time held, kinds of sentence and deaths', () => {
  it('reads "spent nearly a year in prison" and « ayant passé six mois en prison » as detentions, not sentences', () => {
    const en = namedActs('Rauf Aliyev, an activist who spent nearly a year in prison, was freed in May.');
    assert.ok(has(en, 'detention', 'Rauf Aliyev'));
    assert.ok(!en.some((a) => a[0] === 'sentence'));
    const fr = namedActs('Ivan Petrov, ayant passé six mois en prison, en est sorti en mars 2013.', { language: 'fr' });
    assert.ok(has(fr, 'detention', 'Ivan Petrov'));
    assert.ok(!fr.some((a) => a[0] === 'sentence'));
  });

  it('reads "being held in connection with a case" as a detention', () => {
    assert.ok(
      has(
        namedActs('Ilkin Mammadov was being held in connection with a case against his newspaper.'),
        'detention',
        'Ilkin Mammadov',
      ),
    );
  });

  it('reads "serving a life sentence" and «условный срок» as sentences', () => {
    assert.ok(has(namedActs('Azat Musayev is serving a life sentence.'), 'sentence', 'Azat Musayev'));
    const ru = namedActs('Условный срок Ивана Петрова ограничивает его свободу.', { language: 'ru', morph });
    assert.ok(has(ru, 'sentence', 'Иван Петров'));
  });

  it('reads "murdered while in police custody" as a death in custody, and "killed, and others imprisoned" as a killing', () => {
    assert.ok(
      has(
        namedActs('Ivan Petrov, a blogger, was murdered while in police custody in February 2020.'),
        'death_in_custody',
        'Ivan Petrov',
      ),
    );
    const acts = namedActs(
      'Elmar Kerimov and Rafig Huseynli have been killed, and many journalists have been imprisoned.',
    );
    assert.ok(has(acts, 'killing', 'Elmar Kerimov'));
    assert.ok(!acts.some((a) => a[0] === 'death_in_custody'));
  });

  it('reads "tortured or otherwise ill-treated on 5 April" as one torture with its date', () => {
    const acts = namedActs(
      'Aida Tazhibek-kyzy was tortured or otherwise ill-treated in pre-trial detention on April 5, 2024.',
    );
    assert.deepEqual(
      acts.filter((a) => a[0] === 'torture' || a[0] === 'ill_treatment'),
      [['torture', 'Aida Tazhibek-kyzy', '2024-04-05', null]],
    );
  });

  it('reads "the ban on the departure of A" as a travel ban and « la libération des journalistes A et B » as detentions', () => {
    assert.ok(
      has(
        namedActs('They call for lifting the ban on the departure of journalist Khadija Rzayeva.'),
        'travel_ban',
        'Khadija Rzayeva',
      ),
    );
    const fr = namedActs('Pour la libération des journalistes Karim Bennani et Omar Tazi.', { language: 'fr' });
    assert.ok(has(fr, 'detention', 'Karim Bennani'));
    assert.ok(has(fr, 'detention', 'Omar Tazi'));
  });

  it('reads « condamnés à une amende » as fines, not sentences, and "a fine of 20" as no one\'s name', () => {
    const acts = namedActs(
      'Le juge a condamné Umid Karimov et Gulnora Sadikova à une amende de 20 salaires minimum, Timur Rakhimov à une amende de 30 salaires.',
      { language: 'fr' },
    );
    assert.ok(has(acts, 'fine', 'Umid Karimov'));
    assert.ok(has(acts, 'fine', 'Gulnora Sadikova'));
    assert.ok(!acts.some((a) => a[0] === 'sentence'));
  });
});

describe('dates', () => {
  it('dates "yesterday" and « hier » by the letter\'s own date, and not when a date is written beside it', () => {
    const acts = namedActs('Paris, le 25 novembre 2011\n\nAles Kirilenko a été condamné hier à quatre ans de prison.', {
      language: 'fr',
    });
    assert.ok(acts.some((a) => a[0] === 'sentence' && a[2] === '2011-11-24'));
    const ru = namedActs(
      'Алматы, 23 февраля 2016 года\n\nВчера, 22 февраля 2016 года, задержали журналиста Сейткали Нурланова.',
      {
        language: 'ru',
        morph,
      },
    );
    assert.ok(ru.some((a) => a[0] === 'arrest' && a[2] === '2016-02-22'));
  });

  it('dates "arrested in May" by the year of the letter, and « Le 5, » by the chronicle\'s heading', () => {
    const en = namedActs('Washington, Nov 21, 2014\n\nBlogger Nguyen Van Hai was arrested in May and charged.');
    assert.ok(en.some((a) => a[0] === 'arrest' && a[2] === '2014-05'));
    const fr = namedActs(
      '2-8 juin 2021\nLe 2, la police assigne à résidence X, selon une loi de décembre 2020.\nLe 5, le diplomate Arturo Perez est arrêté.',
      { language: 'fr' },
    );
    assert.ok(fr.some((a) => a[0] === 'arrest' && a[1] === 'Arturo Perez' && a[2] === '2021-06-05'));
  });
});

describe('whose the title is', () => {
  it("does not give the addressee's title to the person the clause after it names", () => {
    const p = propose({
      text: 'Notre confrère Christophe Marchand a été condamné à sept ans de prison. Nous en appelons à M. Karim Bensaid, Président de la République, pour qu’il gracie Christophe Marchand.',
    });
    assert.deepEqual(p.persons.find((x) => x.name === 'Christophe Marchand')?.roles, []);
    const acts = namedActs(
      'Notre confrère Christophe Marchand a été condamné à sept ans de prison. Nous en appelons à M. Karim Bensaid, Président de la République pour qu’il gracie Christophe Marchand.',
    );
    assert.ok(has(acts, 'sentence', 'Christophe Marchand', 84));
  });

  it('names a person as the text writes them, not as a headline in capitals does', () => {
    const p = propose({ text: 'LIBÉREZ CHRISTOPHE MARCHAND !\nNotre confrère Christophe Marchand a été condamné.' });
    assert.ok(p.persons.some((x) => x.name === 'Christophe Marchand'));
  });
});

describe('a pronoun subject before a noun cue', () => {
  it('reads "They call for the release of A" and "He demanded the release of A" as detentions of A', () => {
    assert.ok(has(namedActs('They call for the release of Khadija Rzayeva.'), 'detention', 'Khadija Rzayeva'));
    assert.ok(has(namedActs('He demanded the release of Khadija Rzayeva.'), 'detention', 'Khadija Rzayeva'));
  });

  it('still gives "He was charged with insulting President X" to no one in the sentence', () => {
    assert.ok(!namedActs('He was charged with insulting President Ilham Aliyev.').some((a) => a[0] === 'charge'));
  });
});

describe('Russian names after a noun of a trade', () => {
  it('reads «с призывом освободить … журналиста А, врача Б и активиста В» as detentions, each name in the nominative', () => {
    const text =
      'Сенаторы направили письмо с призывом освободить политических заключенных журналиста Нургельды Халыкова, врача Хурсанай Исматуллаеву и активиста Гулгельды Аннаниязова.';
    const p = propose({ text, language: 'ru', morph });
    assert.deepEqual(
      p.persons.map((x) => x.name),
      ['Нургельды Халыков', 'Хурсанай Исматуллаева', 'Гулгельды Аннаниязов'],
    );
    const acts = namedActs(text, { language: 'ru', morph });
    for (const n of ['Нургельды Халыков', 'Хурсанай Исматуллаева', 'Гулгельды Аннаниязов'])
      assert.ok(has(acts, 'detention', n), n);
  });

  it('reads «Тлеубике Юлдашева – к 8,5 годам» opening a clause as a nominative', () => {
    const p = propose({
      text: 'Жангелди Серикбаев был приговорен к 10 годам колонии, Тлеубике Юлдашева – к 8,5 годам.',
      language: 'ru',
      morph,
    });
    assert.ok(p.persons.some((x) => x.name === 'Тлеубике Юлдашева'));
  });
});

describe('verdicts told of a group, then of each', () => {
  it('dates each sentence by the verdict told before of a group the text counts ("convicted five activists")', () => {
    const acts = namedActs(
      'Hanoi, December 22, 2017\n\nOn December 21, the court convicted five activists of propaganda. Particularly, Mr. Tran Van Minh, 25, was sentenced to five years in prison, Ms. Le Thi Hoa, 38, and Mr. Pham Van Duc, 25, to four years in jail each.',
    );
    assert.ok(has(acts, 'sentence', 'Tran Van Minh', 60));
    assert.ok(acts.some((a) => a[0] === 'sentence' && a[1] === 'Le Thi Hoa' && a[2] === '2017-12-21' && a[3] === 48));
    assert.ok(acts.some((a) => a[0] === 'sentence' && a[1] === 'Pham Van Duc' && a[2] === '2017-12-21' && a[3] === 48));
  });

  it("dates each sentence by an uncounted group's verdict in the same paragraph («суд вынес приговор лидерам»)", () => {
    const acts = namedActs(
      '15 декабря 2021 года городской суд вынес приговор лидерам протестов. Председатель совета Ахмед Мальсагов и член совета Ислам Барахоев получили по девять лет колонии. А бывшая сотрудница музея Зарема Саутиева приговорена к 7,5 года колонии.',
      { language: 'ru', morph },
    );
    assert.ok(
      acts.some((a) => a[0] === 'sentence' && a[1] === 'Ахмед Мальсагов' && a[2] === '2021-12-15' && a[3] === 108),
    );
    assert.ok(
      acts.some((a) => a[0] === 'sentence' && a[1] === 'Ислам Барахоев' && a[2] === '2021-12-15' && a[3] === 108),
    );
    assert.ok(
      acts.some((a) => a[0] === 'sentence' && a[1] === 'Зарема Саутиева' && a[2] === '2021-12-15' && a[3] === 90),
    );
  });

  it("does not date a sentence by a group's date another cue stands nearer to", () => {
    const acts = namedActs(
      'Все пятеро активистов, задержанных осенью 2022 года, были заочно осуждены. Жангелди Серикбаев был приговорен к 10 годам колонии, Тлеубике Юлдашева – к 8 годам.',
      { language: 'ru', morph },
    );
    assert.ok(acts.some((a) => a[0] === 'sentence' && a[1] === 'Жангелди Серикбаев' && a[2] === null));
  });

  it('reads "Nguyen Tan An" whole, "three years ago" as no length, and "Messrs." as no end of a sentence', () => {
    assert.ok(
      propose({ text: 'Mr. Nguyen Tan An, 25, was sentenced to five years.' }).persons.some(
        (p) => p.name === 'Nguyen Tan An',
      ),
    );
    assert.ok(
      !namedActs('Ivan Petrov was sentenced for protests held three years ago.').some(
        (a) => a[0] === 'sentence' && a[3] === 36,
      ),
    );
    assert.ok(
      has(
        namedActs('We are concerned about the ongoing detention of Messrs. Hassan Abdelnabi and Naji Al-Fateel.'),
        'detention',
        'Hassan Abdelnabi',
      ),
    );
  });
});

describe('shared verdicts, trials and honorifics', () => {
  it('gives the sentence to the names after « de même que » and "as were"', () => {
    const fr = namedActs(
      'Le rédacteur en chef, Murat Demir, a été condamné à sept ans et six mois de prison, de même que les journalistes Ahmet Kaya et Aydin Yilmaz.',
      { language: 'fr' },
    );
    for (const n of ['Murat Demir', 'Ahmet Kaya', 'Aydin Yilmaz']) assert.ok(has(fr, 'sentence', n, 90), n);
    const en = namedActs('Ivan Petrov was sentenced to seven years, as were Pavel Sidorov and Oleg Ivanov.');
    for (const n of ['Ivan Petrov', 'Pavel Sidorov', 'Oleg Ivanov']) assert.ok(has(en, 'sentence', n, 84), n);
  });

  it('reads « elles sont jugées … pour » and « comparaissait … pour » as charges, « ont été jugés pour » as none', () => {
    const fr = namedActs(
      'Parmi eux, Leila Hamedi et Sara Mohammadi, deux journalistes. Elles sont jugées à Téhéran notamment pour conspiration.',
      { language: 'fr' },
    );
    assert.ok(has(fr, 'charge', 'Leila Hamedi'));
    assert.ok(has(fr, 'charge', 'Sara Mohammadi'));
    assert.ok(
      has(
        namedActs('Karim Laalami comparaissait devant le tribunal de Tizi pour sept affaires.', { language: 'fr' }),
        'charge',
        'Karim Laalami',
      ),
    );
    assert.ok(
      !namedActs('Les militants Anvar Karimov et Dilshod Rakhimov ont été jugés pour leur action du 27 janvier.', {
        language: 'fr',
      }).some((a) => a[0] === 'charge'),
    );
  });

  it("dates « détenues depuis septembre » by the letter's year and reads « Mme Iraee » as the surname alone", () => {
    const fr = namedActs(
      'Paris, le 10 juillet 2023\n\nGolnaz Iraee a été condamnée à cinq ans de prison. Mme Iraee a été arrêtée en septembre 2022.',
      { language: 'fr' },
    );
    assert.ok(fr.some((a) => a[0] === 'arrest' && a[1] === 'Golnaz Iraee' && a[2] === '2022-09'));
    assert.ok(!fr.some((a) => a[1] === 'Mme Iraee'));
  });
});

describe('a counted group standing for the people of one sentence', () => {
  it('gives "the five activists were accused" to the five people the sentence before names, though in two lists', () => {
    const acts = namedActs(
      'Particularly, Mr. Tran Van Minh, 25, was sentenced to five years, Ms. Le Thi Hoa, 38, and Mr. Pham Van Duc, 25, to four years each, and Mr. Vo Van Tam, 23, and Mr. Nguyen Van Long, 23, to three years each. According to the indictment, the five activists were accused of propaganda.',
    );
    for (const n of ['Tran Van Minh', 'Le Thi Hoa', 'Pham Van Duc', 'Vo Van Tam', 'Nguyen Van Long'])
      assert.ok(has(acts, 'charge', n), n);
  });

  it('reads «Власти обвинили его» as a charge', () => {
    const acts = namedActs(
      'Журналист Далер Каримов был арестован в июне. Власти обвинили его в распространении ложной информации.',
      {
        language: 'ru',
        morph,
      },
    );
    assert.ok(has(acts, 'charge', 'Далер Каримов'));
  });
});

describe('one person, two spellings; a trade before a name', () => {
  it('reads "Ziad Elelaimy" after "Ziad El-Elaimy" and "Naji Al Fateel" after "Naji Al-Fateel" as one person each', () => {
    const p = propose({
      text: 'A court sentenced Karim El-Said to five years. Activist Karim Elsaid and Naji Al-Fateel were held; Naji Al Fateel was tortured.',
    });
    assert.deepEqual(
      p.persons.map((x) => x.name),
      ['Karim El-Said', 'Naji Al-Fateel'],
    );
  });

  it('keeps "Activists" out of the name at the head of a sentence', () => {
    const p = propose({ text: 'In the same case, Activists Karim Bahnasy and Omar Nasser received three years.' });
    assert.ok(p.persons.some((x) => x.name === 'Karim Bahnasy'));
  });
});

describe('watched', () => {
  it('reads «За А и Б постоянно следят сотрудники спецслужб» as surveillance of each', () => {
    const acts = namedActs('«За Бахромом Турсуновым и Дилшодом Саидовым постоянно следят сотрудники спецслужб».', {
      language: 'ru',
      morph,
    });
    assert.ok(has(acts, 'surveillance', 'Бахром Турсунов'));
    assert.ok(has(acts, 'surveillance', 'Дилшод Саидов'));
  });
});

describe('a sentence opening on its participle', () => {
  it("gives « Arrêtée en septembre …, Mme X a refusé » to the subject after the participle's clause", () => {
    const acts = namedActs(
      'Golnaz Iraee est militante. Arrêtée en septembre lors d’une descente de police à son domicile, au début du mouvement de protestations, Mme Iraee a refusé de répondre.',
      { language: 'fr' },
    );
    assert.ok(has(acts, 'arrest', 'Golnaz Iraee'));
  });
});

describe('a name after a role in a body', () => {
  it('reads "the publisher of the online news outlet Terara Network, Temerat Negara, were" as a person', () => {
    const p = propose({
      text: 'Freelancer Amir Aman Kiyaro and the publisher of the online news outlet Terara Network, Temerat Negara, were among the journalists arrested.',
    });
    assert.ok(p.persons.some((x) => x.name === 'Temerat Negara'));
  });
});

describe("an urgent appeal's long list", () => {
  const text =
    'The Observatory is concerned about the ongoing arbitrary detention of Messrs. Maytham Bader Jassim Al-Sheikh, Hassan Abdelnabi and Ahmad Jaffar Mohammed Ali, members of the Unemployment Committee, Naji Al-Fateel, member of the Bahrain Youth Society for Human Rights (BYSHR), Mohammed Abdullah Al-Sengais, Head of the Committee to Combat High Prices, and Ebrahim Mohamed Amin Al-Arab, founding member of the Martyrs Committee.';

  it('reads names of four words after "Messrs." and in its list, and no person in "the Committee to Combat High Prices"', () => {
    const names = propose({ text }).persons.map((x) => x.name);
    assert.ok(names.includes('Maytham Bader Jassim Al-Sheikh'));
    assert.ok(names.includes('Ahmad Jaffar Mohammed Ali'));
    assert.ok(!names.includes('Combat High Prices'));
  });

  it('gives the detention to every name, past roles of up to ten words with an abbreviation in brackets', () => {
    const acts = namedActs(text);
    for (const n of [
      'Maytham Bader Jassim Al-Sheikh',
      'Hassan Abdelnabi',
      'Ahmad Jaffar Mohammed Ali',
      'Naji Al-Fateel',
      'Mohammed Abdullah Al-Sengais',
      'Ebrahim Mohamed Amin Al-Arab',
    ])
      assert.ok(has(acts, 'detention', n), n);
  });
});

describe('dates that bound an act', () => {
  it('does not date "arrested in the weeks after November 2, 2021" on November 2', () => {
    const acts = namedActs('Journalist Amir Aman Kiyaro was among those arrested in the weeks after November 2, 2021.');
    assert.ok(acts.some((a) => a[0] === 'arrest' && a[1] === 'Amir Aman Kiyaro' && a[2] === null));
  });

  it('reads "has apparently been detained" as a detention and "has been detained on 5 May" as an arrest', () => {
    assert.ok(has(namedActs('Ilham Tohti has apparently been detained.'), 'detention', 'Ilham Tohti'));
    assert.ok(has(namedActs('Ivan Petrov has been detained on 5 May by police.'), 'arrest', 'Ivan Petrov'));
  });
});

describe('threats, coordinated nouns and what "all" is said of', () => {
  it('reads "the conviction and threat of deportation of A" as a sentence of A and no deportation', () => {
    const acts = namedActs(
      'We protest against the illegal conviction and threat of deportation of Nariman Dzhelialov.',
    );
    assert.ok(has(acts, 'sentence', 'Nariman Dzhelialov'));
    assert.ok(!acts.some((a) => a[0] === 'deportation'));
  });

  it('keeps "writers like A, lawyers like B and now C and D sentenced to five years" as two groups', () => {
    const acts = namedActs(
      'You repress all democratic rights and you hold captive those who challenge you – writers like Aron Atabek, lawyers like Vadim Kuramshin and now Max Bokayev and Talgat Ayanov sentenced to five years.',
    );
    assert.ok(has(acts, 'detention', 'Aron Atabek'));
    assert.ok(has(acts, 'sentence', 'Talgat Ayanov', 60));
    assert.ok(!acts.some((a) => a[0] === 'sentence' && (a[1] === 'Aron Atabek' || a[1] === 'Vadim Kuramshin')));
    assert.ok(!acts.some((a) => a[0] === 'detention' && a[1] === 'Max Bokayev'));
  });
});

describe('victims of an act in apposition', () => {
  it('gives « A, B et C, victimes de tortures, ainsi que D » the torture to A, B and C only', () => {
    const acts = namedActs(
      'Il faut libérer tous les prisonniers, y compris Timur Danebayev, Akylzhan Kiysymbayev et Kazybek Kudaibergenov, victimes de tortures, ainsi que Bekizhan Mendygaziyev, otage politique.',
      { language: 'fr' },
    );
    for (const n of ['Timur Danebayev', 'Akylzhan Kiysymbayev', 'Kazybek Kudaibergenov'])
      assert.ok(has(acts, 'torture', n), n);
    assert.ok(!has(acts, 'torture', 'Bekizhan Mendygaziyev'));
  });

  it('still gives "Victims of torture A, B, C are persecuted" to the names after', () => {
    const acts = namedActs(
      'Victims of torture Moldabay Sadibekov, Akylzhan Kiysimbayev, Kosai Makhanbayev are persecuted.',
    );
    assert.ok(has(acts, 'torture', 'Moldabay Sadibekov'));
  });
});

describe('verdicts with their dates and figures', () => {
  it('dates "sentenced to life in prison in June 2011" as the sentence, with no detention of its own', () => {
    const acts = namedActs(
      'After being arrested in April 2011, Abdulhadi Al-Khawaja was sentenced to life in prison in June 2011.',
    );
    assert.ok(acts.some((a) => a[0] === 'sentence' && a[2] === '2011-06'));
    assert.ok(!acts.some((a) => a[0] === 'detention'));
  });

  it('gives "A and B, sentenced in November 2009 to two and two and a half years" 24 and 30 months, dated', () => {
    const acts = namedActs(
      'The bloggers Adnan Hajizade and Emin Abdullaev, sentenced in November 2009 to two and two and a half years imprisonment, remain behind bars.',
    );
    assert.ok(acts.some((a) => a[0] === 'sentence' && a[1] === 'Adnan Hajizade' && a[2] === '2009-11' && a[3] === 24));
    assert.ok(acts.some((a) => a[0] === 'sentence' && a[1] === 'Emin Abdullaev' && a[2] === '2009-11' && a[3] === 30));
  });

  it('dates "the next day" by the last full date even a few sentences back', () => {
    const acts = namedActs(
      'Washington, 20 April 2024\n\nOn April 18, police arrested Imran Aliyev, journalist and founder of the parliamentary watchdog website Meclis.info. His relatives have reported that Imran Aliyev has been ill-treated in custody and forced to waive his right to a lawyer of his own choosing. He had bruises and visible marks of violence on his face and body when appearing at court the next day, where he was remanded in pretrial detention.',
    );
    assert.ok(acts.some((a) => a[0] === 'detention' && a[1] === 'Imran Aliyev' && a[2] === '2024-04-19'));
  });
});

describe("Russian prison terms and women's names the dictionary does not know", () => {
  it('reads «столкнулись с длительными сроками тюремного заключения … - A, B и C» as sentences of each', () => {
    const acts = namedActs(
      'Сенаторы выделяют дела узников совести, которые столкнулись с длительными сроками тюремного заключения - Анара Мамедли, Интигама Алиева и Хадиджи Исмайловой.',
      { language: 'ru', morph },
    );
    for (const n of ['Анар Мамедли', 'Интигам Алиев', 'Хадиджа Исмайлова']) assert.ok(has(acts, 'sentence', n), n);
  });

  it('gives «Хадиджи Исмайловой» and «Гульмире Сейтказиевой» their nominatives', () => {
    const names = (t: string) => propose({ text: t, language: 'ru', morph }).persons.map((x) => x.name);
    assert.deepEqual(names('Письмо в защиту Хадиджи Исмайловой.'), ['Хадиджа Исмайлова']);
    assert.deepEqual(names('Суд вынес приговор Гульмире Сейтказиевой.'), ['Гульмира Сейтказиева']);
  });
});

describe('names after a trade in the plural', () => {
  const text =
    'On 25 March 2018, police arrested journalists Eskinder Nega and Temesgen Desalegn, Zone9 bloggers Mahlet Fantahun, Befekadu Hailu, blogger Zelalem Workaggnhu and political activists Andualem Arage, Addisu Getinet and Woynshet Molla.';

  it('reads every name of the lists as a person', () => {
    const names = propose({ text }).persons.map((x) => x.name);
    for (const n of ['Eskinder Nega', 'Befekadu Hailu', 'Andualem Arage', 'Addisu Getinet', 'Woynshet Molla'])
      assert.ok(names.includes(n), n);
  });

  it('gives the dated arrest to every name, past roles with a digit ("Zone9 bloggers")', () => {
    const acts = namedActs(text);
    for (const n of [
      'Eskinder Nega',
      'Temesgen Desalegn',
      'Mahlet Fantahun',
      'Zelalem Workaggnhu',
      'Andualem Arage',
      'Woynshet Molla',
    ])
      assert.ok(
        acts.some((a) => a[0] === 'arrest' && a[1] === n && a[2] === '2018-03-25'),
        n,
      );
  });
});

describe('who speaks and who is described', () => {
  it('does not give « Robert M., secrétaire général de RSF, estime que la condamnation … » to the one who speaks', () => {
    const acts = namedActs(
      'RSF demande au roi de gracier le journaliste Ali Lamrabet. Robert Ménard, secrétaire général de RSF, estime que la condamnation à trois ans de prison est un déni de justice.',
      { language: 'fr' },
    );
    assert.ok(!acts.some((a) => a[0] === 'sentence' && a[1] === 'Robert Ménard'));
  });

  it('gives « Une jeune journaliste … condamnée à dix ans » to the name opening a sentence past one that names no one', () => {
    const acts = namedActs(
      'Une jeune journaliste vient d’être condamnée à dix ans de prison ferme. Le ministère de la Justice l’a confirmé dans un tweet.\n\nFloriane Irangabiye, qui vit au Rwanda, avait décidé de rentrer.',
      { language: 'fr' },
    );
    assert.ok(has(acts, 'sentence', 'Floriane Irangabiye', 120));
  });
});

describe('prosecutions opened', () => {
  it('reads « les poursuites engagées contre A, B et C » as charges of each', () => {
    const acts = namedActs(
      'Amnesty demande d’abandonner les poursuites engagées contre Khayam Turki, Chaïma Issa et Gubad Ibadoghlu.',
      {
        language: 'fr',
      },
    );
    for (const n of ['Khayam Turki', 'Chaïma Issa', 'Gubad Ibadoghlu']) assert.ok(has(acts, 'charge', n), n);
  });
});

describe('lengths asked for', () => {
  it('reads every length listed after «Прокурор попросил назначить …» as asked for, not handed down', () => {
    const acts = namedActs(
      'Прокурор попросил назначить 17 лет колонии строгого режима Энверу Крошу, по 15 лет лишения свободы Эдему Бекирову и Ринату Алиеву, журналисту Вилену Темерьянову — 13 лет заключения, а Сеитяге Аббозову — 11 лет.',
      { language: 'ru', morph },
    );
    assert.ok(!acts.some((a) => a[0] === 'sentence' && a[3] !== null));
  });

  it('reads the lengths a prosecutor asked for as asked for, however far from the verb in its sentence', () => {
    const acts = namedActs(
      'Суд приговорил Муслима Алиева к 19 годам заключения, а Инвера Бекирова — к 18 годам. Следует отметить, что прокурор просил у судьи для крымских татар 98,8 лет лишения свободы в совокупности, в том числе по 20 лет лишения свободы для Муслима Алиева и Инвера Бекирова.',
      { language: 'ru', morph },
    );
    const months = acts.filter((a) => a[0] === 'sentence').map((a) => [a[1], a[3]]);
    assert.deepEqual(months, [
      ['Муслим Алиев', 228],
      ['Инвер Бекиров', 216],
    ]);
  });

  it('keeps the length a court gave after a request ("who ended up with a six-month jail term")', () => {
    const acts = namedActs(
      'The prosecution requested a six-year sentence for Seymur Khazi and nine months for Maherram Hasanov, who ended up with a six-month jail term.',
    );
    assert.ok(acts.some((a) => a[0] === 'sentence' && a[3] === 6));
    assert.ok(!acts.some((a) => a[0] === 'sentence' && (a[3] === 72 || a[3] === 9)));
  });
});
