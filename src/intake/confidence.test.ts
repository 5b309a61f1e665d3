// Each proposal says how sure the rules are and why; the review starts with only the sure ones ticked.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultDecisions } from '../commands/intake/decisions.ts';
import { propose } from './propose.ts';

const text = [
  'Dear President,',
  'The activist Roza Temirova was arrested on 3 March 2024 and Roza Temirova is still held. Yerzhan Kaliyev was seen at the Almaty Press Centre.',
  'We also recall the Zhanaozen events of December 2011.',
  'Sincerely,',
  'Pavel Sokolov, Director, Centre for Civil Liberties',
].join('\n');

describe('confidence of proposals', () => {
  const p = propose({ text });
  const person = (name: string) => p.persons.find((x) => x.name === name);
  it('rates each person, organisation and event with a reason', () => {
    assert.deepEqual(
      [person('Roza Temirova')?.confidence, person('Roza Temirova')?.confidenceReason],
      ['high', 'named 2 times'],
    );
    assert.deepEqual(
      [person('Pavel Sokolov')?.confidence, person('Pavel Sokolov')?.confidenceReason],
      ['high', 'a signatory of the letter'],
    );
    assert.deepEqual(
      [person('Yerzhan Kaliyev')?.confidence, person('Yerzhan Kaliyev')?.confidenceReason],
      ['low', 'a surname ending only, named once'],
    );
    const centre = p.organisations.find((o) => o.name === 'Centre for Civil Liberties');
    assert.deepEqual([centre?.confidence, centre?.confidenceReason], ['high', 'named in a signature']);
    const press = p.organisations.find((o) => o.name === 'Almaty Press Centre');
    assert.equal(press?.confidence, 'low');
    assert.equal(p.events.find((e) => /Zhanaozen/.test(e.title))?.confidenceReason, 'named, with a date');
    for (const x of [...p.persons, ...p.organisations, ...p.events])
      assert.ok(x.confidence && x.confidenceReason, JSON.stringify(x));
  });
  it('ticks only confident proposals at the start of a review; "accept all" still takes everything', () => {
    const review = defaultDecisions(p, 'internal', { confidentOnly: true });
    const low = p.persons.find((x) => x.confidence === 'low')!;
    const sure = p.persons.find((x) => x.confidence === 'high')!;
    assert.equal(review.persons![low.ref]!.accept, false);
    assert.equal(review.persons![sure.ref]!.accept, true);
    for (const o of p.organisations)
      assert.equal(review.organisations![o.ref]!.accept, o.confidence === 'high', o.name);
    assert.equal(defaultDecisions(p).persons![low.ref]!.accept, true);
  });
  it('keeps proposals stored before confidence was rated ticked', () => {
    const old = { ...p, persons: p.persons.map(({ confidence: _c, confidenceReason: _r, ...x }) => x) };
    assert.ok(
      Object.values(defaultDecisions(old, 'internal', { confidentOnly: true }).persons!).every(
        (d) => d.accept === true,
      ),
    );
  });
});
