// Events titled by what happened and where: the body whose event it is ("summit of the OSCE"), and a place written a
// little before or after the event noun in the same sentence («в Жанаозене начались протесты»).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { propose } from './propose.ts';

const events = (text: string) =>
  propose({ text, documentDate: '2014-12-01' }).events.map((e) => [e.title, e.date, e.country]);

describe('events with their place', () => {
  it('keeps the body an event belongs to in its title', () => {
    assert.deepEqual(
      events('Le 3 novembre 2014, vous serez à l’ouverture du sommet de l’OSCE au sujet des réfugiés.'),
      [['Sommet de l’OSCE', '2014-11-03', null]],
    );
    assert.deepEqual(events('The summit of the Eastern Partnership was held without them.'), [
      ['Summit of the Eastern Partnership', null, null],
    ]);
  });
  it('adds a place written near the event noun, before or after it', () => {
    assert.deepEqual(events('Strikes began on 3 May 2012 in Aktau and lasted all summer.'), [
      ['Strikes in Aktau', '2012-05-03', 'KZ'],
    ]);
    assert.deepEqual(events('В мае 2012 года в Актау начались забастовки рабочих.'), [
      ['Забастовка в Актау', '2012-05', 'KZ'],
    ]);
  });
});
