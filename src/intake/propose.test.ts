// The rules against real and written documents: the letter of the 2014 kind (the project's own fixture, and the real
// letter from ../shared/corpus/ when it is there), and a Russian and a French letter written for these tests.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { propose } from './propose.ts';
import type { Proposals, Span } from './types.ts';
import { seedLetters } from '../../test/support/letters.ts';

const fixture = (name: string) =>
  fs.readFileSync(path.resolve(import.meta.dirname, '../../test/fixtures/intake', name), 'utf8');

/** Every span must be the text at its offsets. */
function spansExact(p: Proposals, text: string): void {
  const all: Span[] = [
    ...p.persons,
    ...p.organisations,
    ...p.events,
    ...p.acts,
    ...p.addressees,
    ...p.signatories,
    ...(p.occasion ? [p.occasion] : []),
  ].flatMap((x) => x.spans);
  assert.ok(all.length > 10);
  for (const s of all) assert.equal(text.slice(s.start, s.end), s.text);
}

const act = (p: Proposals, person: string, kind: string) => p.acts.find((a) => a.person === person && a.kind === kind);

for (const { origin, text } of seedLetters())
  describe(`proposals from the ${origin} letter`, () => {
    const p = propose({ text, documentDate: '2014-12' });

    it('detects English and that it is a letter', () => {
      assert.equal(p.language, 'en');
      assert.equal(p.isLetter, true);
    });
    it('finds the addressee and his title', () => {
      assert.deepEqual(
        p.addressees.map((a) => [a.name, a.title]),
        [['Francois Hollande', 'President of the French Republic']],
      );
    });
    it('finds the occasion: the visit of 5–6 December 2014', () => {
      assert.ok(p.occasion);
      assert.match(p.occasion.title, /visit to Kazakhstan/i);
      assert.deepEqual([p.occasion.start, p.occasion.end], ['2014-12-05', '2014-12-06']);
    });
    it('finds the four co-signatories with their titles and organisations', () => {
      assert.deepEqual(
        p.signatories.map((s) => [s.name, s.title, s.organisation]),
        [
          ['Lyudmila Alexeeva', 'Head of the Moscow Helsinki Group', 'Moscow Helsinki Group'],
          ['Valery Borschev', 'Member of the Moscow Helsinki Group', 'Moscow Helsinki Group'],
          ['Svetlana Gannushkina', null, 'Civic Assistance'],
          [
            'Lev Ponomarev',
            'Coordinator of the International Committee for Solidarity with political prisoners in Kazakhstan',
            'All-Russian movement For Human Rights',
          ],
        ],
      );
    });
    it('finds the sentences with their lengths in months', () => {
      assert.equal(act(p, 'Roza Tuletayeva', 'sentence')?.sentenceMonths, 60);
      assert.equal(act(p, 'Vladimir Kozlov', 'sentence')?.sentenceMonths, 90);
      assert.equal(act(p, 'Vadim Kuramshin', 'sentence')?.sentenceMonths, 144);
    });
    it('finds the other acts: torture, arrest, extradition, the "extremist" label', () => {
      assert.ok(act(p, 'Roza Tuletayeva', 'torture'));
      assert.ok(act(p, 'Vladimir Kozlov', 'arrest'));
      assert.ok(act(p, 'Mukhtar Ablyazov', 'extradition_decision'));
      const label = p.acts.find((a) => a.kind === 'designation_extremist');
      assert.match(label?.victimText ?? '', /media outlets/);
      assert.equal(
        act(p, 'Vadim Kuramshin', 'torture'),
        undefined,
        'a report about torture is not torture of its author',
      );
    });
    it('finds people with their roles as written', () => {
      const roles = (name: string) => p.persons.find((x) => x.name === name)?.roles ?? [];
      assert.ok(roles('Vladimir Kozlov').some((r) => /leader of the opposition party ‘Alga’/.test(r)));
      assert.deepEqual(roles('Vadim Kuramshin'), ['human rights defender']);
      assert.deepEqual(roles('Roza Tuletayeva'), ['activist']);
      assert.ok(p.persons.find((x) => x.name === 'Vadim Kuramshin')?.roleKinds.includes('human_rights_defender'));
      assert.ok(
        p.persons.find((x) => x.name === 'Mukhtar Ablyazov')!.spans.length >= 5,
        'surname-only mentions join the person',
      );
    });
    it('finds organisations and dated events', () => {
      const orgs = p.organisations.map((o) => o.name);
      for (const name of ['Alga', 'Moscow Helsinki Group', 'Civic Assistance', 'European Parliament', 'OSCE'])
        assert.ok(orgs.includes(name), name);
      assert.equal(p.organisations.find((o) => o.name === 'Alga')?.kind, 'party');
      const zh = p.events.find((e) => /Zhanaozen/.test(e.title));
      assert.equal(zh?.date, '2011-12');
      assert.equal(zh?.yearInferred, false);
    });
    it('resolves the visit against the latest year written when the document date is unknown, and says so', () => {
      const undated = propose({ text });
      assert.equal(undated.documentDate, null);
      assert.equal(undated.occasion?.start, '2012-12-05');
      assert.equal(undated.events.find((e) => e.ref === undated.occasion?.eventRef)?.yearInferred, true);
    });
    it('points every span at its exact text', () => spansExact(p, text));
  });

describe('proposals from a Russian letter', () => {
  const text = fixture('letter-ru.txt');
  const p = propose({ text, documentDate: '2014-12-01' });
  it('reads it as Russian, with the addressee, occasion and signatories', () => {
    assert.equal(p.language, 'ru');
    assert.deepEqual(
      p.addressees.map((a) => [a.name, a.title]),
      [['Франсуа Олланду', 'Президенту Французской Республики']],
    );
    assert.deepEqual([p.occasion?.start, p.occasion?.end], ['2014-12-05', '2014-12-06']);
    assert.deepEqual(
      p.signatories.map((s) => s.name),
      ['Людмила Алексеева', 'Лев Пономарёв'],
    );
    assert.equal(p.signatories[0]?.title, 'председатель Московской Хельсинкской группы');
  });
  it('reads sentences written in words and case forms', () => {
    assert.equal(act(p, 'Роза Тулетаева', 'sentence')?.sentenceMonths, 60);
    assert.equal(act(p, 'Владимир Козлов', 'sentence')?.sentenceMonths, 90);
    assert.equal(act(p, 'Вадим Курамшин', 'sentence')?.sentenceMonths, 144);
    assert.equal(act(p, 'Владимир Козлов', 'arrest')?.date, '2012-01');
    assert.equal(act(p, 'Владимир Козлов', 'sentence')?.date, null, 'the arrest date is not the verdict date');
  });
  it('finds the shooting of 16 December 2011 and the party', () => {
    const e = p.events.find((x) => x.kind === 'shooting');
    assert.equal(e?.date, '2011-12-16');
    assert.equal(e?.country, 'KZ');
    assert.ok(p.organisations.some((o) => o.name === 'Алга' && o.kind === 'party'));
    assert.ok(p.persons.find((x) => x.name === 'Вадим Курамшин')?.roleKinds.includes('human_rights_defender'));
  });
  it('points every span at its exact text', () => spansExact(p, text));
});

describe('proposals from a French letter', () => {
  const text = fixture('letter-fr.txt');
  const p = propose({ text, documentDate: '2014-12' });
  it('reads it as French, with the addressee, occasion and signatories', () => {
    assert.equal(p.language, 'fr');
    assert.deepEqual(
      p.addressees.map((a) => [a.name, a.title]),
      [['François Hollande', 'Président de la République française']],
    );
    assert.deepEqual([p.occasion?.start, p.occasion?.end], ['2014-12-05', '2014-12-06']);
    assert.deepEqual(
      p.signatories.map((s) => [s.name, s.organisation]),
      [
        ['Marie Durand', 'Ligue des droits'],
        ['Pierre Martin', 'Comité de solidarité'],
      ],
    );
  });
  it('reads French sentences and acts', () => {
    assert.equal(act(p, 'Roza Tuletaeva', 'sentence')?.sentenceMonths, 60);
    assert.equal(act(p, 'Vladimir Kozlov', 'sentence')?.sentenceMonths, 90);
    assert.equal(act(p, 'Vadim Kuramshin', 'sentence')?.sentenceMonths, 144);
    assert.ok(act(p, 'Roza Tuletaeva', 'torture'));
    assert.ok(act(p, 'Moukhtar Abliazov', 'extradition_decision'));
    assert.equal(p.events.find((e) => e.kind === 'shooting')?.date, '2011-12-16');
  });
  it('points every span at its exact text', () => spansExact(p, text));
});

describe('proposals from a document that is not a letter', () => {
  it('has no addressee, occasion or signatories', () => {
    const p = propose({
      text: 'Report. On 3 March 2016 the journalist Olga Petrova was arrested in Almaty and sentenced to 4 years in prison.',
    });
    assert.equal(p.isLetter, false);
    assert.deepEqual([p.addressees, p.occasion, p.signatories], [[], null, []]);
    assert.equal(act(p, 'Olga Petrova', 'sentence')?.sentenceMonths, 48);
    assert.equal(act(p, 'Olga Petrova', 'arrest')?.date, '2016-03-03');
    assert.deepEqual(p.persons[0]?.roles, ['journalist']);
  });
  it('recognises a person the register knows though no rule would', () => {
    const text = 'Yesterday Zhaslan Temirkhan spoke to the court.';
    assert.equal(propose({ text }).persons.length, 0);
    const p = propose({
      text,
      gazetteer: { personNames: ['Zhaslan Temirkhan'], givenNames: ['Zhaslan'], organisations: [] },
    });
    assert.deepEqual(
      p.persons.map((x) => x.name),
      ['Zhaslan Temirkhan'],
    );
  });
});

describe('the year in brackets closing a title', () => {
  const story = (dateLine: string) =>
    `Azerbaïdjan : deux journalistes interpellés (2003)\n${dateLine}\n\nAzer Garachenli a été interpellé le 17 octobre à Bakou.`;
  it('is the year of dates without one, over a later date line of a repost', () => {
    const p = propose({ text: story('2013-12-12') });
    assert.equal(p.documentDate, '2003');
    assert.deepEqual(
      p.acts.map((a) => [a.kind, a.person, a.date]),
      [['arrest', 'Azer Garachenli', '2003-10-17']],
    );
  });
  it('gives way to a date line of the same year or earlier, and is not read from a later line', () => {
    assert.equal(propose({ text: story('2003-12-12') }).documentDate, '2003-12-12');
    assert.equal(
      propose({ text: 'Azerbaïdjan : deux journalistes interpellés\n2013-12-12\n\nUn rapport (2003)' }).documentDate,
      '2013-12-12',
    );
  });
});
