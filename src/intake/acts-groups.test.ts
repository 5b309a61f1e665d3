// Acts told of a group the text names elsewhere: « les militants » standing for the list their noun brought in with a
// number, "all three" for the list of three before, and the date a group's act gives to the same act of its members;
// and the date of a sentence told again later ("her sentencing took place on …").
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { datedByGroup } from './act-dates.ts';
import { namedActs } from './act-test-helpers.ts';
import type { ActProposal } from './types.ts';

describe('a group stands for the names it was brought in with', () => {
  it('gives « les militants » the list that « 4 militants : … » introduced, even with a part counted after it', () => {
    const text =
      'Le 30 janvier, le tribunal a examiné la cause de 4 militants : Paul Martin, Marc Leroy, Anne Roux et Jean Dupré. ' +
      'Le juge a condamné 2 militants, Paul Martin et Marc Leroy, à une peine de réclusion de 15 jours. ' +
      'Les militants ont été arrêtés le soir du 29 janvier, à Tachkent.';
    const arrests = namedActs(text, { language: 'fr' }).filter((a) => a[0] === 'arrest');
    assert.deepEqual(arrests.map((a) => a[1]).sort(), ['Anne Roux', 'Jean Dupré', 'Marc Leroy', 'Paul Martin']);
  });
  it('takes no list when the number brought in does not match the names listed', () => {
    const told = (n: number) =>
      `Le tribunal a examiné la cause de ${n} militants : Paul Martin, Marc Leroy et Anne Roux. ` +
      "Le juge a ajourné l'audience. Elle a repris le lendemain. Les militants ont été arrêtés le 29 janvier.";
    const arrested = (n: number) => namedActs(told(n), { language: 'fr' }).filter((a) => a[0] === 'arrest').length;
    assert.equal(arrested(3), 3);
    assert.equal(arrested(6), 0);
  });
  it('gives "all three" the list of three names told before', () => {
    const text =
      'Anna Berg, Paul Martin and his sister Maria Lind worked for the Helsinki group. ' +
      'They were arrested after making a film. Eventually, all three were convicted for fraud.';
    const sentences = namedActs(text).filter((a) => a[0] === 'sentence');
    assert.deepEqual(sentences.map((a) => a[1]).sort(), ['Anna Berg', 'Maria Lind', 'Paul Martin']);
  });
  it('gives "all three" nothing when no list of three was named', () => {
    const text = 'Anna Berg and Paul Martin worked for the group. Eventually, all three were convicted for fraud.';
    assert.deepEqual(
      namedActs(text).filter((a) => a[0] === 'sentence'),
      [],
    );
  });
});

describe('the date of a group’s act', () => {
  it('dates the arrest of the named activists by the arrest of the counted group, told later', () => {
    const text = (group: string) =>
      'On 26 August the judge sentenced Paul Martin and Marc Leroy, detained on charges of organising riots, to four ' +
      `years of restricted freedom. Almost a year earlier, on 29 September 2024, ${group} were detained in Almaty.`;
    const arrests = (group: string) => namedActs(text(group)).filter((a) => a[0] === 'arrest');
    assert.deepEqual(arrests('12 activists'), [
      ['arrest', 'Paul Martin', '2024-09-29', null],
      ['arrest', 'Marc Leroy', '2024-09-29', null],
    ]);
    // Activists at large, not counted, are not the group the two belong to.
    assert.deepEqual(
      arrests('many activists').map((a) => a[2]),
      [null, null],
    );
  });
  const act = (person: string | null, kind: ActProposal['kind'], date: string | null): ActProposal => ({
    ref: '',
    person,
    personRef: person,
    victimText: null,
    kind,
    date,
    sentenceMonths: null,
    sentenceKind: null,
    lengthSpan: null,
    country: null,
    spans: [{ start: 0, end: 1, text: 'x' }],
    confidence: 'high',
    confidenceReason: 'test',
  });
  const told = (kind: ActProposal['kind'], start: string) => ({
    kind,
    date: { span: { start: 50, end: 60, text: start }, start, end: null, yearInferred: false },
  });
  it('gives the group’s date to two undated victims of the same kind, and keeps a date of their own', () => {
    const got = datedByGroup(
      [act('A', 'arrest', null), act('B', 'arrest', null), act('C', 'arrest', '2023-01-02'), act('A', 'charge', null)],
      [told('arrest', '2024-09-29')],
    );
    assert.deepEqual(
      got.map((a) => [a.person, a.kind, a.date]),
      [
        ['A', 'arrest', '2024-09-29'],
        ['B', 'arrest', '2024-09-29'],
        ['C', 'arrest', '2023-01-02'],
        ['A', 'charge', null],
      ],
    );
  });
  it('gives no date to one undated victim alone, nor when the group is told with two dates', () => {
    assert.equal(datedByGroup([act('A', 'arrest', null)], [told('arrest', '2024-09-29')])[0]!.date, null);
    const two = datedByGroup(
      [act('A', 'arrest', null), act('B', 'arrest', null)],
      [told('arrest', '2024-09-29'), told('arrest', '2024-10-01')],
    );
    assert.deepEqual(
      two.map((a) => a.date),
      [null, null],
    );
  });
});

describe('a sentence told again with its date', () => {
  it('dates a sentence by "her sentencing took place during the week of 5 December 2022"', () => {
    const text =
      'The journalist Anna Berg was sentenced by the Supreme Court to 21 years in jail. ' +
      'Her trial was held behind closed doors and her sentencing took place during the week of 5 December 2022.';
    assert.deepEqual(
      namedActs(text).filter((a) => a[0] === 'sentence'),
      [['sentence', 'Anna Berg', '2022-12-05', 252]],
    );
  });
  it('proposes no act for the sentencing of people it does not name', () => {
    assert.deepEqual(namedActs('The sentencing of journalists continued in December 2022.'), []);
  });
});
