// A particle in a Cyrillic name («Виола фон Крамон-Таубадель»), kept with the given name before it in the persons and
// in a list of signers; a letter written to a head of state named in the dative without «к» («написали письмо
// Лукашенко»); "Arab" no name. Every text is invented.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { propose } from './propose.ts';
import { loadRussianMorph, type RussianMorph } from './russian-morph.ts';

let morph: RussianMorph;
before(async () => {
  morph = await loadRussianMorph();
});

describe('a letter of German members of parliament to Лукашенко', () => {
  const text =
    'Немецкие депутаты написали письмо Лукашенко, в котором потребовали освободить задержанных граждан.\n\nПисьмо подписали Сергей Лагодин, Виола фон Крамер-Таубе, Райнхард Бутман, Ханна Нейер.';

  it('reads the name with its particle, the given name kept', () => {
    const p = propose({ text, language: 'ru', morph });
    assert.ok(
      p.persons.some((x) => x.name === 'Виола фон Крамер-Таубе'),
      JSON.stringify(p.persons.map((x) => x.name)),
    );
    assert.deepEqual(
      p.signatories.map((s) => s.name),
      ['Сергей Лагодин', 'Виола фон Крамер-Таубе', 'Райнхард Бутман', 'Ханна Нейер'],
    );
  });

  it('reads the head of state written to in the dative as the addressee', () => {
    const p = propose({ text, language: 'ru', morph });
    assert.deepEqual(
      p.addressees.map((a) => a.name),
      ['Лукашенко'],
    );
  });
});

describe('"Arab" is no name', () => {
  it('proposes no person "Arab Spring"', () => {
    const p = propose({
      text: 'Secular activists involved in the 2011 Arab Spring uprising that toppled Hosni Mubarak were jailed.',
      language: 'en',
    });
    assert.deepEqual(
      p.persons.map((x) => x.name),
      ['Hosni Mubarak'],
    );
  });
});
