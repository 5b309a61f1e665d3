import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nameMatchKey } from './match-key.ts';

describe('cross-script name keys', () => {
  it('meets across scripts, transliteration systems, case forms and word order', () => {
    const same: [string, string][] = [
      ['Аблязов', 'Ablyazov'],
      ['Mukhtar Abliazov', 'Мухтар Аблязов'],
      ['Moukhtar Abliazov', 'Mukhtar Ablyazov'],
      ['Lyudmila Alexeeva', 'Людмила Алексеева'],
      ['Valery Borschev', 'Валерий Борщёв'],
      ['Lev Ponomarev', 'Лев Пономарёв'],
      ['Владимира Козлова', 'Vladimir Kozlov'],
      ['Kozlov Vladimir', 'Vladimir Kozlov'],
    ];
    for (const [a, b] of same) assert.equal(nameMatchKey(a), nameMatchKey(b), `${a} = ${b}`);
  });
  it('keeps different people apart', () => {
    assert.notEqual(nameMatchKey('Vladimir Kozlov'), nameMatchKey('Vadim Kuramshin'));
    assert.notEqual(nameMatchKey('Roza Tuletayeva'), nameMatchKey('Roza Tulegenova'));
  });
});

describe('cross-script name keys, more spellings', () => {
  it('meets French and German transliterations and names written in capitals first', () => {
    assert.equal(nameMatchKey('Roza Tuletayeva'), nameMatchKey('Роза Тулетаева'));
    assert.equal(nameMatchKey('Франсуа Олланду'), nameMatchKey('Франсуа Олланд'));
    assert.equal(nameMatchKey('ABLYAZOV Mukhtar'), nameMatchKey('Мухтар Аблязов'));
  });
});
