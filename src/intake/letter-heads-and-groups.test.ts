// Letters' heads and the people they name: a surname in capitals over initials, "OPEN LETTER" over the body that
// writes it, a second addressee joined by "and", a nationality adjective after « président », "calling in an open
// letter on", «обратились с письмом к X», a salutation by given name and patronymic; and acts: « Il s'agit notamment
// de A, B … » after a group held, a body's president who is no head of state, punishment cells, charges that were never
// brought, «политического заключённого X». Every sentence here is invented.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { hasAct, namedActs } from './act-test-helpers.ts';
import { propose } from './propose.ts';
import { loadRussianMorph, type RussianMorph } from './russian-morph.ts';

let morph: RussianMorph;
before(async () => {
  morph = await loadRussianMorph();
});

const addressees = (text: string, language: 'en' | 'fr' | 'ru') =>
  propose({ text, language, ...(language === 'ru' ? { morph } : {}) }).addressees.map((a) => [a.name, a.title]);

describe('letter heads', () => {
  it('reads «Генеральному прокурору РК БЕКОВУ Б.Н.» with the surname in capitals, and stops the title at the heading', () => {
    const got = addressees(
      'Генеральному прокурору РК БЕКОВУ Б.Н.\nУполномоченному по правам человека в РК САРИНУ А.Е.\nОТКРЫТОЕ ОБРАЩЕНИЕ\nКазахстанского международного бюро по правам человека и соблюдению законности (КМБПЧ)\nВ воскресенье в парке была задержана правозащитница Бахыт Торегулова.',
      'ru',
    );
    assert.deepEqual(got, [
      ['Беков Б.Н.', 'Генеральному прокурору РК'],
      ['Сарин А.Е.', 'Уполномоченному по правам человека в РК'],
    ]);
  });

  it('reads the body on the line under "OPEN LETTER" as the signer', () => {
    const p = propose({
      text: 'To the Prosecutor General of the Republic of Kazakhstan\nB. N. Bekov\nOPEN LETTER\nKazakhstan Bureau for Human Rights and Rule of Law (KBHR)\nOn Sunday, activists were detained in several regions.',
      language: 'en',
    });
    assert.deepEqual(
      p.signatories.map((s) => [s.name, s.kind]),
      [['Kazakhstan Bureau for Human Rights and Rule of Law', 'organisation']],
    );
  });

  it('reads two bodies on the line under « Lettre ouverte à X », after a date', () => {
    const p = propose({
      text: 'Lettre ouverte à Emmanuel Macron\n\nLe 9 décembre 2019 Center for Civil Liberties (Kiev) / Les Nouveaux Amis (Paris)\n\nMonsieur le Président,\n\nNous vous écrivons au sujet des prisonniers.',
      language: 'fr',
    });
    assert.deepEqual(
      p.signatories.map((s) => s.name),
      ['Center for Civil Liberties', 'Les Nouveaux Amis'],
    );
  });

  it('reads a second addressee joined by "and" / « et au », each with its title', () => {
    assert.deepEqual(
      addressees(
        'PEN Berlin sent a letter to President Recep Tayyip Erdogan and Prime Minister Binali Yildirim on Monday.',
        'en',
      ),
      [
        ['Recep Tayyip Erdogan', 'President'],
        ['Binali Yildirim', 'Prime Minister'],
      ],
    );
    assert.deepEqual(
      addressees(
        'Vladimir Kozlov a adressé une lettre au Président de la France, François Hollande, et au Premier Ministre français, Manuel Valls, concernant l’affaire.',
        'fr',
      ),
      [
        ['François Hollande', 'Président de la France'],
        ['Manuel Valls', 'Premier Ministre français'],
      ],
    );
  });

  it('reads « au président kazakh X », "calling in an open letter on Belarus’ President X" and «обратились с письмом к X»', () => {
    assert.deepEqual(
      addressees(
        'Dans une lettre adressée au président kazakh Noursultan Nazarbaïev, RSF demande la libération des journalistes.',
        'fr',
      ),
      [['Noursultan Nazarbaïev', 'Président kazakh']],
    );
    assert.deepEqual(
      addressees(
        'Nobel laureates are calling in an open letter on Belarus’ authoritarian President Alexander Lukashenko to free all political prisoners.',
        'en',
      ),
      [['Alexander Lukashenko', 'President']],
    );
    assert.deepEqual(
      addressees('Журналисты обратились с открытым письмом к Исламу Каримову в защиту корреспондента.', 'ru'),
      [['Ислам Каримов', null]],
    );
  });

  it('takes "Dear Kassym-Zhomart Kemelevich!" for the addressee named above, not a new person', () => {
    const p = propose({
      text: 'To the President of the Republic of Kazakhstan\n\nKassym-Zhomart Tokayev\n\nDear Kassym-Zhomart Kemelevich!\n\nWe apply to you on the detention of the journalist Mikhail Kozlov.',
      language: 'en',
    });
    assert.deepEqual(
      p.persons.map((x) => x.name),
      ['Kassym-Zhomart Tokayev', 'Mikhail Kozlov'],
    );
  });
});

describe('acts in letters and news', () => {
  it('gives « derrière les barreaux » to the people named after « Il s’agit notamment de », a body’s president among them', () => {
    const acts = namedActs(
      'D’autres croupissent encore derrière les barreaux. Il s’agit notamment de Karim Tabbou, Fodil Boumala et Abdelwahab Fersaoui, président de l’association Rassemblement Actions Jeunesse.',
      { language: 'fr' },
    );
    for (const name of ['Karim Tabbou', 'Fodil Boumala', 'Abdelwahab Fersaoui'])
      assert.ok(hasAct(acts, 'detention', name), JSON.stringify(acts));
    assert.ok(!acts.some((a) => a[1] === 'Rassemblement Actions Jeunesse'), JSON.stringify(acts));
  });

  it('reads «были помещены в штрафной изолятор (ШИЗО)» as ill-treatment', () => {
    const acts = namedActs('Зубайдулло Розиков и Рахматулло Раджабов были помещены в штрафной изолятор (ШИЗО).', {
      language: 'ru',
      morph,
    });
    assert.ok(hasAct(acts, 'ill_treatment', 'Зубайдулло Розиков'), JSON.stringify(acts));
    assert.ok(hasAct(acts, 'ill_treatment', 'Рахматулло Раджабов'), JSON.stringify(acts));
  });

  it('reads no charge in "held without having charges pressed against him"', () => {
    const acts = namedActs(
      'The letter referred to activist Ramy Shaath, who has been detained for more than a year without having charges pressed against him.',
      { language: 'en' },
    );
    assert.ok(!acts.some((a) => a[0] === 'charge'), JSON.stringify(acts));
  });

  it('reads «политического заключённого Марата Жыланова» as a detention', () => {
    const acts = namedActs('Акция прошла в поддержку политического заключённого, супермарафонца Марата Жыланова.', {
      language: 'ru',
      morph,
    });
    assert.ok(hasAct(acts, 'detention', 'Марат Жыланов'), JSON.stringify(acts));
  });
});
