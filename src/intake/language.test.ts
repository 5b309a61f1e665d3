import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectLanguage } from './language.ts';

describe('language detection', () => {
  it('tells English, Russian and French apart', () => {
    assert.equal(
      detectLanguage('The court sentenced the human rights defender to twelve years in prison after a closed trial.'),
      'en',
    );
    assert.equal(
      detectLanguage('Суд приговорил правозащитника к двенадцати годам лишения свободы после закрытого процесса.'),
      'ru',
    );
    assert.equal(
      detectLanguage(
        'Le tribunal a condamné le défenseur des droits humains à douze ans de prison après un procès à huis clos.',
      ),
      'fr',
    );
  });
  it('falls back on the script for text too short to tell', () => {
    assert.equal(detectLanguage('Козлов'), 'ru');
    assert.equal(detectLanguage('Kozlov'), 'en');
  });
});
