// Addressees told in a sentence (news of a letter, headings), an open letter's name line, and address blocks that a
// long heading or two postal addresses used to hide.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { propose } from './propose.ts';
import { loadRussianMorph } from './russian-morph.ts';

const addressees = (text: string) => propose({ text }).addressees.map((a) => [a.name, a.title]);

describe('addressees in prose and headings', () => {
  it('reads whom news says a letter was addressed to', () => {
    assert.deepEqual(
      addressees('Писатели обратились к президенту Молдовы Игорю Петренко с открытым письмом.').map((a) => a[1]),
      ['Президенту Молдовы'],
    );
    assert.deepEqual(
      addressees(
        'Twelve deputies signed a letter addressed to the President of Kyrgyzstan, Almaz Temirbekov, over the trial.',
      ),
      [['Almaz Temirbekov', 'President of Kyrgyzstan']],
    );
    assert.deepEqual(addressees('Lettre ouverte des syndicats au président de la Guinée Pierre Barry'), [
      ['Pierre Barry', 'Président de la Guinée'],
    ]);
  });
  it('ties a surname alone after a title in the genitive («в адрес президента …») to the full name met earlier', () => {
    const text =
      'В Алматы задержан журналист Ерлан Досов. Правозащитник Нурлан Сапаров, бывший депутат, выступил в его защиту.\n\n' +
      'Друзья журналиста направили открытое письмо в адрес президента Сапарова с просьбой освободить Досова.';
    assert.deepEqual(addressees(text), [['Нурлан Сапаров', 'Президента']]);
    assert.deepEqual(
      addressees('Друзья журналиста направили письмо в адрес президента Сапарова.'),
      [['Сапаров', 'Президента']],
      'no full name earlier: the surname alone, in the nominative',
    );
    assert.deepEqual(
      addressees('Друзья журналиста направили письмо в адрес президента Ивановой.'),
      [],
      'a surname that may be a feminine nominative is not guessed at',
    );
  });
  it('reads an inline Russian address with initials', () => {
    assert.deepEqual(
      addressees('Свободу Ивану Котову! Президенту Казахстана С.Б.Жумабаеву Комитет защиты обеспокоен арестом.'),
      [['С.Б. Жумабаев', 'Президенту Казахстана']],
    );
  });
  it('reads names that the persons rules read only, not any capitalised words after a title', () => {
    assert.deepEqual(addressees('Lettre ouverte au président de la République Française'), []);
  });
  it('proposes nobody when the sentence names no one after the title', () => {
    assert.deepEqual(addressees('Они обратились к президенту с просьбой о помиловании.'), []);
    assert.deepEqual(addressees('The group wrote to the President of Kazakhstan about the trial.'), []);
  });
  it('reads the name line under an "Open letter to …" heading', () => {
    const text =
      'Open Letter to the Minister of Justice of Georgia\n\nNino Beridze\nMinistry of Justice of Georgia\n\nWe, the undersigned, write to you.';
    assert.deepEqual(addressees(text), [['Nino Beridze', 'Ministry of Justice of Georgia']]);
  });
  it('finds "Your Excellencies," below two postal addresses, and not a name in a long heading', () => {
    const block = [
      'Letter to the President about the coming visit of the Prime Minister of Freedonia, Rufus Firefly, to the capital',
      '',
      'President Ilkin Mammadov',
      'The Presidential Palace',
      '19 Main Street',
      'Baku',
      'Fax: +994 12 000 0000',
      '',
      'Mr. Rasim Guliyev',
      'Minister of Justice',
      'Ministry of Justice',
      '1 Inshaatchilar Avenue',
      'Baku',
      'Fax: +994 12 000 0001',
      '',
      'Your Excellencies,',
      'We write about the trials.',
    ];
    assert.deepEqual(
      addressees(block.join('\n')).map((a) => a[0]),
      ['Ilkin Mammadov', 'Rasim Guliyev'],
    );
  });
});

describe('addressees in news of letters and appeals', () => {
  it('reads a country or its possessive before the title', () => {
    assert.deepEqual(addressees('The unions sent a letter addressed to Moldovan President Ion Ceban on Monday.'), [
      ['Ion Ceban', 'President'],
    ]);
    assert.deepEqual(addressees('Two letters addressed Georgia’s President Nino Beridze in the context of the vote.'), [
      ['Nino Beridze', 'President'],
    ]);
  });
  it('reads whom news says an appeal urged, but not in a letter, where the addressee is someone else', () => {
    assert.deepEqual(addressees('Writers have urged President Marat Seitov to pardon the poet.'), [
      ['Marat Seitov', 'President'],
    ]);
    assert.deepEqual(addressees('Dear Minister,\nWe ask you to urge President Marat Seitov to pardon the poet.'), []);
  });
  it('reads «адресовав его» before the title, and «призвали президента» with the title in the accusative', async () => {
    const morph = await loadRussianMorph();
    const named = (text: string) => propose({ text, morph }).addressees.map((a) => [a.name, a.title]);
    assert.deepEqual(named('Активисты направили обращение, адресовав его президенту Кыргызстана Азамату Беделову.'), [
      ['Азамат Беделов', 'Президенту Кыргызстана'],
    ]);
    assert.deepEqual(named('Правозащитники призвали президента Азамата Беделова освободить журналистов.'), [
      ['Азамат Беделов', 'Президента'],
    ]);
  });
  it('does not read a month or a country after the title as a name', () => {
    assert.deepEqual(addressees('The groups wrote to President Monday March about it.'), []);
    assert.deepEqual(addressees('It was addressed to President France Germany.'), []);
  });
});

describe('addressees listed after "sent to" and named after "letter to"', () => {
  it('reads every person of a list after "is being sent to", with the bracket as the title', () => {
    const text =
      'Forty deputies signed the appeal. The letter is being sent to Marat Bekov, Olga Sirota (Minister of Justice of the Republic of Belarus), Pavel Lis, (Head of the Prison Department) and Inna Vetrova.';
    assert.deepEqual(addressees(text), [
      ['Marat Bekov', null],
      ['Olga Sirota', 'Minister of Justice of the Republic of Belarus'],
      ['Pavel Lis', 'Head of the Prison Department'],
      ['Inna Vetrova', null],
    ]);
  });
  it('does not read one name after "sent to", nor a list of places', () => {
    assert.deepEqual(addressees('The parcel was sent to Marat Bekov last week.'), []);
    assert.deepEqual(addressees('Copies were sent to Geneva, Vienna and Warsaw.'), []);
  });
  it('reads the person right after "Lettre ouverte à" and "To" opening a line', () => {
    assert.deepEqual(addressees('Lettre ouverte à Jean Morel avant sa visite à Bakou\nNous vous écrivons.'), [
      ['Jean Morel', null],
    ]);
    assert.deepEqual(
      addressees('Send this message:\n\nTo Daniyar Serikov and the authorities of the region\n\nFree them.'),
      [['Daniyar Serikov', null]],
    );
    assert.deepEqual(addressees('He said To Daniyar Serikov nothing.'), [], '"To" inside a sentence is not an address');
  });
});

describe('a surname alone after the title', () => {
  it('reads "addressed to President X" followed by lower-case words as the surname', () => {
    assert.deepEqual(addressees('Activists published a petition addressed to President Abenov on a website.'), [
      ['Abenov', 'President'],
    ]);
    assert.deepEqual(addressees('A letter addressed to President Monday was lost.'), []);
  });
});
