// A sender's name over the address block who signs again on the last line; « il y a six mois » no length; a Russian
// surname after a word opening a sentence («Родные Фозилова», «Сам Фозилов»), and a name the dictionary does not know
// in another case («Хуршеда Фозилова»), joined to the person named in full. Every text is invented.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { propose } from './propose.ts';
import { loadRussianMorph, type RussianMorph } from './russian-morph.ts';
import { findLengths } from './sentence-length.ts';

let morph: RussianMorph;
before(async () => {
  morph = await loadRussianMorph();
});

describe("a sender's letterhead", () => {
  it('reads the name over the address block that signs the last line as the signer, not an addressee', () => {
    const p = propose({
      text: 'Lettre de Didier Garnier, député du Val-de-Marne, à Bernard Kessler\n\nDidier Garnier\n\nMonsieur Bernard KESSLER\nMinistre des Affaires Etrangères\n\nLe 13 décembre 2007\n\nMonsieur le Ministre,\n\nPermettez-moi d’attirer votre attention sur la situation de Madame Nguyen Thi Lan, récemment emprisonnée au Vietnam.\n\nJe vous prie d’agréer, Monsieur le Ministre, l’expression de ma haute considération.\n\nDidier Garnier',
      language: 'fr',
    });
    assert.deepEqual(
      p.addressees.map((a) => a.name),
      ['Bernard Kessler'],
    );
    assert.deepEqual(
      p.signatories.map((s) => s.name),
      ['Didier Garnier'],
    );
  });
});

describe('a time past in French', () => {
  it('reads no length in « il y a six mois »', () => {
    const text = 'pour avoir publié, il y a six mois, des photos ; il a été condamné à six mois de prison';
    assert.deepEqual(
      findLengths(text).map((l) => l.span.start),
      [text.lastIndexOf('six mois')],
    );
    assert.equal(findLengths('publiées il y a deux ans et demi').length, 0);
  });
});

describe('a surname after a word opening a sentence, and a name in another case', () => {
  const names = (text: string) =>
    propose({ text, language: 'ru', morph }).persons.map((p) => [p.name, p.spans.length] as const);

  it('gives «Родные Фозилова» and «Сам Фозилов» to Хуршед Фозилов, with «Хуршеда Фозилова»', () => {
    assert.deepEqual(
      names(
        'Журналист Хуршед Фозилов задержан. Защита Хуршеда Фозилова просила суд. Родные Фозилова говорят, что его обвинили. Сам Фозилов в первые дни сказал.',
      ),
      [['Хуршед Фозилов', 4]],
    );
  });

  it('keeps a man named Риза in a list his own person', () => {
    const found = names('Задержаны Энвер Омеров, Риза Омеров и Айдер Джеппаров.').map(([n]) => n);
    assert.deepEqual(found, ['Энвер Омеров', 'Риза Омеров', 'Айдер Джеппаров']);
  });
});
