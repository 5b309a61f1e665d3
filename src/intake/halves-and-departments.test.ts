// "sentenced in 2009 to three and a half and three years in prison respectively": a half written out is its figure's;
// "U.S. Department of State" under an addressee's name is a body, not a man named "U.S. Department". Every text is
// invented.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { namedActs } from './act-test-helpers.ts';
import { propose } from './propose.ts';

describe('figures given respectively, one with a half', () => {
  it('gives 42 and 36 months to the two names in order', () => {
    const acts = namedActs(
      'We welcome the release of the blogger Nguyen Van Tam and the poet Tran Duc Binh, who were sentenced in 2009 to three and a half and three years in prison respectively.',
      { language: 'en' },
    );
    assert.deepEqual(
      acts.filter((a) => a[0] === 'sentence'),
      [
        ['sentence', 'Nguyen Van Tam', '2009', 42],
        ['sentence', 'Tran Duc Binh', '2009', 36],
      ],
    );
  });
});

describe('a department in an address block', () => {
  it('reads "U.S. Department of State" as part of the title, no person', () => {
    const p = propose({
      text: 'October 28, 2015\n\nThe Honorable John F. Kerrigan\nSecretary of State\nU.S. Department of State\n2201 C Street NW Washington, DC 20520\n\nDear Mr. Secretary,\n\nWe write about the journalists held in Uzbekistan.',
      language: 'en',
    });
    assert.deepEqual(
      p.addressees.map((a) => a.name),
      ['John F. Kerrigan'],
    );
    assert.ok(!p.persons.some((x) => /Department/u.test(x.name)), JSON.stringify(p.persons.map((x) => x.name)));
  });
});
