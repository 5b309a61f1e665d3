// Who wrote and whom a letter goes to, in forms news and letters use: the subject of "issued a joint statement" with
// titles between the names, a body's own letter that "objects to", a list after "signed by" that ends at its clause's
// verb, a letter "sent on <date> to" the title and «обращаюсь с призывом к …». Every sentence here is invented.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { propose } from './propose.ts';
import { loadRussianMorph } from './russian-morph.ts';

const signers = (text: string) => propose({ text }).signatories.map((s) => s.name);
const addressees = (text: string) => propose({ text }).addressees.map((a) => a.name);

describe('signers as the subject, titles between their names', () => {
  it('reads every name of "the chair of X, A, the head of Y, B, and the rapporteur on Z, C, issued a joint statement"', () => {
    const text =
      'On 3 March, the Chair of the Parliament’s Committee on Press Freedom, Olav Strand, the head of the delegation for relations with Norland, Ilse Brandvik, and the Assembly’s standing rapporteur on Norland, Marek Sorvald, issued a “Joint Statement on the arrests in Norland.”';
    assert.deepEqual(signers(text), ['Olav Strand', 'Ilse Brandvik', 'Marek Sorvald']);
  });

  it('does not take a title for a signing body', () => {
    const text =
      'The Chair of the Committee on Press Freedom, Olav Strand, issued a statement on the letter from the editors.';
    assert.deepEqual(signers(text), ['Olav Strand']);
  });
});

describe('a body naming itself in its own letter', () => {
  const letter = (body: string) =>
    ['Oslo, 03.04.2011', '', 'President of the Republic of Norland Mr. Viktor Halden', '', body].join('\n');

  it('reads the body that "strongly objects to" the arrest as the letter’s signer', () => {
    assert.deepEqual(
      signers(letter('The Nordic Press Council strongly objects to the arrest of the reporter Anna Lind.')),
      ['Nordic Press Council'],
    );
  });

  it('reads no signer from a headline above the letter, or from a later paragraph', () => {
    assert.deepEqual(
      signers(
        'Nordic Press Council calls on Norland to free Anna Lind\n\n' +
          letter('We are deeply concerned about the arrest of the reporter Anna Lind.'),
      ),
      [],
    );
    assert.deepEqual(
      signers(
        letter('We write about Anna Lind.\n\nThe Nordic Press Council urges you to free the reporter Anna Lind.'),
      ),
      [],
    );
  });

  it('reads no signer from a body in the past tense, or outside a letter', () => {
    assert.deepEqual(signers(letter('The Nordic Press Council objected to the arrest last year.')), []);
    assert.deepEqual(signers('The Nordic Press Council strongly objects to the arrest of the reporter Anna Lind.'), []);
  });
});

describe('"signed by" in a sentence that goes on', () => {
  it('ends the list of signers at the verb of its clause', () => {
    const text =
      'A letter signed by several members of the Nordic Council condemning the arrest of the reporter Anna Lind was sent on 13 May to Norland’s President Viktor Halden.';
    assert.deepEqual(signers(text), []);
    assert.deepEqual(addressees(text), ['Viktor Halden']);
  });

  it('still reads the names of the list', () => {
    assert.deepEqual(signers('The letter was signed by Olav Strand, Ilse Brandvik and Marek Sorvald.'), [
      'Olav Strand',
      'Ilse Brandvik',
      'Marek Sorvald',
    ]);
  });

  it('reads « envoyée le … au président X »', () => {
    assert.deepEqual(
      addressees('La lettre des ONG a été envoyée le 2 mai au président Viktor Halden, qui n’a pas répondu.'),
      ['Viktor Halden'],
    );
  });
});

describe('the first person appealing in Russian', () => {
  before(async () => {
    await loadRussianMorph();
  });

  it('reads «обращаюсь с призывом к его сыну, президенту X»', () => {
    const text =
      '«Я обращаюсь с призывом к его сыну, президенту Ивану Светлову. Прошу освободить всех политзаключенных», — говорит она.';
    assert.deepEqual(addressees(text), ['Иван Светлов']);
  });
});

describe('signatures run into the closing line, title lines and a sender speaking to "you"', () => {
  it('reads the name and title written after the closing formula on the same line', () => {
    const text = [
      'Monsieur le Président,',
      '',
      'Nous vous écrivons au sujet du journaliste Anton Berg, arrêté le 3 mars. Je vous prie d’agréer, Monsieur le Président, l’expression de ma très haute considération. Claire Dumoulin Secrétaire générale',
    ].join('\n');
    const p = propose({ text });
    assert.deepEqual(
      p.signatories.map((s) => [s.name, s.title]),
      [['Claire Dumoulin', 'Secrétaire générale']],
    );
    assert.ok(!p.persons.some((x) => x.name.includes('Secrétaire')));
    assert.deepEqual(
      signers('Dear Mr President,\n\nWe ask you to free him. Thank you. Sincerely, Jane Roe, Director'),
      ['Jane Roe'],
    );
  });

  it('reads no signer from a closing formula in the first half of a text', () => {
    const text =
      'The editors thanked the readers. Sincerely, Jane Roe\n\n' +
      'The rest of this report tells what happened to the reporter Anna Lind after her arrest in the capital in March, and why her colleagues fear for her health in detention.';
    assert.deepEqual(signers(text), []);
  });

  it('reads the writers a title line names: “Letter from A and B to President X”', () => {
    const text =
      'Open letter from Northern Press Watch and the Nordic Journalists Union to President Viktor Halden\n\nDear President Halden,\n\nWe write about the reporter Anna Lind.';
    assert.deepEqual(signers(text), ['Northern Press Watch', 'Nordic Journalists Union']);
    assert.deepEqual(addressees(text), ['Viktor Halden']);
  });

  it('takes a quoted name in a French title line whole, and its addressee', () => {
    const text =
      'Lettre de ‘’The Centre for Press and Safety’’ au Président de la République, M. Viktor Halden\n\nM. le Président\n\nNous attirons votre attention sur le sort de Anna Lind.';
    assert.deepEqual(signers(text), ['Centre for Press and Safety']);
    assert.deepEqual(addressees(text), ['Viktor Halden']);
  });

  it('reads the bodies that “attirent votre attention”, past a description of the body and a visit’s name', () => {
    const text =
      'Monsieur le Président,\nÀ l’occasion de la visite en France du Président de la Norlande, M. Viktor Halden, la Fédération nordique des ligues de journalistes (FNLJ) et son organisation membre en France la Ligue des droits de la presse (LDP) souhaitent attirer votre attention sur la situation des journalistes.';
    assert.deepEqual(signers(text), [
      'Fédération nordique des ligues de journalistes',
      'Ligue des droits de la presse',
    ]);
    const one =
      'Monsieur le Président, Vous recevez demain votre homologue. A cette occasion, l’Observatoire nordique de la presse, organisation internationale de défense des journalistes, attire votre attention sur la situation des médias.';
    assert.deepEqual(signers(one), ['Observatoire nordique de la presse']);
  });

  it('does not take a body "represented by" others as several signers, nor a sender past the opening', () => {
    const late =
      'Monsieur le Président,\n\n' +
      'Le journaliste Anton Berg est détenu depuis mars. '.repeat(40) +
      'La Ligue des droits de la presse attire votre attention sur son cas.';
    assert.deepEqual(signers(late), []);
  });
});

describe('forms of a news report or letter naming its senders and addressees', () => {
  before(async () => {
    await loadRussianMorph();
  });

  it('reads an address block of title lines above names, one with a middle initial', () => {
    const text = [
      'President of the Republic of Norland',
      'Viktor K. Halden',
      'Ul. Nordskaya 43',
      'Minister of Justice',
      'Peter Anders Hansen',
      '5, Saylgokh Str.',
      '',
      'Your Excellencies,',
      '',
      'On behalf of the 2,000 members of Nordic Writers Centre, an association of writers, we are writing about the poet Anna Lind.',
    ].join('\n');
    const p = propose({ text });
    assert.deepEqual(
      p.addressees.map((a) => [a.name, a.title]),
      [
        ['Viktor K. Halden', 'President of the Republic of Norland'],
        ['Peter Anders Hansen', 'Minister of Justice'],
      ],
    );
    assert.deepEqual(
      p.signatories.map((s) => s.name),
      ['Nordic Writers Centre'],
    );
  });

  it('reads "has written to", "started this petition to" and a surname before the full name', () => {
    assert.deepEqual(
      signers('Nordic Press Watch has written to President Viktor Halden about the reporter Anna Lind.'),
      ['Nordic Press Watch'],
    );
    const petition =
      'Open Press Foundation started this petition to The President of the Republic of Norland, Viktor Halden\n\nWe call for the release of Anna Lind.';
    assert.deepEqual(signers(petition), ['Open Press Foundation']);
    assert.deepEqual(
      propose({ text: petition }).addressees.map((a) => [a.name, a.title]),
      [['Viktor Halden', 'President of the Republic of Norland']],
    );
    const later =
      'More than 50 writers have signed a letter calling on President Halden to free Anna Lind. They issued an open letter enjoining Norland’s President Viktor Halden to release her.';
    assert.deepEqual(addressees(later), ['Viktor Halden']);
  });

  it('reads Russian signers after a collective noun and the addressee asked for a meeting', () => {
    const text =
      'В пятницу на сайте Северной Хельсинкской группы правозащитники Лев Петров, Светлана Орлова и Валерий Сидоров опубликовали открытое письмо, в котором попросили президента Норландии Виктора Хальдена о встрече.';
    assert.deepEqual(signers(text), ['Лев Петров', 'Светлана Орлова', 'Валерий Сидоров']);
    assert.deepEqual(addressees(text), ['Виктор Хальден']);
  });

  it('reads French signers "parmi ceux qui ont signé" and the addressee after « exhortant le président norlandais »', () => {
    const text =
      'Des personnalités ont signé une lettre ouverte exhortant le président norlandais Viktor Halden à libérer Anna Lind.\n\nLes écrivains lauréats du prix Nobel Marta Lindqvist, Orhan Demir et Mario Vargas Pena figuraient parmi ceux qui ont signé l’appel.';
    assert.deepEqual(signers(text), ['Marta Lindqvist', 'Orhan Demir', 'Mario Vargas Pena']);
    assert.deepEqual(addressees(text), ['Viktor Halden']);
  });

  it('reads the names after posts and quoted bodies in «Документ подписали …», not the bodies’ words', () => {
    const text =
      'Документ подписали председатель РОО «Норландский Хельсинкский комитет» Олег Гулаков, лидер движения «За Право» Пётр Сидоров, руководитель Ассамблеи НГО Сергей Мацкевичев и другие активисты.';
    const p = propose({ text });
    assert.deepEqual(
      p.signatories.map((s) => s.name),
      ['Олег Гулаков', 'Пётр Сидоров', 'Сергей Мацкевичев'],
    );
    assert.ok(!p.persons.some((x) => /Норландский|За Право|Ассамблеи/u.test(x.name)));
  });

  it('reads a list of people who declared, before a colon, as signers left unticked', () => {
    const p = propose({
      text: 'À l’issue de cette rencontre, les participants – Jean DUPONT, Marie MOREL, Paul ROUX – ont déclaré : « Nous demandons la libération de Anna Lind. »',
    });
    assert.deepEqual(
      p.signatories.map((s) => [s.name, s.confidence]),
      [
        ['Jean Dupont', 'low'],
        ['Marie Morel', 'low'],
        ['Paul Roux', 'low'],
      ],
    );
  });

  it('reads both bodies « au nom d’A (ABC), une ONG …, et de l’B »', () => {
    const text =
      'Monsieur le Président,\n\nNous vous écrivons au nom d’Open Press Partnership (OPP), une ONG basée à Oslo, et de l’Association Droits de la Presse en Norlande, créée par des journalistes en exil.';
    assert.deepEqual(signers(text), ['Open Press Partnership', 'Association Droits de la Presse en Norlande']);
  });

  it('keeps a capitalised word after "the" out of a name named later, and a school named after a person', () => {
    const text =
      'Open letter to Mr. Viktor Halden,\nPresident of the Republic of Norland\n\nDear Mr. Halden,\n\nThe reporter Anna Lind, a graduate of the John F. Kennedy School, is held at a colony (Djaslyk, Karakalpak Republic).';
    const p = propose({ text });
    assert.deepEqual(
      p.addressees.map((a) => a.name),
      ['Viktor Halden'],
    );
    assert.ok(!p.persons.some((x) => x.name.includes('School')));
  });
});

describe('glued words, bylines, "one of the signatories" and other forms of news of letters', () => {
  before(async () => {
    await loadRussianMorph();
  });

  it('parts words a page glued together, in a name and after it', () => {
    const text =
      'Open letter to President Halden\n\nViktor Andersovich HaldenPresident of the Republic of NorlandUl. Nordskaya 43\n\nYour Excellency, We at the Nordic Centre of PEN remain concerned about the reporter Anna Lind.';
    const p = propose({ text });
    assert.deepEqual(
      p.addressees.map((a) => a.name),
      ['Viktor Andersovich Halden'],
    );
    assert.deepEqual(
      p.signatories.map((s) => s.name),
      ['Nordic Centre of PEN'],
    );
    assert.ok(
      propose({
        text: 'Amnesty International написала обращение на имя президента Казахстана Нурлана-АлибекаСеитова с призывом снять обвинения.',
      }).addressees.some((x) => x.name.endsWith(' Сеитова')),
    );
  });

  it('reads lawmakers "spearheaded by Rep. A, Jr (D-NJ) and Sen. B (D-MA) to Secretary of State C"', () => {
    const text =
      'A bicameral letter spearheaded by Rep. Frank Pallas, Jr (D-NJ) and Sen. Ed Marley (D-MA) to Secretary of State Antony Blake urged the administration to act.';
    assert.deepEqual(signers(text), ['Frank Pallas', 'Ed Marley']);
    assert.deepEqual(addressees(text), ['Antony Blake']);
  });

  it('reads the writers after "from" in a title "Letter to X from A", a byline, and "one of the signatories"', () => {
    assert.deepEqual(
      signers(
        '“Free them now”-Letter to the Secretary General of the Council of Europe from Nordic Press Watch\n\nDear Ms. Lind,\n\nWe write to you.',
      ),
      ['Nordic Press Watch'],
    );
    assert.deepEqual(
      signers(
        'Un opposant écrit depuis sa prison\n\npar Lettre de Viktor Halden\n\nLa missive est adressée à Jacques Morel.',
      ),
      ['Viktor Halden'],
    );
    assert.deepEqual(
      signers(
        'In a joint letter, opposition politicians call for her release. Teona Lindqvist, one of the signatories, said the letter will be sent to the EU.',
      ),
      ['Teona Lindqvist'],
    );
  });

  it('reads the signer of a lead, not the shortened name in the headline, and «на имя президента»', () => {
    const text =
      'Press Watch написало письмо президенту Норландии\n\nМеждународная организация Press Watch House Foundation направила письмо президенту Норландии с требованием освободить журналиста.';
    assert.deepEqual(signers(text), ['Press Watch House Foundation']);
  });
});

describe('a Russian list of addressees in the dative whose first name cannot be read', () => {
  before(async () => {
    await loadRussianMorph();
  });

  it('still reads the others of the list', () => {
    const text =
      'Организация направила письмо президенту Армении Сержу Мартиросяна, заместителю министра юстиции Николаю Петрову и генпрокурору Агвану Сидорову с требованием освободить журналиста.';
    const read = addressees(text);
    assert.ok(read.includes('Николай Петров') && read.includes('Агван Сидоров'), read.join(', '));
  });
});

describe('signatures and addressees of news of letters in Russian and French, from batch O', () => {
  before(async () => {
    await loadRussianMorph();
  });

  it('reads foreign bodies in Latin letters after «стоят подписи руководителей», and «на имя посла РФ в США»', () => {
    const text =
      '"Россия посылает сигнал", - говорится в письме на имя посла РФ в США Анатолия Петрова, под которым стоят подписи руководителей AFP, Nordic Times, Sky Report и Bloomberg.';
    const p = propose({ text });
    assert.deepEqual(
      p.signatories.map((s) => s.name),
      ['AFP', 'Nordic Times', 'Sky Report', 'Bloomberg'],
    );
    assert.ok(!p.persons.some((x) => x.name === 'Nordic Times'));
    assert.deepEqual(
      p.addressees.map((a) => a.name),
      ['Анатолий Петров'],
    );
  });

  it('reads the signature after the closing formula and its closing quotation mark', () => {
    assert.deepEqual(
      signers(
        'Je porte à votre connaissance la lettre suivante.\n"Monsieur le Ministre,\nNous demandons la libération des six militants. Je vous prie d\'agréer, Monsieur le Ministre, l\'expression de mes salutations distinguées." Pierre Lavigne',
      ),
      ['Pierre Lavigne'],
    );
  });
});

describe('addressees of news of letters, from batch P', () => {
  it('reads "urging Foreign Secretary X", "submitted a memorandum to Prosecutor General X" and "addressed to X"', () => {
    assert.deepEqual(
      addressees('MPs signed a letter urging Foreign Secretary James Lindqvist to condemn the sentence of Anna Berg.'),
      ['James Lindqvist'],
    );
    assert.deepEqual(
      addressees(
        'The party founder submitted a memorandum to Prosecutor General Hisham Barakeh calling for her release.',
      ),
      ['Hisham Barakeh'],
    );
    assert.deepEqual(
      addressees(
        '“Private lobbying is yet to deliver results,” said the letter, dated on Monday and addressed to James Lindqvist.',
      ),
      ['James Lindqvist'],
    );
  });

  it('reads « Nous en appelons à M. X, Président de … pour qu’il … » with the title up to where the sentence goes on', () => {
    assert.deepEqual(
      propose({
        text: 'Nous demandons sa libération. Nous en appelons à M. Abdel Karim Tebbani, Président de la République norlandaise pour qu’il gracie Anna Berg.',
      }).addressees.map((a) => [a.name, a.title]),
      [['Abdel Karim Tebbani', 'Président de la République norlandaise']],
    );
  });
});
