// Addressees in the forms letters write them: a "To:" block with a postal address, "H.E.", "Dear President X",
// Russian dative lines with initials, and several addressees each on a line of their own.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nominativeSurname, readAddresseeLine } from './addressee-lines.ts';
import { propose } from './propose.ts';

const addressees = (text: string) => propose({ text }).addressees.map((a) => [a.name, a.title]);

describe('addressees of letters', () => {
  it('reads a "To:" block with H.E., keeping the title apart from the postal address, place and date', () => {
    const text = [
      'To:',
      'H.E. Serik Zhumabayev',
      'President of the Republic of Kazakhstan',
      'Akorda, 6 Mangilik Yel Avenue',
      '010000 Astana',
      '',
      'Geneva, 3 March 2025',
      '',
      'Your Excellency,',
      'We write to you about the people held for what they said.',
    ].join('\n');
    assert.deepEqual(addressees(text), [['Serik Zhumabayev', 'President of the Republic of Kazakhstan']]);
    const p = propose({ text });
    assert.ok(
      p.persons.some((x) => x.name === 'Serik Zhumabayev'),
      'the addressee is a person too',
    );
  });
  it('reads a name and a street on one line', () => {
    const text =
      'To: The President of the Republic, H.E. Kassym-Jomart Tokayev Abai Ave. 11, Astana\n\nYour Excellency,\nWe write again.';
    assert.deepEqual(addressees(text), [['Kassym-Jomart Tokayev', 'President of the Republic']]);
  });
  it('reads one addressee a line, title first, and skips the place and date line', () => {
    const text = [
      'To the Chair of the Committee on Foreign Affairs, Mr. Marco Bellini',
      'To the Commissioner for Human Rights, Mrs. Ingrid Halvorsen',
      'Vienna, 14 June 2024',
      'Dear Sir and Madam,',
      'We write to you about the trials in the capital.',
    ].join('\n');
    assert.deepEqual(addressees(text), [
      ['Marco Bellini', 'Chair of the Committee on Foreign Affairs'],
      ['Ingrid Halvorsen', 'Commissioner for Human Rights'],
    ]);
  });
  it('reads the name line before the title line and stops at a heading sentence', () => {
    const text = [
      'Mr Rauf Guliyev',
      '',
      'President of the Republic of Azerbaijan',
      '',
      'Journalists must be freed now',
      '',
      'Mr President,',
      'We write to you.',
    ].join('\n');
    assert.deepEqual(addressees(text), [['Rauf Guliyev', 'President of the Republic of Azerbaijan']]);
  });
  it('takes the addressee from "Dear President X" when there is no block, with the full name from the text', () => {
    const text = 'Dear President Temirov,\nWe ask you, Arman Temirov, to release the prisoners before the summit.';
    assert.deepEqual(addressees(text), [['Arman Temirov', 'President']]);
  });
  it('reads Russian dative lines with initials, without a salutation, after a heading', () => {
    const text = [
      'ОТКРЫТОЕ ОБРАЩЕНИЕ',
      'Президенту Республики Казахстан',
      'Токаеву К.-Ж.',
      'Генеральному прокурору Республики Казахстан',
      'г-ну Асанову Б.Н.',
      'Обращение подготовлено после того, как в докладе руководителя ведомства А. Сидоренко снова не нашлось ни слова о задержанных журналистах.',
      'Мы обращаемся к Вам в связи с арестом журналистов.',
    ].join('\n');
    const p = propose({ text });
    assert.equal(p.isLetter, true);
    assert.deepEqual(
      p.addressees.map((a) => [a.name, a.title]),
      [
        ['Токаев К.-Ж.', 'Президенту Республики Казахстан'],
        ['Асанов Б.Н.', 'Генеральному прокурору Республики Казахстан'],
      ],
    );
    assert.deepEqual(addressees('Премьер-министру Республики Казахстан А.Смаилову\nПросим Вас вмешаться.'), [
      ['А. Смаилов', 'Премьер-министру Республики Казахстан'],
    ]);
  });
  it('puts dative surnames back in the nominative and leaves other words alone', () => {
    assert.deepEqual(
      ['Токаеву', 'Сағынтаеву', 'Нигматулину', 'Петровой', 'Вишневской', 'Hollande'].map(nominativeSurname),
      ['Токаев', 'Сағынтаев', 'Нигматулин', 'Петрова', 'Вишневская', 'Hollande'],
    );
    assert.equal(readAddresseeLine('Almaty, 22 May 2018'), null);
  });
});
