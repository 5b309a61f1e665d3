// Writers a report names in other ways than "A wrote to" (a counted group for the people last named, a relative clause
// between the name and the verb, "a letter A sent to"), bodies signing on one line of an open letter, an office in an
// apposition that vouches for an unknown name, heads of state named in full who are never victims, and an assault one
// is accused of that is no assault on them. Every text is invented.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { namedActs } from './act-test-helpers.ts';
import { propose } from './propose.ts';
import { loadRussianMorph, type RussianMorph } from './russian-morph.ts';

let morph: RussianMorph;
before(async () => {
  morph = await loadRussianMorph();
});

const signers = (text: string, language: 'en' | 'fr' | 'ru', withMorph = false) =>
  propose({ text, language, ...(withMorph ? { morph } : {}) }).signatories.map((s) => s.name);

describe('writers of a letter a report names', () => {
  it('reads the people last named for "the two journalists" who wrote it', () => {
    const text =
      'Inculpés d’espionnage, Kemal Arslan, directeur du quotidien Gazete, et Murat Demir, chef de la rédaction, risquent la prison. A la veille du sommet, les deux journalistes ont écrit une lettre ouverte à François Hollande.';
    assert.deepEqual(signers(text, 'fr'), ['Kemal Arslan', 'Murat Demir']);
  });

  it('passes over a relative clause between the writer and «написал открытое обращение», and a role word before', () => {
    const text =
      'Журналист-расследователь Нурлан Бекмуратов, который с 17 января находится в СИЗО, написал открытое обращение к властям.';
    const p = propose({ text, language: 'ru', morph });
    assert.deepEqual(
      p.signatories.map((s) => s.name),
      ['Нурлан Бекмуратов'],
    );
    assert.deepEqual(
      p.persons.map((x) => x.name),
      ['Нурлан Бекмуратов'],
    );
  });

  it('reads the writer of "an open letter A sent to"', () => {
    const text =
      'The writer Nurlan Bekmuratov had been detained. The case was dropped after an open letter Bekmuratov sent to President Ilham Aliyev.';
    assert.deepEqual(signers(text, 'en'), ['Nurlan Bekmuratov']);
  });

  it('does not take the father the writers are daughters of for a writer', () => {
    const text =
      'Dans une tribune, Nawel et Sabiha Karim, filles de l’écrivain Rachid Karim, ont adressé une lettre ouverte au président Emmanuel Macron.';
    assert.ok(!signers(text, 'fr').includes('Rachid Karim'), JSON.stringify(signers(text, 'fr')));
  });
});

describe('bodies signing on the last line of an open letter', () => {
  it('reads each body of a line joined by a Swedish "och"', () => {
    const text =
      'Open Letter to China’s President Xi Jinping\nFour years ago the publisher Li Wen was kidnapped.\nWe demand that\nChina release Li Wen so that he can return home.\nSvenska PEN, Svenska Förläggareföreningen, Sveriges Författarförbund och Journalistförbundet';
    assert.deepEqual(signers(text, 'en'), [
      'Svenska PEN',
      'Svenska Förläggareföreningen',
      'Sveriges Författarförbund',
      'Journalistförbundet',
    ]);
  });
});

describe('names an office vouches for', () => {
  it('reads an unknown name before ", the Iranian ambassador" and writes to it', () => {
    const p = propose({
      text: 'The group wrote to Gholamreza Khosravani, the Iranian ambassador to the United Nations, on 17 November.',
      language: 'en',
    });
    assert.deepEqual(
      p.persons.map((x) => x.name),
      ['Gholamreza Khosravani'],
    );
    assert.deepEqual(
      p.addressees.map((x) => x.name),
      ['Gholamreza Khosravani'],
    );
  });

  it('reads no person in a court, a city, a signature line or a headline', () => {
    const p = propose({
      text: 'Uzbek Journalists, Other Activists Given Prison Sentences For Protests\n\nFiling a lawsuit with the Ankara Civil Court of First Instance, the prosecutor’s office named Harold Winfield, a physicist now in New York, and Andre Marsh.\n\nEmma Allen\nRadical Women, U.S. Section',
      language: 'en',
    });
    const names = p.persons.map((x) => x.name);
    for (const wrong of ['First Instance', 'New York', 'Radical Women', 'U.S. Section', 'Given Prison Sentences'])
      assert.ok(!names.includes(wrong), `${wrong}: ${JSON.stringify(names)}`);
  });
});

describe('heads of state named in full', () => {
  it('proposes no act of which they are the victim', () => {
    const acts = namedActs(
      'Nobel laureates asked Donald Trump to help free prisoners held by Alexander Lukashenko. Erdogan and Emmanuel Macron met; Recep Tayyip Erdogan had ordered the arrest of the journalist Kemal Arslan in July 2016, and Abdel Fattah el-Sissi jailed Alaa Abdel Fattah.',
      { language: 'en' },
    );
    for (const leader of ['Donald Trump', 'Alexander Lukashenko', 'Emmanuel Macron', 'Recep Tayyip Erdogan'])
      assert.ok(!acts.some((a) => a[1] === leader), `${leader}: ${JSON.stringify(acts)}`);
    assert.ok(!acts.some((a) => String(a[1]).includes('Sissi')), JSON.stringify(acts));
    assert.ok(
      acts.some((a) => a[0] === 'arrest' && a[1] === 'Kemal Arslan'),
      JSON.stringify(acts),
    );
  });
});

describe('an assault one is accused of', () => {
  it('is no assault on the one accused', () => {
    const acts = namedActs(
      'Оппозиционер Тофик Гусейнли был задержан 22 марта по делу о ДТП и нападении на семейную пару.',
      {
        language: 'ru',
        morph,
      },
    );
    assert.ok(!acts.some((a) => a[0] === 'ill_treatment'), JSON.stringify(acts));
    assert.ok(
      acts.some((a) => a[0] === 'arrest' && a[1] === 'Тофик Гусейнли'),
      JSON.stringify(acts),
    );
    const beaten = namedActs('Полицейские напали на Тофика Гусейнли у его дома.', { language: 'ru', morph });
    assert.ok(
      beaten.some((a) => a[0] === 'ill_treatment'),
      JSON.stringify(beaten),
    );
  });
});
