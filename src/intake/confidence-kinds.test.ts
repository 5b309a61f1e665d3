// Acts, addressees, signatories, places, occasions and counts carry a confidence and a reason a reviewer can read,
// taken from what the rules saw; only the sure ones start ticked.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultDecisions } from '../commands/intake/decisions.ts';
import { propose } from './propose.ts';

const actsOf = (text: string) =>
  propose({ text, language: 'en' }).acts.map((a) => [a.kind, a.person, a.confidence, a.confidenceReason]);

describe('how sure each act is', () => {
  it('is sure of a victim in the clause of the verb, not of one a pronoun stands for', () => {
    assert.deepEqual(
      actsOf('The journalist Timur Sadykov was arrested on 3 March 2024. He was charged with spreading false news.'),
      [
        ['arrest', 'Timur Sadykov', 'high', 'the verb and the victim in one clause'],
        ['charge', 'Timur Sadykov', 'low', 'victim taken from the previous sentence (a pronoun stands for them)'],
      ],
    );
  });
  it('says when a range or a length is shared by several names, and when figures go "respectively"', () => {
    assert.deepEqual(
      actsOf('Anna Berikova, Olga Nemirova and Pavel Orlov were each sentenced to 3 to 6 years in prison.').map(
        (a) => a[3],
      ),
      ['a range shared by 3 names', 'a range shared by 3 names', 'a range shared by 3 names'],
    );
    assert.deepEqual(
      actsOf('Anna Berikova and Timur Sadykov were sentenced to 2 and 4 years respectively.').map((a) => a[3]),
      [
        'lengths given “respectively”, in the order of the names',
        'lengths given “respectively”, in the order of the names',
      ],
    );
  });
  it('is unsure of a detention read only from a call to free someone, and of the nearest of two names', () => {
    assert.deepEqual(actsOf('We call for the release of Olga Nemirova.'), [
      ['detention', 'Olga Nemirova', 'low', 'a demand to free the person named after it'],
    ]);
    const [act] = actsOf('Anna Berikova said that Olga Nemirova was beaten by the guards.');
    assert.deepEqual(act, ['ill_treatment', 'Olga Nemirova', 'low', 'the nearest of several names in the sentence']);
  });
  it('says how the victim was found, and makes the act sure by its own date', () => {
    assert.deepEqual(actsOf('We condemn the arrest of Timur Sadykov.'), [
      [
        'arrest',
        'Timur Sadykov',
        'low',
        'the victim named right after the act (“the arrest of …”); no date or length of its own',
      ],
    ]);
    assert.deepEqual(actsOf('We condemn the arrest of Timur Sadykov on 12 March 2019.'), [
      ['arrest', 'Timur Sadykov', 'high', 'the victim named right after the act (“the arrest of …”)'],
    ]);
  });
});

describe('how sure addressees, signatories, places, occasions and counts are', () => {
  it('tells a "To:" block, a dative after a title and a salutation with a surname alone', () => {
    const to = propose({
      text: 'To: His Excellency Ilham Aliyev\nPresident of the Republic of Azerbaijan\n\nYour Excellency,\nWe write.',
    });
    assert.deepEqual(
      to.addressees.map((a) => [a.name, a.confidence, a.confidenceReason]),
      [['Ilham Aliyev', 'high', 'a “To:” block']],
    );
    const ru = propose({
      text: 'Президенту Республики Казахстан\nТокаеву К.-Ж.\n\nУважаемый Касым-Жомарт Кемелевич!\nПросим освободить журналиста.',
    });
    assert.deepEqual(
      ru.addressees.map((a) => [a.confidence, a.confidenceReason]),
      [['high', 'the dative after a title']],
    );
    const dear = propose({ text: 'Dear President Tokayev,\nWe write about the journalist Timur Sadykov.' });
    assert.deepEqual(
      dear.addressees.map((a) => [a.name, a.confidence, a.confidenceReason]),
      [['Tokayev', 'low', 'inferred from “Dear President Tokayev”, a surname alone']],
    );
  });
  it('is sure of a closing signature and not of the writer a news report names', () => {
    const letter = propose({
      text: 'Dear President Tokayev,\nWe urge you to act.\nSincerely,\nPavel Sokolov, Director, Centre for Civil Liberties',
    });
    assert.deepEqual(
      letter.signatories.map((s) => [s.name, s.confidence, s.confidenceReason]),
      [['Pavel Sokolov', 'high', 'the closing lines of the letter']],
    );
    const news = propose({
      text: 'The lawyer Anna Berikova wrote to President Kassym-Jomart Tokayev on Monday about Timur Sadykov.',
    });
    assert.deepEqual(
      news.signatories.map((s) => [s.name, s.confidence, s.confidenceReason]),
      [['Anna Berikova', 'low', 'the writer a report of the letter names, not a signature']],
    );
  });
  it('rates places, the occasion and counts', () => {
    const p = propose({
      text: 'Dear President Aliyev,\nAhead of your visit to Paris on 12 May 2025 we recall that in Baku and Almaty there were more than 150 detentions in Azerbaijan, and 12 cases. Baku is not safe.\nSincerely,\nPavel Sokolov',
    });
    const place = (name: string) => p.places.find((x) => x.name === name);
    assert.deepEqual(
      [place('Azerbaijan')?.confidence, place('Azerbaijan')?.confidenceReason],
      ['high', 'a country’s name'],
    );
    assert.deepEqual([place('Baku')?.confidence, place('Baku')?.confidenceReason], ['high', 'a town named 2 times']);
    assert.deepEqual([place('Almaty')?.confidence, place('Almaty')?.confidenceReason], ['low', 'a town named once']);
    assert.deepEqual(
      (p.counts ?? []).map((c) => [c.number, c.confidence, c.confidenceReason]),
      [
        [150, 'high', 'a number with a word of repression'],
        [12, 'low', 'a number of people or of cases, without a word of repression'],
      ],
    );
    assert.deepEqual(
      [p.occasion?.confidence, p.occasion?.confidenceReason],
      ['high', 'an event the letter names, with its date'],
    );
  });
  it('starts a review with only the sure acts, signatories and counts ticked; older proposals stay ticked', () => {
    const p = propose({
      text: 'Dear President Tokayev,\nThe journalist Timur Sadykov was arrested on 3 March 2024. He was charged with fraud. There were 12 cases.\nSincerely,\nPavel Sokolov, Director, Centre for Civil Liberties',
    });
    const review = defaultDecisions(p, 'internal', { confidentOnly: true });
    assert.deepEqual(
      p.acts.map((a) => [a.confidence, review.acts![a.ref]!.accept]),
      [
        ['high', true],
        ['low', false],
      ],
    );
    assert.equal(review.signatories!['signatory-1']!.accept, true);
    assert.equal(review.counts!['count-1']!.accept, false);
    const old = {
      ...p,
      acts: p.acts.map(({ confidence: _c, confidenceReason: _r, ...a }) => a),
      counts: (p.counts ?? []).map(({ confidence: _c, confidenceReason: _r, ...c }) => c),
    };
    const before = defaultDecisions(old, 'internal', { confidentOnly: true });
    assert.ok(Object.values(before.acts!).every((d) => d.accept === true));
    assert.equal(before.counts!['count-1']!.accept, true);
  });
});
