// A killing told by its noun with a year between (« le meurtre en 2005 du journaliste A », «Убийство журналиста A»), not
// a call to kill («призывах к убийству A»); a publication's name after the word for it (« du journal Milli Yol ») is
// no person. Every sentence here is invented.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { hasAct, namedActs } from './act-test-helpers.ts';
import { propose } from './propose.ts';
import { loadRussianMorph, type RussianMorph } from './russian-morph.ts';

let morph: RussianMorph;
before(async () => {
  morph = await loadRussianMorph();
});

describe('killings told by their noun', () => {
  it('reads « le meurtre en 2005 du journaliste d’opposition A » as A killed in 2005', () => {
    const acts = namedActs('Il a reconnu le meurtre en 2005 du journaliste d’opposition Karim Sadiqov.', {
      language: 'fr',
    });
    assert.ok(
      acts.some((a) => a[0] === 'killing' && a[1] === 'Karim Sadiqov' && a[2] === '2005'),
      JSON.stringify(acts),
    );
  });

  it('reads «Убийство журналиста A» as a killing, not «призывах к убийству A»', () => {
    assert.ok(
      hasAct(
        namedActs('Убийство журналиста Эльмира Гасанова в 2005 году потрясло страну.', { morph }),
        'killing',
        'Эльмир Гасанов',
      ),
    );
    assert.ok(
      !hasAct(namedActs('Его обвинили в призывах к убийству Ивана Петрова.', { morph }), 'killing', 'Иван Петров'),
    );
  });
});

describe('publications', () => {
  it('does not read « du journal Milli Yol, A » as a person named Milli Yol', () => {
    const names = propose({
      text: 'Le rédacteur en chef du journal Yeni Sada, Rauf Mammadov, a été interpellé mercredi.',
      language: 'fr',
    }).persons.map((p) => p.name);
    assert.deepEqual(names, ['Rauf Mammadov']);
  });

  it('still reads a name after « The Wall Street Journal »', () => {
    const names = propose({
      text: 'Более 30 СМИ потребовали освободить журналиста The Wall Street Journal Эвана Гершковича.',
      morph,
    }).persons.map((p) => p.name);
    assert.ok(names.includes('Эван Гершкович'), JSON.stringify(names));
  });
});

describe('places and offices that are no person', () => {
  it('does not read "Evin Prison", "the Ankara Chief Public Prosecutor" or a named chair as persons', () => {
    const names = propose({
      text: 'Narges Alavi is held in Evin Prison. The Ankara Chief Public Prosecutor’s office demanded her dismissal.\nTaner Demir, Kalousdian Mugar Professor, Clark University',
      language: 'en',
    }).persons.map((p) => p.name);
    assert.ok(!names.some((n) => /Prison|Chief|Public|Professor/u.test(n)), JSON.stringify(names));
    assert.ok(names.includes('Narges Alavi'), JSON.stringify(names));
  });
});
