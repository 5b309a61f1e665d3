// Lists of the held and of the signers written in other ways: prisoners under a heading after the signature, a group
// noun standing for the list before it, signers after «Подписавшие письмо сенаторы:», in a bracket «(среди них …)»
// before «подписали», and the names a list of signers mentions only as relatives.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { propose } from './propose.ts';
import { loadRussianMorph } from './russian-morph.ts';

const named = (text: string, kind: string) => {
  const p = propose({ text });
  return p.acts
    .filter((a) => a.kind === kind)
    .map((a) => p.persons.find((x) => x.ref === a.personRef)?.name)
    .sort();
};

describe('the held, listed', () => {
  it('reads the names under « … emprisonnés : » after the signature as prisoners, not signers', () => {
    const text = [
      'Chers journalistes,',
      'Nous réitérons notre appel à la libération de tous les prisonniers politiques.',
      'Cordialement,',
      'Anne Dupuis',
      'Représentante spéciale',
      'Noms des journalistes emprisonnés en Norlande:',
      '- Ihar Kazlou, journaliste',
      '- Darya Barysava, blogueuse et consultante',
    ].join('\n');
    const p = propose({ text });
    assert.ok(!p.signatories.some((s) => /Kazlou|Barysava/u.test(s.name)), JSON.stringify(p.signatories));
    assert.deepEqual(named(text, 'detention'), ['Darya Barysava', 'Ihar Kazlou']);
  });
  it('gives each name of a list what « Ces hommes et ces femmes » suffered in the next sentence', () => {
    const text =
      'Oleg Marchenko, Ruslan Tairov, Andriy Kovalenko… : ceci est loin d’être une liste exhaustive. Ces hommes et ces femmes ont subi des tortures et sont restés plusieurs mois en prison.';
    assert.deepEqual(named(text, 'torture'), ['Andriy Kovalenko', 'Oleg Marchenko', 'Ruslan Tairov']);
  });
});

describe('signers, listed', () => {
  before(async () => {
    await loadRussianMorph();
  });
  it('reads the names after «Подписавшие письмо сенаторы:»', () => {
    const text =
      'Сенаторы обратились с письмом к президенту. Подписавшие письмо сенаторы: Барбара Лоуренс, Джон Кейси, и Марк Уэлсон, отмечают: «Мы обеспокоены».';
    assert.deepEqual(
      propose({ text }).signatories.map((s) => s.name),
      ['Барбара Лоуренс', 'Джон Кейси', 'Марк Уэлсон'],
    );
  });
  it('reads the names in «(среди них …)» before «подписали», not the addressee after «письмо»', () => {
    const text =
      'Деятели культуры (среди них Борис Ларин, Юлия Серова, Андрей Котов) подписали открытое письмо председателю Верховного суда Анатолию Петрову.';
    const names = propose({ text }).signatories.map((s) => s.name);
    assert.deepEqual(names, ['Борис Ларин', 'Юлия Серова', 'Андрей Котов']);
  });
  it('reads bodies in the instrumental after «подписанном», in the nominative and without their abbreviations', () => {
    const text =
      '«Власти отказались зарегистрировать организацию», — говорится в совместном заявлении, подписанном Amnesty International, Норвежским Хельсинкским Комитетом (НХК) и Международным партнёрством по правам человека (МППЧ).';
    assert.deepEqual(
      propose({ text }).signatories.map((s) => s.name),
      ['Amnesty International', 'Норвежский Хельсинкский Комитет', 'Международное партнёрство по правам человека'],
    );
  });
  it('passes over a relative named in another case inside a list of signers', () => {
    const text =
      'Среди тех, кто подписал обращение, – Татьяна Соколова, сестра Марии Климовой, Светлана Орлова, бывшая жена Владимира Орлова и более 40 других человек.';
    assert.deepEqual(
      propose({ text }).signatories.map((s) => s.name),
      ['Татьяна Соколова', 'Светлана Орлова'],
    );
  });
  it('reads whom "we appeal to the President of the Republic of X, A B C," addresses', () => {
    const text =
      'Human rights groups published a statement. "In particular, we appeal to the President of the Republic of Norland, Mehmet Ali Demir, with a request: prevent the deportation of the activist Nariman Osmanov."';
    assert.deepEqual(
      propose({ text }).addressees.map((a) => a.name),
      ['Mehmet Ali Demir'],
    );
  });
});
