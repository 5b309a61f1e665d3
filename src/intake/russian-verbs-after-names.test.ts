// A Russian name whose gender only its verb tells, with an adverbial phrase between them («Гульжан Ш. около полудня
// написала»), and a charge told as «ей вменяют в вину». Every text is invented.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { namedActs } from './act-test-helpers.ts';
import { propose } from './propose.ts';
import { loadRussianMorph, type RussianMorph } from './russian-morph.ts';

let morph: RussianMorph;
before(async () => {
  morph = await loadRussianMorph();
});

describe('the verb after a Russian name', () => {
  it('tells a woman past an adverbial phrase', () => {
    const p = propose({
      text: '16 ноября Гульжан Асанбаева около полудня написала на своей странице, что ее задержали.',
      language: 'ru',
      morph,
    });
    assert.deepEqual(
      p.persons.map((x) => x.name),
      ['Гульжан Асанбаева'],
    );
  });

  it('still reads a man when the verb is masculine', () => {
    const p = propose({ text: 'Вчера Нурбек Токторбаев около полудня написал письмо.', language: 'ru', morph });
    assert.deepEqual(
      p.persons.map((x) => x.name),
      ['Нурбек Токторбаев'],
    );
  });
});

describe('a charge told as «вменяют в вину»', () => {
  it('is a charge of the one the pronoun stands for', () => {
    const acts = namedActs(
      'Айжан Токторбаеву заключили под стражу. Ей вменяют в вину призывы к массовым беспорядкам.',
      { language: 'ru', morph },
    );
    assert.ok(
      acts.some((a) => a[0] === 'charge'),
      JSON.stringify(acts),
    );
  });
});
