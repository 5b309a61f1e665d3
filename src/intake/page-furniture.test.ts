// What a web page carries beside its story: photo credits, the notice Russian law makes "foreign agent" media print over
// each article, and a media noun before a Russian name. None is a person or an organisation of the story. Every text
// is invented.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { propose } from './propose.ts';
import { loadRussianMorph, type RussianMorph } from './russian-morph.ts';
import { blankBoilerplate } from './boilerplate.ts';

let morph: RussianMorph;
before(async () => {
  morph = await loadRussianMorph();
});

describe('photo credits', () => {
  it('proposes no person for the photographer of a credit line, in any of the three languages', () => {
    for (const [text, language, photographer] of [
      [
        'AFP\nCrédit photo: Vyacheslav OSELEDKO /archives / AFP\n\nLe militant Marat Oralov a été arrêté le 3 mai.',
        'fr',
        'Vyacheslav OSELEDKO',
      ],
      ['Photo: Ivan Sidorov / Reuters\nThe blogger Anna Petrova was detained on 3 May.', 'en', 'Ivan Sidorov'],
      [
        'Блогер Анна Петрова задержана 3 мая (Фото: Иван Сидоров).\nЕё доставили в отдел полиции.',
        'ru',
        'Иван Сидоров',
      ],
    ] as const) {
      const p = propose({ text, language, ...(language === 'ru' ? { morph } : {}) });
      const names = p.persons.map((x) => x.name);
      assert.ok(!names.includes(photographer), `${photographer} in ${JSON.stringify(names)}`);
      assert.ok(names.length === 1, JSON.stringify(names));
    }
  });

  it('keeps every offset: the blanked text is as long as the page and its other lines unchanged', () => {
    const text = 'Titre\nCrédit photo: A B / AFP\nLe texte.';
    const blanked = blankBoilerplate(text);
    assert.equal(blanked.length, text.length);
    assert.equal(blanked.split('\n').length, 3);
    assert.equal(blanked.split('\n')[2], 'Le texte.');
    assert.match(blanked.split('\n')[1]!, /^ +$/u);
  });

  it('leaves a sentence about a photo alone', () => {
    const text = 'The photo: a crowd outside the court where Anna Petrova was tried.';
    assert.equal(blankBoilerplate(text), text);
  });
});

describe('the foreign-agent notice', () => {
  it('proposes no organisation from the notice in capitals', () => {
    const text =
      'Правозащитники потребовали освобождения редактора Ивана Петрова\nНАСТОЯЩИЙ МАТЕРИАЛ (ИНФОРМАЦИЯ) ПРОИЗВЕДЕН И РАСПРОСТРАНЕН ИНОСТРАННЫМ АГЕНТОМ ООО "ВЕСТЬ", ЛИБО КАСАЕТСЯ ДЕЯТЕЛЬНОСТИ ИНОСТРАННОГО АГЕНТА ООО "ВЕСТЬ".\nИван Петров был задержан в Баку 21 июня.';
    const p = propose({ text, language: 'ru', morph });
    assert.deepEqual(
      p.organisations.map((o) => o.name),
      [],
    );
    assert.ok(!p.acts.some((a) => a.kind === 'designation_foreign_agent'), JSON.stringify(p.acts));
    assert.ok(
      p.acts.some((a) => a.kind === 'arrest' && a.person === 'Иван Петров'),
      JSON.stringify(p.acts),
    );
  });
});

describe('a media noun before a name', () => {
  it('reads no newspaper «М» out of «газеты Мамедова», and still reads a Latin name after one', () => {
    const p = propose({
      text: 'Правозащитники потребовали освобождения редактора азербайджанской газеты Мамедова. Власти закрыли газету Azadlyg.',
      language: 'ru',
      morph,
    });
    const names = p.organisations.map((o) => o.name);
    assert.ok(!names.includes('М'), JSON.stringify(names));
    assert.ok(names.includes('Azadlyg'), JSON.stringify(names));
  });
});
