// Who is not a victim: a sitting head of state or government named beside an act, and the letter's addressee, order
// or are asked about the act; a former president can still be one. Those who sign are not the victims of the acts the
// text reports, and the prosecution asking for a sentence («обвинение просит», « l'accusation a requis ») is no charge.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSittingLeader } from './acts.ts';
import { propose } from './propose.ts';

const victims = (text: string) => propose({ text }).acts.map((a) => [a.kind, a.person]);

describe('acts are not given to those in power', () => {
  it('tells a sitting leader from a former one, in the three languages', () => {
    assert.deepEqual(
      [
        'President of Moldavia',
        'Prime Minister',
        'президент Республики Беларусь',
        'président de la République',
        'former President',
        'бывший президент',
        'ancien président',
        'editor-in-chief',
      ].map(isSittingLeader),
      [true, true, true, true, false, false, false, false],
    );
  });
  it('does not propose the arrest ordered by a president as his own', () => {
    const text =
      'Journalist Oleg Varnikov was arrested on 3 May 2025 in Kishinev. President Ivan Dorofeev praised the arrest of Oleg Varnikov on television.';
    const got = victims(text);
    assert.ok(
      got.some(([k, p]) => k === 'arrest' && p === 'Oleg Varnikov'),
      JSON.stringify(got),
    );
    assert.ok(!got.some(([, p]) => p === 'Ivan Dorofeev'), JSON.stringify(got));
  });
  it('does not make the president a letter is addressed to the victim of the detentions it is about', () => {
    const text =
      'On 2 June 2025 the Union of Journalists in a letter addressed to Moldavian President Ivan Dorofeev called to release all currently jailed bloggers.';
    assert.deepEqual(victims(text), []);
  });
  it('keeps the detention of a former president', () => {
    const got = victims('Ivan Dorofeev, the former president of Moldavia, was detained on 3 May 2025 in Kishinev.');
    assert.deepEqual(got, [['arrest', 'Ivan Dorofeev']]);
  });
  it('does not give the acts of a letter to those who sign it', () => {
    const text =
      'Письмо в поддержку журналистки Веры Корнеевой подписали более 30 человек, в том числе поэты Анна Светлова и Пётр Лужин. Обвинение в отношении нее они называют надуманным.';
    const p = propose({ text });
    assert.deepEqual(
      p.signatories.map((x) => x.name),
      ['Анна Светлова', 'Пётр Лужин'],
    );
    assert.deepEqual(
      p.acts.filter((a) => a.person === 'Анна Светлова' || a.person === 'Пётр Лужин'),
      [],
    );
  });
  it('reads the prosecution asking for a sentence as no charge', () => {
    assert.deepEqual(
      victims("Le procès de Paul Ndiaye reprend lundi. L'accusation a requis cinq ans de prison contre Paul Ndiaye."),
      [],
    );
    assert.ok(victims('Paul Ndiaye a été inculpé le 4 mars 2025.').some(([k]) => k === 'charge'));
  });
  it('tells an act of a nameless group after a list of names as no act of those names', () => {
    const text =
      'Since our last appeal, which named Farid Huseynli, Kamran Mirzoyev and Tural Abbasli, many more bloggers have been barred from leaving the country.';
    assert.deepEqual(victims(text), []);
    assert.deepEqual(victims('Farid Huseynli and Kamran Mirzoyev have been barred from leaving the country.'), [
      ['travel_ban', 'Farid Huseynli'],
      ['travel_ban', 'Kamran Mirzoyev'],
    ]);
  });
  it('reads "currently detained" and "remains detained" as detention, "was detained on" as an arrest', () => {
    assert.deepEqual(
      victims('We call for the release of the blogger Tural Abbasli, who is currently detained in Baku.'),
      [['detention', 'Tural Abbasli']],
    );
    assert.deepEqual(victims('The blogger Tural Abbasli remains detained in Baku.'), [['detention', 'Tural Abbasli']]);
    assert.deepEqual(
      victims('The blogger Tural Abbasli was detained on 2 March 2025 in Baku.').map(([k]) => k),
      ['arrest'],
    );
  });
  it('reads a former political prisoner as no detention, a political prisoner as one', () => {
    const says = (who: string) =>
      `I, Farid Huseynli, a blogger and ${who} of Azerbaijan, urge you to release the journalists.`;
    assert.deepEqual(victims(says('former political prisoner')), []);
    assert.deepEqual(victims(says('political prisoner')), [['detention', 'Farid Huseynli']]);
  });
  it('reads the custody a torture happened in as its place, not a detention of its own', () => {
    assert.deepEqual(
      propose({
        text: 'Reports say that Aike Sultanova was tortured in pre-trial detention on 3 March 2025.',
      }).acts.map((a) => [a.kind, a.person, a.date]),
      [['torture', 'Aike Sultanova', '2025-03-03']],
    );
    assert.deepEqual(victims('Aike Sultanova has been in pre-trial detention since 3 March 2025.'), [
      ['detention', 'Aike Sultanova'],
    ]);
  });
});
