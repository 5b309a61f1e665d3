// Organisations named as documents name them: a name spelled out by the abbreviation in brackets after it (in any of
// the three languages, lower-case words and quotes included), long names kept whole, a later bare abbreviation or last
// word joining the full name, media and companies named after a role or a noun, Russian names in the nominative; and
// titles, salutations, conjunctions and persons' names kept out.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { propose } from './propose.ts';
import { loadRussianMorph, type RussianMorph } from './russian-morph.ts';

const orgs = (text: string, morph?: RussianMorph) =>
  propose({ text, ...(morph ? { morph } : {}) }).organisations.map((o) =>
    [o.name, o.kind, o.abbreviation ?? '-', o.spans.length].join(' / '),
  );

describe('organisation names', () => {
  let morph: RussianMorph;
  before(async () => {
    morph = await loadRussianMorph();
  });

  it('takes the words an abbreviation in brackets spells, in French and in Russian', () => {
    assert.deepEqual(
      orgs('Elle dirige l’Observatoire pour la liberté de la presse (OLP) à Tachkent. L’OLP a protesté.'),
      ['Observatoire pour la liberté de la presse / other / OLP / 3'],
    );
    assert.deepEqual(
      orgs('Его обвинили в создании «Северного союза вольных пахарей» (ПСВ). Позже ПСВ распустили.', morph),
      ['Северный союз / ngo / - / 1'],
      'the letters must spell the words before the brackets: only the capitalised name on its head noun is left',
    );
    assert.deepEqual(
      orgs('Его обвинили в создании «Северного союза вольных пахарей» (ССВП). Позже ССВП распустили.', morph),
      ['Северный союз вольных пахарей / ngo / ССВП / 3'],
    );
  });

  it('keeps "X of the Y" whole and joins the known abbreviation and the last word to the full name', () => {
    assert.deepEqual(
      orgs(
        'The Parliamentary Assembly of the Council of Europe (PACE) met in June. PACE members wrote to the Steppe Rights Centre Ulan, and the chair of Ulan answered.',
      ),
      [
        'Parliamentary Assembly of the Council of Europe / international_body / PACE / 3',
        'Steppe Rights Centre Ulan / ngo / - / 2',
      ],
    );
    assert.deepEqual(
      orgs('Letters came from the Steppe Rights Centre Ulan and from the Steppe Rights Center Ulan.'),
      ['Steppe Rights Centre Ulan / ngo / - / 2'],
      'British and American spellings of one name are one organisation',
    );
  });

  it('finds media and companies named after a noun or a role, and a site by its domain', () => {
    assert.deepEqual(orgs('He edited the news websites Dalanews and Kokshe-info, and the newspaper Ertis Times.'), [
      'Dalanews / media_outlet / - / 1',
      'Kokshe-info / media_outlet / - / 1',
      'Ertis Times / media_outlet / - / 1',
    ]);
    assert.deepEqual(orgs('Письмо поступило в редакцию Степь.Kz вечером.'), ['Степь.Kz / media_outlet / - / 1']);
    assert.deepEqual(orgs('Il fut directeur de Transneftegaz, puis ministre.'), ['Transneftegaz / other / - / 1']);
    assert.deepEqual(orgs('Бывший глава «Стройтреста» уехал.', morph), ['Стройтрест / other / - / 1']);
    assert.deepEqual(orgs('Elle est membre du mouvement de jeunesse « L’Aube libre ».'), [
      'L’Aube libre / movement / - / 1',
    ]);
    assert.deepEqual(orgs('He was the leader of Kazakhstan and the head of State.'), []);
  });

  it('reads federations, coalitions and agencies by their head noun, but never a country', () => {
    assert.deepEqual(
      orgs(
        'The Steppe News Agency and the International Federation for Press Freedom protested. Members of the Free Speech Coalition agreed. The Russian Federation declined.',
      ),
      [
        'Steppe News Agency / other / - / 1',
        'International Federation for Press Freedom / ngo / - / 1',
        'Free Speech Coalition / ngo / - / 1',
      ],
    );
  });

  it('keeps titles, salutations, conjunctions and persons out of names', () => {
    assert.deepEqual(orgs('Dear Prosecutor General, the Public Prosecutor asked for nothing.'), []);
    assert.deepEqual(orgs('Но прокуратура промолчала.', morph), []);
    assert.deepEqual(orgs('Head of the Steppe Rights Group, Marat Tulegenov, spoke.'), [
      'Steppe Rights Group / ngo / - / 1',
    ]);
    assert.deepEqual(orgs('Письмо к Евросоюзу и к ЕСПЧ.', morph), [
      'Евросоюз / international_body / - / 1',
      'ЕСПЧ / court / - / 1',
    ]);
  });
  it('knows the bodies, media and services letters name often, an abbreviation only in capitals, and joins it to its full name', () => {
    assert.deepEqual(orgs('Un tribunal a jugé. Il a dit un mot. Ес ли бы.'), []);
    assert.deepEqual(
      orgs('UN experts and the World Organisation Against Torture (OMCT) wrote. The OMCT asked again.'),
      ['UN / international_body / - / 1', 'World Organisation Against Torture / ngo / OMCT / 3'],
    );
    assert.deepEqual(orgs('The European Union was silent. Later the EU spoke.'), [
      'European Union / international_body / - / 2',
    ]);
    assert.deepEqual(orgs('Он дал интервью Радио Свобода, а КНБ задержал его.', morph), [
      'Радио Свобода / media_outlet / - / 1',
      'КНБ / state_body / - / 1',
    ]);
  });

  it('reads courts named by place and level in the three languages, a Russian one in the nominative', () => {
    assert.deepEqual(orgs('Его судили в Алмалинском районном суде города Алматы.', morph), [
      'Алмалинский районный суд города Алматы / court / - / 1',
    ]);
    assert.deepEqual(orgs('Суд № 2 Сарыаркинского района города Астаны приговорил его.', morph), [
      'Суд № 2 Сарыаркинского района города Астаны / court / - / 1',
    ]);
    assert.deepEqual(orgs('He was tried by the Yangiyar city court in May.'), ['Yangiyar city court / court / - / 1']);
    assert.deepEqual(orgs('Le tribunal de Lankaran l’a condamné ; la cour d’appel de Bakou a confirmé.'), [
      'tribunal de Lankaran / court / - / 1',
      'cour d’appel de Bakou / court / - / 1',
    ]);
    // No place: a court, not a name.
    assert.deepEqual(orgs('The city court said no. Le tribunal a refusé. Потом районный суд отказал.', morph), []);
  });
});
