// How sure an act is, by the shape of what tells it: a list of three names or more sharing the act makes each of them
// sure, and a charge, a torture or an ill-treatment named without a date or a length starts unticked. Every sentence
// here is invented.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultDecisions } from '../commands/intake/decisions.ts';
import { propose } from './propose.ts';

const rated = (text: string) =>
  propose({ text }).acts.map((a) => [a.kind, a.person, a.confidence] as [string, string | null, string]);

describe('acts told of a list of names', () => {
  it('rates every name of a list of three sure', () => {
    const acts = rated(
      'The journalists Olav Strandberg, Ilse Brandvikova and Marek Sorvaldov remain in pretrial detention in Norland.',
    ).filter(([kind]) => kind === 'detention');
    assert.equal(acts.length, 3);
    assert.deepEqual(
      acts.map(([, , c]) => c),
      ['high', 'high', 'high'],
    );
  });
});

describe('acts whose cue often tells an allegation', () => {
  it('proposes a torture with no date unticked, and one with its date ticked', () => {
    const undated = propose({ text: 'The lawyer said that the journalist Olav Strandberg was tortured in custody.' });
    const torture = undated.acts.find((a) => a.kind === 'torture');
    assert.equal(torture?.confidence, 'low');
    assert.match(torture?.confidenceReason ?? '', /no date or length of its own/u);
    assert.equal(defaultDecisions(undated, 'internal', { confidentOnly: true }).acts?.[torture!.ref]?.accept, false);
    const dated = rated('The journalist Olav Strandberg was tortured on 3 March 2024 in the Kolvik prison.');
    assert.deepEqual(
      dated.filter(([kind]) => kind === 'torture'),
      [['torture', 'Olav Strandberg', 'high']],
    );
  });

  it('makes an arrest sure by its own date or by a list of three, not by how near its victim stands', () => {
    assert.deepEqual(
      rated('The journalist Olav Strandberg was arrested by the police.').filter(([k]) => k === 'arrest'),
      [['arrest', 'Olav Strandberg', 'low']],
    );
    assert.deepEqual(
      rated('The journalist Olav Strandberg was arrested by the police on 3 May 2021.').filter(([k]) => k === 'arrest'),
      [['arrest', 'Olav Strandberg', 'high']],
    );
    assert.deepEqual(
      rated('Nurlan Sadykov, Marat Ermekov and Askar Zhanuzakov were arrested by the police.').filter(
        ([k]) => k === 'arrest',
      ),
      [
        ['arrest', 'Nurlan Sadykov', 'high'],
        ['arrest', 'Marat Ermekov', 'high'],
        ['arrest', 'Askar Zhanuzakov', 'high'],
      ],
    );
  });
});
