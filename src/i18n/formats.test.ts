// Dates and numbers written as each language writes them: Russian months in the genitive after a preposition, the
// French first of the month as «1er», Kazakh dates and numbers from Node's ICU, and Kazakh chosen like any language.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { i18nFor } from './i18n.ts';
import { LOCALES, negotiateLocale } from './locales.ts';

// ICU puts no-break spaces in some patterns («2014\u00a0г.»); the grammar is what these tests check.
const sp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('dates, numbers and plurals per language', () => {
  it('puts a Russian month in the genitive after a preposition, and keeps it nominative alone', () => {
    const ru = i18nFor('ru');
    assert.equal(sp(ru.date('2014-12')), 'декабрь 2014 г.');
    assert.equal(sp(ru.dateIn('2014-12')), 'декабря 2014 г.');
    assert.equal(sp(ru.t('appeals.page.letterDate', { date: ru.dateIn('2014-12') })), 'Письмо от декабря 2014 г.');
    assert.equal(sp(ru.t('appeals.page.letterDate', { date: ru.dateIn('2014-12-04') })), 'Письмо от 4 декабря 2014 г.');
    assert.equal(sp(ru.t('register.case.sentenceFrom', { date: ru.dateIn('2012-08') })), 'с августа 2012 г.');
    assert.equal(ru.dateIn('2014'), '2014');
  });

  it('writes the first of the month as «1er» in French, and never «du décembre»', () => {
    const fr = i18nFor('fr');
    assert.equal(sp(fr.date('2014-12-01')), '1er décembre 2014');
    assert.equal(sp(fr.date('2014-12-02')), '2 décembre 2014');
    assert.equal(sp(fr.dateIn('2014-12-01')), '1er décembre 2014');
    assert.match(fr.timestamp('2014-12-01T10:00:00Z'), /^1er déc\. 2014/);
    assert.doesNotMatch(fr.t('appeals.page.letterDate', { date: fr.dateIn('2014-12') }), /du décembre/);
    assert.equal(i18nFor('en').date('2014-12-01'), 'December 1, 2014');
  });

  it('formats Kazakh dates, numbers, durations, plurals and countries (Node has the kk locale data)', () => {
    assert.deepEqual(Intl.DateTimeFormat.supportedLocalesOf(['kk']), ['kk'], 'full ICU with Kazakh');
    const kk = i18nFor('kk');
    assert.equal(sp(kk.date('2014-12-16')), '2014 ж. 16 желтоқсан');
    assert.equal(sp(kk.date('2014-12')), '2014 ж. желтоқсан');
    assert.equal(sp(kk.number(1234567.5)), '1 234 567,5');
    assert.equal(kk.months(90), '7 жыл 6 ай');
    assert.equal(kk.months(12), '1 жыл');
    assert.equal(kk.country('KZ'), 'Қазақстан');
    assert.equal(kk.t('common.showing', { count: 0 }), 'Жазба жоқ');
    assert.equal(kk.t('common.showing', { count: 21 }), '21 жазба');
    assert.equal(kk.t('home.map.countryCases', { country: 'Қазақстан', n: 3 }), 'Қазақстан: 3 іс');
  });

  it('offers Kazakh as an interface language, chosen by Accept-Language or by the saved choice', () => {
    assert.ok(LOCALES.includes('kk'));
    assert.equal(negotiateLocale(undefined, 'kk-KZ,kk;q=0.9,ru;q=0.8'), 'kk');
    assert.equal(negotiateLocale(undefined, 'ru;q=0.9,kk;q=0.8'), 'ru');
    assert.equal(negotiateLocale('kk', 'en'), 'kk');
  });
});
