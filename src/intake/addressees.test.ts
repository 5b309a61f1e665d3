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

describe('address blocks as letters lay them out', () => {
  it('leaves a press release lead above the block out of it, and the palace and street out of the title', () => {
    const text = [
      'OSLO – Member of Parliament Ingrid Solberg today joined eleven colleagues in writing to the head of state about the arrested bloggers, asking for their release before the summit.',
      'March 3, 2024',
      'His Excellency Serik Abenov',
      'President of the Republic of Kazakhstan',
      'Presidential Palace',
      'Beibitshilik Street 4',
      'Dear President Abenov:',
      'We write about the bloggers held since January.',
    ].join('\n');
    assert.deepEqual(addressees(text), [['Serik Abenov', 'President of the Republic of Kazakhstan']]);
  });
  it('does not take a heading sentence that names a prisoner for an addressee line', () => {
    const text = [
      'Rights groups urge the authorities to free Olga Marchenko',
      '',
      'Mr. Pavel Drozdov',
      'Prosecutor General of the Republic of Belarus',
      '',
      'Dear Prosecutor General,',
      'We write about the case.',
    ].join('\n');
    assert.deepEqual(addressees(text), [['Pavel Drozdov', 'Prosecutor General of the Republic of Belarus']]);
  });
  it('reads "Dear President X" without a comma, and the full name from the block line that carries the date', () => {
    const text = [
      'President Vasil Hramovich                                   4 May 2022',
      'Independence Avenue 38',
      '220000 Minsk',
      '',
      'Dear President Hramovich',
      '',
      'I am writing about the students held in Hrodna.',
    ].join('\n');
    assert.deepEqual(addressees(text), [['Vasil Hramovich', 'President']]);
  });
});

describe('addressees named in the salutation or the opening line', () => {
  it('reads "Dear Ms. X von der Y," whole, particles and all', () => {
    assert.deepEqual(addressees('Dear Ms. Greta van der Berg,\nWe write about the prisoners.'), [
      ['Greta van der Berg', null],
    ]);
  });
  it('reads « Monsieur X, Président de …, » opening a letter that runs on in the same line', () => {
    const text =
      'Monsieur Paul Girard, Président de la République de Moldavie, Le 2 mars a été arrêté un journaliste de renom.';
    assert.deepEqual(addressees(text), [['Paul Girard', 'Président de la République de Moldavie']]);
  });
  it('does not read a title or a country after the honorific as a name', () => {
    assert.deepEqual(addressees('Monsieur le Président, Nous vous écrivons.'), []);
    assert.deepEqual(addressees('Dear Mr. President,\nWe write.'), []);
  });
});

describe('a title line above "His Excellency X"', () => {
  it('takes the title from the line above, and leaves the office and the country lines out', () => {
    const text = [
      'President of Mongolia',
      'His Excellency Bat Erdene',
      'Office of the President',
      'Sukhbaatar Square 1',
      'Republic of Mongolia',
      '',
      'Oslo, 2 May 2019',
      '',
      'Your Excellency,',
      'We write about the poet.',
    ].join('\n');
    assert.deepEqual(addressees(text), [['Bat Erdene', 'President of Mongolia']]);
  });
});

describe('postal lines and a channel in the address block', () => {
  it('reads no addressee from a street line or from the lines after "c/o"', () => {
    const text = [
      'H.E. Serik Abenov',
      'President of Kazakhstan',
      'c/o',
      'His Excellency Ambassador Marat Tokenov,',
      'Embassy of Kazakhstan in Norway',
      '12, rue Victor Hugo',
      'Ul. Abai Kunanbaev 4',
      'Your Excellency,',
      'We write about the newspaper.',
    ].join('\n');
    assert.deepEqual(addressees(text), [['Serik Abenov', 'President of Kazakhstan']]);
  });
});
