// Words of custody and arrest met in news and letters from the former Soviet Union: « privés de liberté » before
// « Parmi ces … personnes … se trouvent », «отправил под арест», «забрали (с собой)»; a Russian name in another case
// beside its vouched form; a place after « de » before a name; «Ранее» opening a sentence; suspicion as a charge. Every
// sentence is invented.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { hasAct, namedActs } from './act-test-helpers.ts';
import { propose } from './propose.ts';
import { loadRussianMorph, type RussianMorph } from './russian-morph.ts';

let morph: RussianMorph;
before(async () => {
  morph = await loadRussianMorph();
});

describe('custody in French', () => {
  it('gives « sont privés de liberté » to the people named after « Parmi ces centaines de personnes »', () => {
    const acts = namedActs(
      'Dans le Donbass, 200 citoyens sont privés de liberté. Parmi ces centaines de personnes se trouvent le journaliste de Donetsk Pavel Lysenko, l’infirmière Olga Marchenko et le retraité Ivan Bondar.',
      { language: 'fr' },
    );
    for (const name of ['Pavel Lysenko', 'Olga Marchenko', 'Ivan Bondar'])
      assert.ok(hasAct(acts, 'detention', name), JSON.stringify(acts));
  });

  it('does not take a place after « de » into the name (« les journalistes de Crimée Nariman Memetov et … »)', () => {
    const p = propose({
      text: 'Parmi eux se trouvent les journalistes de Crimée Nariman Memetov et Remzi Bekirov, et le journaliste de Donetsk Stanislav Aseyev.',
      language: 'fr',
    });
    assert.deepEqual(p.persons.map((x) => x.name).sort(), ['Nariman Memetov', 'Remzi Bekirov', 'Stanislav Aseyev']);
  });
});

describe('custody and arrest in Russian', () => {
  it('reads «отправил под арест» as a detention of a name in the accusative vouched for in its nominative later', () => {
    const acts = namedActs(
      'Суд отправил под арест на три месяца журналистку Наргиз Алиханову, обвиненную в контрабанде. Наргиз Алиханова была задержана 30 ноября.',
      { language: 'ru', morph },
    );
    assert.ok(hasAct(acts, 'detention', 'Наргиз Алиханова'), JSON.stringify(acts));
    assert.ok(hasAct(acts, 'charge', 'Наргиз Алиханова'), JSON.stringify(acts));
  });

  it('reads «силовики забрали правозащитника A» and «B силовики забрали с собой» as arrests, not «забрали всю технику»', () => {
    const acts = namedActs(
      'В Орше силовики забрали правозащитника и редактора портала orsha.eu Игоря Казанцева. Обыск прошел у Петра Сидоренко. Забрали всю технику.',
      { language: 'ru', morph },
    );
    assert.ok(hasAct(acts, 'arrest', 'Игорь Казанцев'), JSON.stringify(acts));
    assert.ok(!hasAct(acts, 'arrest', 'Петр Сидоренко'), JSON.stringify(acts));
  });

  it('does not read «Ранее» before a surname as a given name', () => {
    const p = propose({
      text: 'Журналистка Наргиз Алиханова арестована. Ранее Алиханова уже была допрошена по делу.',
      language: 'ru',
      morph,
    });
    assert.ok(!p.persons.some((x) => x.name.startsWith('Ранее')), JSON.stringify(p.persons.map((x) => x.name)));
  });
});

describe('an age at the end of a sentence, and « accusé notamment de »', () => {
  it('does not read « Roberto P., 38 ans. » as a length, and gives the lead’s length to the one named', () => {
    const acts = namedActs(
      'Un manifestant a été condamné à dix ans de prison. Le tribunal a condamné Roberto Pérez Fonseca, 38 ans.',
      { language: 'fr' },
    );
    assert.ok(hasAct(acts, 'sentence', 'Roberto Pérez Fonseca', 120), JSON.stringify(acts));
    assert.ok(!acts.some((a) => a[3] === 456), JSON.stringify(acts));
  });

  it('reads « accusé notamment d’outrage » as a charge', () => {
    const acts = namedActs('Le militant Roberto Pérez Fonseca, accusé notamment d’outrage, a été arrêté.', {
      language: 'fr',
    });
    assert.ok(hasAct(acts, 'charge', 'Roberto Pérez Fonseca'), JSON.stringify(acts));
  });
});

describe('suspicion as a charge', () => {
  it('reads "on suspicion of", «по подозрению в» and « soupçonné de » as charges', () => {
    for (const [text, language, name] of [
      ['The blogger Ivan Petrov was detained on suspicion of extremism.', 'en', 'Ivan Petrov'],
      ['Активист Серикжан Беков был задержан по подозрению в «возбуждении розни».', 'ru', 'Серикжан Беков'],
      ['Le militant Paul Morel, soupçonné d’espionnage, a été arrêté.', 'fr', 'Paul Morel'],
    ] as const) {
      const acts = namedActs(text, { language, ...(language === 'ru' ? { morph } : {}) });
      assert.ok(hasAct(acts, 'charge', name), `${text}: ${JSON.stringify(acts)}`);
    }
  });
});

describe('sentences imposed, custody without charge, kidnapping and fines', () => {
  it('reads "a death sentence has been imposed on X" as a sentence of X', () => {
    const acts = namedActs(
      'The journalist Toomaj Salehi was arrested in 2022. A death sentence has been imposed on the young journalist Toomaj Salehi.',
      { language: 'en' },
    );
    assert.ok(hasAct(acts, 'sentence', 'Toomaj Salehi'), JSON.stringify(acts));
  });

  it('reads "He was held for months without charge" as a detention', () => {
    const acts = namedActs('Khaled al-Omair was arrested in 2018. He was held for months without charge.', {
      language: 'en',
    });
    assert.ok(hasAct(acts, 'detention', 'Khaled al-Omair'), JSON.stringify(acts));
  });

  it('reads "kidnapped" as a disappearance', () => {
    const acts = namedActs('The police kidnapped the artist Luis Manuel Otero, a leader of the movement.', {
      language: 'en',
    });
    assert.ok(hasAct(acts, 'disappearance', 'Luis Manuel Otero'), JSON.stringify(acts));
  });

  it('reads "the court imposed a fine on X" as a fine', () => {
    const acts = namedActs('The court imposed a fine of 500 pounds on Ziad Elaimy.', { language: 'en' });
    assert.ok(hasAct(acts, 'fine', 'Ziad Elaimy'), JSON.stringify(acts));
  });
});

describe('a surname declined like a noun', () => {
  it('takes «Дюгай» alone for «блогера Валерия Дюгая», and names him «Валерий Дюгай»', () => {
    const p = propose({
      text: 'Суд приговорил 26-летнего блогера Валерия Дюгая к трем годам лишения свободы. Дюгай был задержан по возвращении из Абу-Даби.',
      language: 'ru',
      morph,
    });
    assert.deepEqual(
      p.persons.map((x) => x.name),
      ['Валерий Дюгай'],
    );
    assert.ok(
      p.acts.some((a) => a.kind === 'arrest' && a.person === 'Валерий Дюгай'),
      JSON.stringify(p.acts.map((a) => [a.kind, a.person])),
    );
  });
});

describe('names listed after a verb', () => {
  it('reads the second name of «освободить Афгана Мухтарова и Ниджата Амирасланова» in the accusative too', () => {
    const p = propose({
      text: 'Депутаты потребовали освободить Афгана Мухтарова и Ниджата Амирасланова.',
      language: 'ru',
      morph,
    });
    assert.deepEqual(
      p.persons.map((x) => x.name),
      ['Афган Мухтаров', 'Ниджат Амирасланов'],
    );
  });
});
