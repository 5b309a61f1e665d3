// Signatories in the forms letters write them: a list inside a sentence after "MEPs", and a closing list whose names
// carry honorifics; honorifics and collective nouns never become part of a name.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { propose } from './propose.ts';

describe('signatories of letters', () => {
  it('reads an inline list of MEPs with the country and group in brackets, honorifics left out', () => {
    const text =
      'On 2 May 2024 MEPs Anna Lindqvist (Sweden, Greens/EFA), Tomas Varga (Slovakia, EPP) and Dr. Elena Moretti (Italy, S&D) wrote to the president about the jailed bloggers.';
    const p = propose({ text });
    assert.deepEqual(
      p.signatories.map((s) => [s.name, s.title]),
      [
        ['Anna Lindqvist', 'Sweden, Greens/EFA'],
        ['Tomas Varga', 'Slovakia, EPP'],
        ['Elena Moretti', 'Italy, S&D'],
      ],
    );
    for (const s of p.signatories) assert.equal(p.persons.find((x) => x.ref === s.personRef)?.name, s.name);
    assert.ok(!p.persons.some((x) => /MEPs|Dr/.test(x.name)), 'no honorific or collective noun in a name');
    for (const s of p.signatories) assert.equal(text.slice(s.spans[0]!.start, s.spans[0]!.end), s.spans[0]!.text);
  });
  it('does not read one name after a collective noun as a list', () => {
    assert.deepEqual(propose({ text: 'The MEPs Anna Lindqvist spoke of met the families.' }).signatories, []);
  });
  it('reads a closing list whose lines start with an honorific', () => {
    const text = [
      'Dear President,',
      'We ask you to release the prisoners.',
      'Sincerely,',
      'Dr. Pavel Sokolov, Director, Centre for Civil Liberties',
      'Ms. Aigerim Nurlanova, Coordinator of the Rule of Law Network',
    ].join('\n');
    const p = propose({ text });
    assert.deepEqual(
      p.signatories.map((s) => [s.name, s.organisation]),
      [
        ['Pavel Sokolov', 'Centre for Civil Liberties'],
        ['Aigerim Nurlanova', 'Rule of Law Network'],
      ],
    );
    assert.deepEqual(p.signatories[0]!.affiliations, [
      {
        title: 'Director, Centre for Civil Liberties',
        role: 'Director',
        organisation: 'Centre for Civil Liberties',
        organisationRef: p.signatories[0]!.affiliations[0]!.organisationRef,
      },
    ]);
  });
  it('never takes a paragraph that starts with a name for a signature', () => {
    const p = propose({
      text: 'Anna Berikova and Timur Sadykov were sentenced in May. Since then the court has met twice.',
      language: 'en',
    });
    assert.deepEqual([p.signatories.length, p.organisations.map((o) => o.name)], [0, []]);
  });
});

describe('lists of parliamentarians who signed', () => {
  const signers = (text: string) => propose({ text }).signatories.map((s) => s.name);
  it('reads a Russian list opened by a capitalised collective noun, the verb after it', () => {
    const text =
      'Десять депутатов Европарламента подписали письмо министру. Депутаты Европарламента Марта Ковач (EPP, Венгрия), Ларс Эрикссон (Renew, Швеция) и Йоанна Новак (S&D, Польша) осудили аресты.';
    assert.deepEqual(signers(text), ['Марта Ковач', 'Ларс Эрикссон', 'Йоанна Новак']);
  });
  it('reads "MEPs – among them:" with a title before the honorific and surnames in capitals', () => {
    const text =
      'On 4 May, several MEPs – among them: Vice-Chair of the Subcommittee Mr Paolo RINALDI (Italy, S&D), Ms Greta HOLM (Denmark, Greens/EFA) and Mr Jan DVORAK (Czechia, EPP) – signed a letter to the minister.';
    assert.deepEqual(signers(text), ['Paolo Rinaldi', 'Greta Holm', 'Jan Dvorak']);
  });
  it('reads a list of one after a singular "MEP" with its country and group, in a sentence about a letter', () => {
    const text =
      'The first letter was initiated by MEP Clara Vidal (Spain; Renew) with the participation of other MEPs including Otto Brandt (Germany; EPP) and Mia Laine (Finland; Greens/EFA).';
    assert.deepEqual(signers(text), ['Clara Vidal', 'Otto Brandt', 'Mia Laine']);
  });
  it('does not read parliamentarians in a paragraph that speaks of no letter or signing', () => {
    const text =
      'MEPs Clara Vidal (Spain, Renew), Otto Brandt (Germany, EPP) and Mia Laine (Finland, Greens/EFA) visited the prison on Tuesday.';
    assert.deepEqual(signers(text), []);
  });
  it('does not read "EU Member States" after "signed by" as a person', () => {
    const text = 'The letter was signed by twenty MEPs from 12 EU Member States and sent on Friday.';
    assert.deepEqual(signers(text), []);
  });
});

describe('signers named in news of a letter', () => {
  it('cuts an organisation’s genitive off the signer’s name in a Russian list', () => {
    const text =
      'Обращение подписали глава Фонда Ивана Крылова Олег Светлов, директор Центра имени Анны Зориной Нина Белова и Петр Сергеевич Ланин.';
    assert.deepEqual(
      propose({ text }).signatories.map((s) => s.name),
      ['Олег Светлов', 'Нина Белова', 'Петр Сергеевич Ланин'],
    );
  });
  it('reads the person a letter is sent on behalf of, in a sentence about the letter', () => {
    const text =
      'Активистка Марина Ковальчук третий день голодает. Обращение отправлено от имени гражданской активистки Марины Ковальчук.';
    const p = propose({ text });
    assert.deepEqual(
      p.signatories.map((s) => [s.kind, p.persons.find((x) => x.ref === s.personRef)?.spans.length]),
      [['person', 2]],
    );
  });
  it('reads the writer named right before "в письме к" or "adresse cette lettre", not someone earlier', () => {
    const ru = 'Правозащитник Олег Светлов в письме к президенту попросил освободить журналистов.';
    assert.deepEqual(
      propose({ text: ru }).signatories.map((s) => s.name),
      ['Олег Светлов'],
    );
    const fr = 'Son fils, Pierre Martin, adresse cette lettre au ministre : « libérez mon père ».';
    assert.deepEqual(
      propose({ text: fr }).signatories.map((s) => s.name),
      ['Pierre Martin'],
    );
    const other = 'Pierre Martin was arrested. His lawyer wrote a letter to the minister.';
    assert.deepEqual(
      propose({ text: other }).signatories.map((s) => s.name),
      [],
    );
  });
});

describe('signers in the forms news and pages give them', () => {
  const signers = (text: string) => propose({ text }).signatories.map((s) => s.name);
  it('reads a closing name line the persons rules missed, over its title lines', () => {
    const text =
      'Your Excellency,\nWe ask you to release the historian.\n\nArif Sadikov\nHead of the Department of History\nMember of the Council of the Association';
    assert.deepEqual(signers(text), ['Arif Sadikov']);
  });
  it('does not read page furniture or an organisation line as a name line', () => {
    assert.deepEqual(signers('We ask you to release him.\n\nRelated Stories\nLatest News'), []);
    assert.deepEqual(signers('We ask you to release him.\nSincerely,\nRead More'), []);
    const orgs = propose({ text: 'We ask you to release him.\n\nSteppe Rights Committee\nNordic Rights Foundation' });
    assert.deepEqual(
      orgs.signatories.map((s) => s.kind),
      ['organisation', 'organisation'],
      'organisations signing, not persons',
    );
  });
  it('reads «A и студент B направили письма» and «X обратилась к Y»: the writers before the verb', () => {
    assert.deepEqual(
      signers(
        'Бывший политзаключенный Олег Светлов и недавно исключенный студент Петр Ланин направили 14 февраля письма в администрацию.',
      ),
      ['Олег Светлов', 'Петр Ланин'],
    );
    const p = propose({ text: 'Олег Светлов обратился к Александру Петрову и призвал освободить журналистов.' });
    assert.deepEqual(
      p.signatories.map((s) => s.name),
      ['Олег Светлов'],
    );
    assert.equal(p.addressees.length, 1);
  });
  it('reads « les signataires …, parmi lesquels … » across hard-wrapped lines, and not "among them" elsewhere', () => {
    const text =
      'Les signataires de la lettre\nouverte, parmi lesquels on trouve notamment Pierre Martin, Claire Vasseur,\nJean Morel ou encore Paul Girard, accusent le régime.';
    assert.deepEqual(signers(text), ['Pierre Martin', 'Claire Vasseur', 'Jean Morel', 'Paul Girard']);
    assert.deepEqual(signers('The prisoners, among them Pierre Martin and Claire Vasseur, were moved.'), []);
  });
});

describe('signers listed after «поставили подписи», "co-signed by" and "I, X,"', () => {
  const signers = (text: string) => propose({ text }).signatories.map((s) => [s.kind ?? 'person', s.name]);
  it('reads «поставили свои подписи A, B и C» and «Среди них — …» after a sentence saying who signed', () => {
    assert.deepEqual(
      signers('Под письмом уже поставили свои подписи Олег Светлов, Нина Белова и Петр Ланин.').map((x) => x[1]),
      ['Олег Светлов', 'Нина Белова', 'Петр Ланин'],
    );
    const text =
      'Письмо подписали 20 человек. Среди них — депутат городского совета Томска Олег Светлов и поэтесса Нина Белова.';
    assert.deepEqual(
      signers(text).map((x) => x[1]),
      ['Олег Светлов', 'Нина Белова'],
    );
    assert.deepEqual(signers('Суд допросил свидетелей. Среди них — Олег Светлов и Нина Белова.'), []);
  });
  it('reads the bodies in "co-signed by A, B and C"', () => {
    const text = 'The letter was co-signed by Caspian Lawyers Network, Article 21 and Steppe Watch Foundation.';
    assert.deepEqual(signers(text), [
      ['organisation', 'Caspian Lawyers Network'],
      ['organisation', 'Article 21'],
      ['organisation', 'Steppe Watch Foundation'],
    ]);
  });
  it('reads the writer naming themselves after "I,"', () => {
    assert.deepEqual(signers('Mr. President,\n\nI, Dilnoza Karimova, a former prisoner, urge you to act.'), [
      ['person', 'Dilnoza Karimova'],
    ]);
  });
  it('reads the signature above a list of copies set apart by blank lines', () => {
    const text = [
      'Your Excellency,',
      'We ask you to free him.',
      '',
      'Yours sincerely,',
      '',
      'Ms Ingrid Solberg',
      'Member of the Prisoners Committee',
      'Nordic Writers Union',
      '',
      '',
      '',
      'Prosecutor General Marat Bekov',
      'Embassy of the Republic in Oslo',
    ].join('\n');
    assert.deepEqual(
      signers(text).map((x) => x[1]),
      ['Ingrid Solberg'],
    );
  });
});

describe('«Среди подписавших обращение …» and a second body after "on behalf of"', () => {
  it('reads the names after «Среди подписавших обращение»', () => {
    assert.deepEqual(
      propose({ text: 'Среди подписавших обращение Олег Светлов, Нина Белова и другие.' }).signatories.map(
        (s) => s.name,
      ),
      ['Олег Светлов', 'Нина Белова'],
    );
  });
  it('reads "on behalf of A (AB) and the B Forum" as two signing bodies', () => {
    const text =
      'Your Excellency,\nWe are writing on behalf of the Nordic Union of Editors (NUE) and the Baltic Editors Forum, which represent 300 newspapers.';
    assert.deepEqual(
      propose({ text }).signatories.map((s) => s.name),
      ['Nordic Union of Editors', 'Baltic Editors Forum'],
    );
  });
});
