// The real-name evaluation's own pattern rules and its per-form labels, which its report is broken down by.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formLabel } from '../../eval/names/real-eval.ts';
import { loadRealSet, patternsOf, type Form } from '../../eval/names/real-set.ts';

const f = (text: string, lang: string, kind = 'official-list'): Form => ({ text, lang, kind });

describe('real-name evaluation: patterns of a pair of forms', () => {
  it('sees х for қ, plain ASCII Latin and Belarusian Cyrillic', () => {
    assert.ok(patternsOf(f('Тоқтасынов', 'kk'), f('Тохтасынов, Толен Мухамедиевич', 'ru')).includes('х/қ'));
    assert.ok(!patternsOf(f('Тоқтасынов', 'kk'), f('Токтасынов', 'ru')).includes('х/қ'));
    assert.ok(
      patternsOf(f('Абдиров Нурлан Мажитович', 'ru'), f('ABDIROV Nurlan Mazhitovich', 'latn')).includes(
        'ASCII Latin (ICAO, BGN)',
      ),
    );
    assert.ok(
      !patternsOf(f('Богданович Александр', 'ru'), f('Aljaksandr Bahdanovič', 'latn')).includes(
        'ASCII Latin (ICAO, BGN)',
      ),
    );
    assert.ok(
      patternsOf(f('Аляксандр Агееў', 'be'), f('Агеев, Александр Викторович', 'ru')).includes('Belarusian Cyrillic'),
    );
  });
  it('does not count Belarusian і as a Kazakh letter', () => {
    assert.ok(
      !patternsOf(f('Ігар Марзалюк', 'be'), f('Марзалюк Игорь Александрович', 'ru')).includes('Kazakh letters'),
    );
    assert.ok(patternsOf(f('Әбдіров Нұрлан', 'kk'), f('Абдиров Нурлан', 'ru')).includes('Kazakh letters'));
  });
  it('labels a searched form by language and kind, Wikidata labels together', () => {
    assert.equal(formLabel(f('Zamanbek Nurkadilov', 'latn', 'wikidata-label-en')), 'latn wikidata-label');
    assert.equal(formLabel(f('ABDIROV Nurlan', 'latn')), 'latn official-list');
  });
  it('holds at least 500 persons, each with two forms or more and one in Cyrillic', () => {
    const set = loadRealSet();
    assert.ok(set.length >= 500, `${set.length} persons`);
    for (const p of set) {
      assert.ok(p.forms.length >= 2, p.id);
      assert.ok(
        p.forms.some((x) => x.lang !== 'latn'),
        p.id,
      );
    }
  });
});
