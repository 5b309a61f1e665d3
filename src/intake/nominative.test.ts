// Russian names in their dictionary form: the analyser's readings of given name, surname and patronymic agree on one case
// and gender; words it does not know are changed only when the surname asks for it, and the reason is kept.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { nominativeName, surnameByEnding } from './nominative.ts';
import { propose } from './propose.ts';
import { loadRussianMorph, type RussianMorph } from './russian-morph.ts';

describe('Russian names in the nominative', () => {
  let morph: RussianMorph;
  before(async () => {
    morph = await loadRussianMorph();
  });
  const nom = (name: string) => nominativeName(name.split(' '), morph);

  it('reads given name and surname together: a female surname goes to the feminine nominative', () => {
    assert.deepEqual(nom('Розы Тулетаевой'), {
      name: 'Роза Тулетаева',
      changed: true,
      note: '«Розы Тулетаевой» read as genitive feminine',
    });
    assert.equal(nom('Марины Сергеевны Латыповой')?.name, 'Марина Сергеевна Латыпова');
    assert.equal(
      nom('Тимуру Рашидовичу Бекову')?.name,
      'Тимур Рашидович Беков',
      'a patronymic keeps its own nominative',
    );
    assert.equal(nom('Олегом Самсоновым')?.name, 'Олег Самсонов');
    assert.equal(nom('КУСАИНОВОЙ ДАРЬИ')?.name, 'КУСАИНОВА ДАРЬЯ', 'capitals stay capitals, surname first');
    assert.equal(nom('Петра Семёнова')?.name, 'Петр Семёнов', 'a ё the text has is kept');
  });
  it("takes the dative ending off a man's given name the dictionary knows only as a word, or not at all", () => {
    const r = nom('Эдему Бекирову')!;
    assert.equal(r.name, 'Эдем Бекиров', '«Эдему» ends like an adjective but the dictionary knows it as a noun');
    assert.match(r.note!, /«Эдему» is not a name the dictionary knows: its case ending is taken off/);
    assert.equal(nom('Сеитяге Аббозову')?.name, 'Сеитяга Аббозов', "a man's name in «-а» takes «-е» in the dative");
    assert.equal(nom('Дорогой Нариман'), null, 'an adjective the dictionary knows is no given name');
    assert.equal(nom('Гулу Магеррамли')?.name, 'Гулу Магеррамли', 'an Azerbaijani surname in «-ли» does not decline');
    assert.equal(nom('Эльчина Шихлы')?.name, 'Эльчин Шихлы');
  });
  it('leaves a nominative alone and says when a form could be read both ways', () => {
    assert.deepEqual(nom('Роза Тулетаева'), { name: 'Роза Тулетаева', changed: false, note: null });
    const both = nom('Нурлана Ашимова')!;
    assert.equal(both.name, 'Нурлан Ашимов');
    assert.match(both.note!, /could also be the nominative/);
  });
  it('keeps an unknown given name as written rather than guess, and says why', () => {
    const r = nom('Жанболата Серикбаева')!;
    assert.equal(r.name, 'Жанболата Серикбаева');
    assert.match(r.note!, /kept as written: «Жанболата» is not in the dictionary/);
    // The feminine surname asks for a change: the unknown given name is kept as it is written.
    assert.equal(nom('Бибигуль Серикбаевой')?.name, 'Бибигуль Серикбаева');
    assert.equal(nom('Vladimir Kozlov'), null, 'Latin script is not read');
    assert.equal(nom('Московской Хельсинкской'), null, 'adjectives are not a name');
  });
  it('reads surname endings when the dictionary has no surname reading', () => {
    const forms = surnameByEnding('Калиевой').map((r) => [
      [...r.grammemes].find((g) => ['gent', 'datv', 'ablt', 'loct'].includes(g)),
      r.inflect([]),
    ]);
    assert.deepEqual(
      forms.map((f) => f[1]),
      ['калиева', 'калиева', 'калиева', 'калиева'],
    );
    assert.deepEqual(surnameByEnding('Ов'), []);
  });
  it('proposes the nominative with the passage kept as found, and the reason for the reviewer', () => {
    const text =
      'Суд приговорил активистку Розу Тулетаеву к семи годам. Адвокат Розы Тулетаевой обжаловал приговор. Задержание Нурлана Ашимова прошло 5 мая 2024 года.';
    const p = propose({ text, morph });
    const roza = p.persons.find((x) => x.name === 'Роза Тулетаева')!;
    assert.ok(roza, JSON.stringify(p.persons.map((x) => x.name)));
    assert.deepEqual(
      roza.spans.filter((s) => s.text.includes(' ')).map((s) => s.text),
      ['Розу Тулетаеву', 'Розы Тулетаевой'],
      'two forms, one person',
    );
    assert.equal(p.persons.length, 2);
    for (const s of roza.spans) assert.equal(text.slice(s.start, s.end), s.text);
    const nurlan = p.persons.find((x) => x.name === 'Нурлан Ашимов')!;
    assert.match(nurlan.confidenceReason!, /read as genitive masculine; it could also be the nominative/);
    assert.equal(p.acts.find((a) => a.kind === 'sentence')?.person, 'Роза Тулетаева');
  });
});

describe('words glued before a Russian name', () => {
  before(async () => {
    await loadRussianMorph();
  });
  const persons = (text: string) => propose({ text }).persons.map((p) => p.name);

  it('leaves out a role noun and a country in any case before the name', () => {
    assert.deepEqual(persons('Журналистка Вера Климова и правозащитник Олег Сомов провели пикет у суда.'), [
      'Вера Климова',
      'Олег Сомов',
    ]);
    const got = persons('Активисты написали президенту Германии Ольге Зиминой о деле фермера.');
    assert.ok(!got.some((n) => n.startsWith('Германии')), got.join(', '));
    assert.ok(got.includes('Ольга Зимина'), got.join(', '));
  });

  it('does not make a new person of the name and patronymic after «Уважаемый»', () => {
    const text =
      'Президенту Республики Казахстан Токаеву К.-Ж.\n\nУважаемый Касым-Жомарт Кемелевич!\n\nПросим освободить фермера Аскара Нурова.';
    const got = persons(text);
    assert.ok(!got.some((n) => /Уважаем|Кемелевич/u.test(n)), got.join(', '));
  });
});
