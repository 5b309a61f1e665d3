// A head of state named by the surname alone, a French elision before a given name, and neither taken for a victim.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { propose } from './propose.ts';
import { loadRussianMorph } from './russian-morph.ts';

// Russian names are read as the application reads a Cyrillic document: with the analyser loaded.
before(async () => {
  await loadRussianMorph();
});

const persons = (text: string) => propose({ text }).persons.map((p) => [p.name, p.confidenceReason]);

describe('heads of state named by the surname', () => {
  it('proposes the head of state in the nominative, however the text declines the surname', () => {
    const p = propose({ text: '— Назарбаев, немедленно освободи Мухтара! Пикет у здания акимата. Письмо Назарбаеву.' });
    const leader = p.persons.find((x) => x.name === 'Назарбаев');
    assert.ok(leader, JSON.stringify(p.persons.map((x) => x.name)));
    assert.equal(leader.spans.length, 2);
    assert.deepEqual(persons('Пикет у здания акимата. Письмо Назарбаеву.'), [
      ['Назарбаев', 'a head of state named by the surname, named once'],
    ]);
  });
  it('reads « le Président Poutine » and "the Aliyev regime"', () => {
    assert.deepEqual(
      persons('Une rencontre entre le Président Poutine et des journalistes.').map(([n]) => n),
      ['Poutine'],
    );
    assert.deepEqual(
      persons('Critics of the Aliyev regime were jailed.').map(([n]) => n),
      ['Aliyev'],
    );
  });
  it('leaves the surname to the person the text names in full, before or after it', () => {
    assert.deepEqual(
      persons('Dear President Tokayev, we write about the case. Kassym-Jomart Tokayev promised reforms.').map(
        ([n]) => n,
      ),
      ['Kassym-Jomart Tokayev'],
    );
    assert.deepEqual(
      persons('The journalist Imran Aliyev was remanded. Aliyev denied the charges.').map(([n]) => n),
      ['Imran Aliyev'],
    );
    // Initials written before or after the surname make it a full name too.
    assert.ok(!persons('Президенту Казахстана Н.А.Назарбаеву. Назарбаев ответил.').some(([n]) => n === 'Назарбаев'));
  });
  it('does not read a surname glued to another word or one no list holds', () => {
    assert.deepEqual(persons('The anti-Lukashenko protest grew.'), []);
    assert.deepEqual(persons('Critics of the Smithson regime were jailed.'), []);
  });
  it('never makes the head of state the victim of an act', () => {
    const acts = propose({ text: 'Aliyev ordered the arrest of 14 political prisoners in 2014.' }).acts;
    assert.ok(
      acts.every((a) => a.personRef === null),
      JSON.stringify(acts),
    );
  });
});

describe('a French elision before a given name', () => {
  it('reads « d’Ilham Aliyev » as Ilham Aliyev, and keeps « l’Etat » and « d’Azerbaïdjan » whole', () => {
    const p = propose({
      text: "Le Président d'Azerbaïdjan a parlé. La pression constante du pouvoir d’Ilham Aliyev pèse sur l'Etat.",
    });
    assert.deepEqual(
      p.persons.map((x) => x.name),
      ['Ilham Aliyev'],
    );
  });
});
