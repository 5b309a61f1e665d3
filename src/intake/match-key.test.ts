import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nameMatchKey } from './match-key.ts';

describe('cross-script name keys', () => {
  it('meets across scripts, transliteration systems, case forms and word order', () => {
    const same: [string, string][] = [
      ['Аблязов', 'Ablyazov'], ['Mukhtar Abliazov', 'Мухтар Аблязов'], ['Moukhtar Abliazov', 'Mukhtar Ablyazov'], ['Lyudmila Alexeeva', 'Людмила Алексеева'],
      ['Valery Borschev', 'Валерий Борщёв'], ['Lev Ponomarev', 'Лев Пономарёв'], ['Владимира Козлова', 'Vladimir Kozlov'], ['Kozlov Vladimir', 'Vladimir Kozlov'],
    ];
    for (const [a, b] of same) assert.equal(nameMatchKey(a), nameMatchKey(b), `${a} = ${b}`);
  });
  it('keeps different people apart', () => {
    assert.notEqual(nameMatchKey('Vladimir Kozlov'), nameMatchKey('Vadim Kuramshin'));
    assert.notEqual(nameMatchKey('Roza Tuletayeva'), nameMatchKey('Roza Tulegenova'));
  });
});
