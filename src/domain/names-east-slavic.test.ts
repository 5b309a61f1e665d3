// Belarusian and Ukrainian forms of a name against its Russian and Latin forms: the duplicate finder's comparison pairs
// them, the search keys of index and query meet, and what is a different name stays apart. Names are made up for
// these tests, in the spellings each system gives.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseQuery } from '../queries/search/parse-query.ts';
import { eastSlavicReadings, eastSlavicSpelling } from '../text/transliterate.ts';
import { nameParts, nameSearchKeys } from './names.ts';
import { namesMatch } from './similarity.ts';

/** Whether a query finds a stored name by its name keys: every query word has an alternative among the name's keys. */
function keysMeet(stored: string, query: string, tiers = [0, 1]): boolean {
  const keys = new Set(nameSearchKeys(stored));
  return parseQuery(query).keyTerms.every((t) => t.alternatives.some((a) => tiers.includes(a.tier) && keys.has(a.key)));
}

const SAME: [string, string][] = [
  ['Аляксандр Агееў', 'Агеев Александр'],
  ['Уладзімір Базанаў', 'Владимир Базанов'],
  ['Вадзім Сцяпанавіч Дзевятоўскі', 'Девятовский Вадим Степанович'],
  ['Сяргей Ціханоўскі', 'Сергей Тихановский'],
  ['Siarhei Tsikhanouski', 'Сергей Тихановский'],
  ['Аксана Вячаславаўна Гайдук', 'Гайдук Оксана Вячеславовна'],
  ['Яўген Абаленскі', 'Евгений Оболенский'],
  ['Ганна Пятроўна Канапацкая', 'Анна Петровна Канопацкая'],
  ['Міхаіл Мікалаевіч Волкаў', 'Михаил Николаевич Волков'],
  ['Олександр Вікторович Богданович', 'Александр Викторович Богданович'],
  ['Олена Євгенівна Шевчук', 'Елена Евгеньевна Шевчук'],
  ['Uladzimir Bazanau', 'BAZANOV VLADIMIR'],
  ['Alaksandr Jaraszewicz', 'Александр Ярошевич'],
  ['Michaił Wołkau', 'Михаил Волков'],
  ['Vadzim Dzevjatoŭski', 'Vadim Devyatovsky'],
];

const APART: [string, string, string][] = [
  ['Аляксандра Агеева', 'Александр Агеев', 'feminine and masculine forms'],
  ['Святлана Ціханоўская', 'Сергей Тихановский', 'wife and husband'],
  ['Міхаіл Мікалаевіч Волкаў', 'Михаил Михайлович Волков', 'other fathers'],
  ['Ігар Амараў', 'Игорь Умаров', 'у and о are other first vowels'],
  ['Інна Шылава', 'Анна Шилова', 'і and а are other first vowels'],
  ['Алёна Петрова', 'Елена Петрова', 'two Russian names: no Belarusian reading'],
  ['Ілля Цярэшка', 'Илья Терещенко', 'another surname'],
];

describe('Belarusian and Ukrainian forms of one name', () => {
  for (const [a, b] of SAME) {
    it(`${a} / ${b}: the duplicate finder pairs them, and each finds the other by name keys`, () => {
      assert.ok(namesMatch(a, b), 'namesMatch');
      assert.ok(keysMeet(a, b), `${b} finds ${a}`);
      assert.ok(keysMeet(b, a), `${a} finds ${b}`);
    });
  }
  for (const [a, b, why] of APART) it(`${a} / ${b}: ${why}, not paired`, () => assert.equal(namesMatch(a, b), false));

  it('reads a name as Belarusian or Ukrainian only when its letters say so', () => {
    for (const t of ['Агееў', 'Євген', 'Ґонта', 'Сцяцко', 'Uladzimir', 'Bazanau', 'Tsikhanouski', 'Wołkau', 'Yauhien'])
      assert.equal(eastSlavicSpelling(t), 'clear', t);
    // і is Kazakh too: such a name is read with fewer first vowels.
    for (const t of ['Олександр Вікторович', 'Ерлан Серікбаев']) assert.equal(eastSlavicSpelling(t), 'i-only', t);
    // Kazakh і with Kazakh letters, a Russian ц before е, Kazakh Latin au and eu before a consonant, dzh for дж.
    for (const t of ['Әбдіров Нұрлан', 'Цепков Сергей', 'Daulet Tleubaev', 'DZHUMABEKOV Erlan', 'Tsybulski'])
      assert.equal(eastSlavicSpelling(t), null, t);
  });

  it('keeps two Kazakh given names with other first vowels apart when і is the only sign', () => {
    assert.equal(namesMatch('Ерлан Серікбаев', 'Арлан Серикбаев'), false);
    assert.ok(namesMatch('Ерлан Серікбаев', 'Ерлан Серикбаев'));
    assert.ok(!eastSlavicReadings('Ерлан', 'i-only').some((r) => r.startsWith('а')));
  });

  it('writes the Russian letters, and leaves a hard ц and a vowel у alone', () => {
    assert.ok(eastSlavicReadings('Уладзімір').includes('владимир'));
    assert.ok(eastSlavicReadings('Сцяцко').includes('стецко'));
    assert.ok(eastSlavicReadings('Tsikhanouski').includes('tikhanovski'));
    assert.ok(eastSlavicReadings('Цыбульскі').every((r) => r.startsWith('ц')));
    assert.ok(eastSlavicReadings('Tsybulski').every((r) => r.startsWith('ts')));
    assert.deepEqual(eastSlavicReadings('Бохан'), []);
  });

  it('recognises Belarusian patronymics', () => {
    assert.equal(nameParts('Аляксандр Віктаравіч Багдановіч').patronymic, 'viktar');
    // -аўна is a patronymic, not a name word.
    assert.deepEqual(nameParts('Аксана Вячаславаўна Гайдук').tokens, ['axana', 'gaiduk']);
    assert.ok(nameParts('Міхаіл Мікалаевіч Волкаў').patronymics.includes('nikola'));
  });
});
