// Deterministic synthetic register for the benchmarks: writes a `vigil export` document (format vigil-export, version 3)
// with N persons (Russian, Kazakh and English name forms), N/50 organisations, N/2 memberships, N/100 events, N cases
// (one per person), a few sources and N/100 citations. Same seed and N → byte-identical file.
//
//   node --import tsx bench/generate.ts --n 200 --out /tmp/register.json [--seed 1]
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { guessTextLang } from '../src/domain/localized.ts';

/** A title with the language an export states for it (the one its letters show) and no translations. */
const localizedTitle = (title: string) => ({ lang: guessTextLang(title), title, translations: {} });

// ---------------------------------------------------------------------------------------------------------------
// Randomness: mulberry32, seeded per record so any record can be rebuilt from (seed, section, index) alone.

/** A seeded random source. */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
}

/** mulberry32: a tiny 32-bit PRNG, good enough for synthetic data and fully deterministic. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T,
    chance: (p) => next() < p,
  };
}

/** Mixes integers into one 32-bit seed (murmur3's finaliser over a running hash). */
function mix(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const p of parts) {
    h = Math.imul(h ^ (p >>> 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

// ---------------------------------------------------------------------------------------------------------------
// Ids: valid ULIDs (Crockford base32, 10 time characters then 16 more). The time part is fixed per section and the
// next 7 characters carry the index, so ids ascend with the index within a section and never collide across sections.

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const BASE_TIME = Date.UTC(2026, 0, 1);
const SECTION_NO = {
  persons: 0,
  organizations: 1,
  memberships: 2,
  events: 3,
  cases: 4,
  sources: 5,
  citations: 6,
} as const;
type Section = keyof typeof SECTION_NO;
/** The sections of a full export after the register's records (see src/queries/export/table-sections.ts). */
const INSTALLATION_SECTIONS = [
  'users',
  'appeals',
  'coSignatories',
  'signatures',
  'denyRules',
  'briefings',
  'follows',
  'remindersSent',
  'intakeDocuments',
  'personMerges',
];

function base32(value: number, width: number): string {
  let out = '';
  let v = value;
  for (let i = 0; i < width; i++) {
    out = CROCKFORD[v % 32] + out;
    v = Math.floor(v / 32);
  }
  return out;
}

/** The ULID of record `index` of a section (deterministic for a seed; ascending with the index). */
export function ulidOf(seed: number, section: Section, index: number): string {
  const r = mulberry32(mix(seed, 1000 + SECTION_NO[section], index));
  let tail = '';
  for (let i = 0; i < 9; i++) tail += CROCKFORD[r.int(0, 31)];
  return base32(BASE_TIME + SECTION_NO[section], 10) + base32(index, 7) + tail;
}

// ---------------------------------------------------------------------------------------------------------------
// Vocabulary of names and places.

type Culture = 'KZ' | 'RU' | 'BY' | 'AZ';
/** A name in its Russian, Kazakh (when there is one) and English forms. */
interface Forms {
  ru: string;
  kk?: string;
  en: string;
}

const GIVEN: Record<Culture, { male: Forms[]; female: Forms[] }> = {
  KZ: {
    male: [
      { ru: 'Нурлан', kk: 'Нұрлан', en: 'Nurlan' },
      { ru: 'Ерлан', kk: 'Ерлан', en: 'Yerlan' },
      { ru: 'Бауыржан', kk: 'Бауыржан', en: 'Baurzhan' },
      { ru: 'Серик', kk: 'Серік', en: 'Serik' },
      { ru: 'Жанболат', kk: 'Жанболат', en: 'Zhanbolat' },
      { ru: 'Максат', kk: 'Мақсат', en: 'Maksat' },
      { ru: 'Айдос', kk: 'Айдос', en: 'Aidos' },
      { ru: 'Габит', kk: 'Ғабит', en: 'Gabit' },
      { ru: 'Канат', kk: 'Қанат', en: 'Kanat' },
      { ru: 'Асхат', kk: 'Асхат', en: 'Askhat' },
      { ru: 'Олжас', kk: 'Олжас', en: 'Olzhas' },
      { ru: 'Кайрат', kk: 'Қайрат', en: 'Kairat' },
    ],
    female: [
      { ru: 'Асель', kk: 'Әсел', en: 'Assel' },
      { ru: 'Айгуль', kk: 'Айгүл', en: 'Aigul' },
      { ru: 'Гульнара', kk: 'Гүлнара', en: 'Gulnara' },
      { ru: 'Динара', kk: 'Динара', en: 'Dinara' },
      { ru: 'Жанар', kk: 'Жанар', en: 'Zhanar' },
      { ru: 'Айжан', kk: 'Айжан', en: 'Aizhan' },
      { ru: 'Сауле', kk: 'Сәуле', en: 'Saule' },
      { ru: 'Умит', kk: 'Үміт', en: 'Umit' },
      { ru: 'Инкар', kk: 'Іңкәр', en: 'Inkar' },
    ],
  },
  RU: {
    male: [
      { ru: 'Алексей', en: 'Alexei' },
      { ru: 'Дмитрий', en: 'Dmitry' },
      { ru: 'Сергей', en: 'Sergei' },
      { ru: 'Иван', en: 'Ivan' },
      { ru: 'Михаил', en: 'Mikhail' },
      { ru: 'Андрей', en: 'Andrei' },
      { ru: 'Никита', en: 'Nikita' },
      { ru: 'Павел', en: 'Pavel' },
      { ru: 'Илья', en: 'Ilya' },
      { ru: 'Артём', en: 'Artyom' },
    ],
    female: [
      { ru: 'Анна', en: 'Anna' },
      { ru: 'Мария', en: 'Maria' },
      { ru: 'Екатерина', en: 'Yekaterina' },
      { ru: 'Ольга', en: 'Olga' },
      { ru: 'Юлия', en: 'Yulia' },
      { ru: 'Наталья', en: 'Natalya' },
      { ru: 'Ксения', en: 'Ksenia' },
      { ru: 'Дарья', en: 'Darya' },
    ],
  },
  BY: {
    male: [
      { ru: 'Александр', en: 'Aliaksandr' },
      { ru: 'Виктор', en: 'Viktar' },
      { ru: 'Максим', en: 'Maksim' },
      { ru: 'Игорь', en: 'Ihar' },
      { ru: 'Владимир', en: 'Uladzimir' },
      { ru: 'Алесь', en: 'Ales' },
      { ru: 'Николай', en: 'Mikalai' },
    ],
    female: [
      { ru: 'Светлана', en: 'Sviatlana' },
      { ru: 'Мария', en: 'Maryia' },
      { ru: 'Вероника', en: 'Veranika' },
      { ru: 'Ирина', en: 'Iryna' },
      { ru: 'Татьяна', en: 'Tatsiana' },
      { ru: 'Людмила', en: 'Liudmila' },
    ],
  },
  AZ: {
    male: [
      { ru: 'Эльдар', en: 'Eldar' },
      { ru: 'Рашад', en: 'Rashad' },
      { ru: 'Тофиг', en: 'Tofig' },
      { ru: 'Ильгар', en: 'Ilgar' },
      { ru: 'Анар', en: 'Anar' },
      { ru: 'Бахтияр', en: 'Bakhtiyar' },
    ],
    female: [
      { ru: 'Лейла', en: 'Leyla' },
      { ru: 'Хадиджа', en: 'Khadija' },
      { ru: 'Севиндж', en: 'Sevinj' },
      { ru: 'Гюнай', en: 'Gunay' },
      { ru: 'Нигяр', en: 'Nigar' },
    ],
  },
};

/** Surnames: the forms are masculine; feminine forms are derived (-ов → -ова, -ский → -ская, -ич and -ко unchanged). */
const SURNAMES: Record<Culture, Forms[]> = {
  KZ: [
    { ru: 'Жаксыбеков', kk: 'Жақсыбеков', en: 'Zhaksybekov' },
    { ru: 'Нурмагамбетов', kk: 'Нұрмағамбетов', en: 'Nurmagambetov' },
    { ru: 'Сагинтаев', kk: 'Сағынтаев', en: 'Sagintayev' },
    { ru: 'Абдрахманов', kk: 'Әбдірахманов', en: 'Abdrakhmanov' },
    { ru: 'Кожахметов', kk: 'Қожахметов', en: 'Kozhakhmetov' },
    { ru: 'Уалиханов', kk: 'Уәлиханов', en: 'Ualikhanov' },
    { ru: 'Омаров', kk: 'Омаров', en: 'Omarov' },
    { ru: 'Шаяхметов', kk: 'Шаяхметов', en: 'Shayakhmetov' },
    { ru: 'Кенжебаев', kk: 'Кенжебаев', en: 'Kenzhebayev' },
    { ru: 'Исмаилов', kk: 'Исмайылов', en: 'Ismailov' },
    { ru: 'Бекмухамедов', kk: 'Бекмұхамедов', en: 'Bekmukhamedov' },
    { ru: 'Хамитов', kk: 'Һамитов', en: 'Khamitov' },
    { ru: 'Онгарбаев', kk: 'Оңғарбаев', en: 'Ongarbayev' },
    { ru: 'Утебаев', kk: 'Өтебаев', en: 'Utebayev' },
    { ru: 'Султанбеков', kk: 'Сұлтанбеков', en: 'Sultanbekov' },
    { ru: 'Жумабаев', kk: 'Жұмабаев', en: 'Zhumabayev' },
  ],
  RU: [
    { ru: 'Иванов', en: 'Ivanov' },
    { ru: 'Смирнов', en: 'Smirnov' },
    { ru: 'Кузнецов', en: 'Kuznetsov' },
    { ru: 'Попов', en: 'Popov' },
    { ru: 'Соколов', en: 'Sokolov' },
    { ru: 'Лебедев', en: 'Lebedev' },
    { ru: 'Новиков', en: 'Novikov' },
    { ru: 'Морозов', en: 'Morozov' },
    { ru: 'Волков', en: 'Volkov' },
    { ru: 'Фёдоров', en: 'Fyodorov' },
    { ru: 'Орлов', en: 'Orlov' },
    { ru: 'Гусев', en: 'Gusev' },
    { ru: 'Белоусов', en: 'Belousov' },
    { ru: 'Горбунов', en: 'Gorbunov' },
    { ru: 'Ковалевский', en: 'Kovalevsky' },
  ],
  BY: [
    { ru: 'Ковалевич', en: 'Kavalevich' },
    { ru: 'Лосик', en: 'Losik' },
    { ru: 'Бондаренко', en: 'Bandarenka' },
    { ru: 'Мельников', en: 'Melnikau' },
    { ru: 'Климович', en: 'Klimovich' },
    { ru: 'Тихонович', en: 'Tsikhanovich' },
    { ru: 'Сидоренко', en: 'Sidarenka' },
    { ru: 'Жуковский', en: 'Zhukouski' },
    { ru: 'Павлов', en: 'Paulau' },
  ],
  AZ: [
    { ru: 'Алиев', en: 'Aliyev' },
    { ru: 'Мамедов', en: 'Mammadov' },
    { ru: 'Гасанов', en: 'Hasanov' },
    { ru: 'Гусейнов', en: 'Huseynov' },
    { ru: 'Керимов', en: 'Karimov' },
    { ru: 'Исмайлов', en: 'Ismayilov' },
    { ru: 'Джафаров', en: 'Jafarov' },
  ],
};

/** Fathers' names from which patronymics are made (Russian -ович/-овна, Kazakh -ұлы/-қызы). */
const FATHERS: Record<Culture, Forms[]> = {
  KZ: [
    { ru: 'Нурлан', kk: 'Нұрлан', en: 'Nurlan' },
    { ru: 'Серик', kk: 'Серік', en: 'Serik' },
    { ru: 'Канат', kk: 'Қанат', en: 'Kanat' },
    { ru: 'Бахыт', kk: 'Бақыт', en: 'Bakhyt' },
    { ru: 'Ермек', kk: 'Ермек', en: 'Yermek' },
    { ru: 'Кайрат', kk: 'Қайрат', en: 'Kairat' },
    { ru: 'Марат', kk: 'Марат', en: 'Marat' },
    { ru: 'Болат', kk: 'Болат', en: 'Bolat' },
    { ru: 'Амангельды', kk: 'Амангелді', en: 'Amangeldy' },
  ],
  RU: [
    { ru: 'Иван', en: 'Ivan' },
    { ru: 'Виктор', en: 'Viktor' },
    { ru: 'Владимир', en: 'Vladimir' },
    { ru: 'Олег', en: 'Oleg' },
    { ru: 'Борис', en: 'Boris' },
    { ru: 'Александр', en: 'Alexander' },
    { ru: 'Петр', en: 'Petr' },
    { ru: 'Роман', en: 'Roman' },
  ],
  BY: [
    { ru: 'Иван', en: 'Ivan' },
    { ru: 'Виктор', en: 'Viktar' },
    { ru: 'Антон', en: 'Anton' },
    { ru: 'Степан', en: 'Stsiapan' },
  ],
  AZ: [],
};

/** A city with its forms and approximate coordinates. */
interface City {
  ru: string;
  en: string;
  lat: number;
  lon: number;
}
const CITIES: Record<Culture, City[]> = {
  KZ: [
    { ru: 'Алматы', en: 'Almaty', lat: 43.2389, lon: 76.8897 },
    { ru: 'Астана', en: 'Astana', lat: 51.1694, lon: 71.4491 },
    { ru: 'Шымкент', en: 'Shymkent', lat: 42.3417, lon: 69.5901 },
    { ru: 'Актобе', en: 'Aktobe', lat: 50.2839, lon: 57.167 },
    { ru: 'Жанаозен', en: 'Zhanaozen', lat: 43.3412, lon: 52.8619 },
    { ru: 'Уральск', en: 'Uralsk', lat: 51.2333, lon: 51.3667 },
    { ru: 'Караганда', en: 'Karaganda', lat: 49.8047, lon: 73.1094 },
  ],
  RU: [
    { ru: 'Москва', en: 'Moscow', lat: 55.7558, lon: 37.6173 },
    { ru: 'Санкт-Петербург', en: 'Saint Petersburg', lat: 59.9311, lon: 30.3609 },
    { ru: 'Казань', en: 'Kazan', lat: 55.7961, lon: 49.1064 },
    { ru: 'Екатеринбург', en: 'Yekaterinburg', lat: 56.8389, lon: 60.6057 },
    { ru: 'Новосибирск', en: 'Novosibirsk', lat: 55.0084, lon: 82.9357 },
    { ru: 'Уфа', en: 'Ufa', lat: 54.7388, lon: 55.9721 },
  ],
  BY: [
    { ru: 'Минск', en: 'Minsk', lat: 53.9006, lon: 27.559 },
    { ru: 'Гомель', en: 'Homiel', lat: 52.4345, lon: 30.9754 },
    { ru: 'Брест', en: 'Brest', lat: 52.0976, lon: 23.7341 },
    { ru: 'Гродно', en: 'Hrodna', lat: 53.6884, lon: 23.8258 },
  ],
  AZ: [
    { ru: 'Баку', en: 'Baku', lat: 40.4093, lon: 49.8671 },
    { ru: 'Гянджа', en: 'Ganja', lat: 40.6828, lon: 46.3606 },
    { ru: 'Сумгаит', en: 'Sumgait', lat: 40.5897, lon: 49.6686 },
  ],
};

/** Which culture's names and cities a country's records use (a few cases in neighbouring states borrow Kazakh ones). */
const CULTURE_OF: Record<string, Culture> = { KZ: 'KZ', RU: 'RU', BY: 'BY', AZ: 'AZ', KG: 'KZ', UZ: 'KZ', TJ: 'KZ' };
const ORG_COUNTRIES: readonly Culture[] = ['KZ', 'RU', 'BY', 'AZ'];

/** A country, weighted: mostly KZ, then RU, BY, AZ, and a few elsewhere in the region. */
function pickCountry(r: Rng): string {
  const x = r.next();
  if (x < 0.45) return 'KZ';
  if (x < 0.75) return 'RU';
  if (x < 0.9) return 'BY';
  if (x < 0.98) return 'AZ';
  return r.pick(['KG', 'UZ', 'TJ']);
}

const feminineRu = (s: string): string =>
  /(ов|ев|ёв|ин)$/.test(s) ? `${s}а` : s.endsWith('ский') ? `${s.slice(0, -4)}ская` : s;
const feminineEn = (s: string): string =>
  /(ov|ev|yev|in|au)$/.test(s)
    ? s.endsWith('au')
      ? `${s.slice(0, -2)}ava`
      : `${s}a`
    : s.endsWith('sky')
      ? `${s.slice(0, -3)}skaya`
      : s.endsWith('ski')
        ? `${s.slice(0, -1)}aya`
        : s;
const patronymicRu = (father: string, female: boolean): string => {
  if (father.endsWith('ы')) return `${father.slice(0, -1)}ы${female ? 'евна' : 'евич'}`; // Амангельды → Амангельдыевич
  return `${father}${female ? 'овна' : 'ович'}`;
};
const patronymicKk = (father: string, female: boolean): string => `${father}${female ? 'қызы' : 'ұлы'}`;

/** Lower-case ASCII slug from Latin text. */
function slugOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** A calendar day as days since 1970-01-01, and back to "YYYY-MM-DD". */
const dayOf = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / 86_400_000;
const isoDay = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);
/** The date at the precision wanted: mostly the day, sometimes only the month. */
const partial = (day: number, monthOnly: boolean): string => (monthOnly ? isoDay(day).slice(0, 7) : isoDay(day));

// ---------------------------------------------------------------------------------------------------------------
// Records.

/** Creation and update time of every generated record (fixed, so the output is reproducible). */
export const TIMESTAMP = '2026-01-01T00:00:00.000Z';

/** Sizes of a generated register. */
export interface Counts {
  persons: number;
  organizations: number;
  memberships: number;
  events: number;
  cases: number;
  sources: number;
  citations: number;
}

/** How many records of each section a register with `n` persons holds. */
export function countsFor(n: number): Counts {
  return {
    persons: n,
    organizations: Math.max(4, Math.floor(n / 50)),
    memberships: Math.floor(n / 2),
    events: Math.max(1, Math.floor(n / 100)),
    cases: n,
    sources: Math.min(20, Math.max(3, Math.floor(n / 5000))),
    citations: Math.floor(n / 100),
  };
}

/** A person as the generator thinks of it, before it is written in Popolo shape. */
interface PersonData {
  id: string;
  slug: string;
  country: string;
  culture: Culture;
  female: boolean;
  given: Forms;
  surname: Forms;
  father: Forms | undefined;
  confidentiality: 'public' | 'internal';
  city: City;
}

const ROLES_COMMON = [
  'activist',
  'journalist',
  'human_rights_defender',
  'politician',
  'lawyer',
  'blogger',
  'worker',
  'religious_figure',
  'student',
  'academic',
  'artist',
] as const;

function personData(seed: number, i: number): { p: PersonData; r: Rng } {
  const r = mulberry32(mix(seed, 1, i));
  const country = pickCountry(r);
  const culture = CULTURE_OF[country] ?? 'RU';
  const female = r.chance(0.4);
  const given = r.pick(female ? GIVEN[culture].female : GIVEN[culture].male);
  const surname = r.pick(SURNAMES[culture]);
  const fathers = FATHERS[culture];
  const father = fathers.length > 0 && r.chance(0.85) ? r.pick(fathers) : undefined;
  const id = ulidOf(seed, 'persons', i);
  const surnameEn = female ? feminineEn(surname.en) : surname.en;
  const slug = `${slugOf(`${given.en} ${surnameEn}`)}-${i.toString(36)}`;
  return {
    p: {
      id,
      slug,
      country,
      culture,
      female,
      given,
      surname,
      father,
      confidentiality: r.chance(0.02) ? 'internal' : 'public',
      city: r.pick(CITIES[culture]),
    },
    r,
  };
}

/** The person's name forms: [full Russian, full Kazakh or undefined, English, given/family/patronymic (Russian)]. */
function nameForms(p: PersonData): {
  ru: string;
  kk: string | undefined;
  en: string;
  givenRu: string;
  familyRu: string;
  patronymicRu: string | null;
} {
  const familyRu = p.female ? feminineRu(p.surname.ru) : p.surname.ru;
  const familyEn = p.female ? feminineEn(p.surname.en) : p.surname.en;
  const patRu = p.father ? patronymicRu(p.father.ru, p.female) : null;
  const ru = [familyRu, p.given.ru, patRu].filter(Boolean).join(' ');
  let kk: string | undefined;
  if (p.culture === 'KZ' && p.given.kk && p.surname.kk) {
    const familyKk = p.female ? feminineRu(p.surname.kk) : p.surname.kk;
    const patKk = p.father?.kk ? patronymicKk(p.father.kk, p.female) : null;
    kk = [familyKk, p.given.kk, patKk].filter(Boolean).join(' ');
  }
  const en = `${p.given.en} ${familyEn}`;
  return { ru, kk, en, givenRu: p.given.ru, familyRu, patronymicRu: patRu };
}

/** Persons in Popolo shape, exactly as `vigil export` writes them. */
function person(seed: number, i: number): unknown {
  const { p, r } = personData(seed, i);
  const f = nameForms(p);
  type N = { name: string; lang?: string; note: string; script: 'Cyrl' | 'Latn'; kind: string; source_org?: string };
  const ru: N = { name: f.ru, lang: 'ru', note: 'primary', script: 'Cyrl', kind: 'primary' };
  const names: N[] = [];
  if (f.kk) {
    const kk: N = { name: f.kk, lang: 'kk', note: 'primary', script: 'Cyrl', kind: 'primary' };
    if (r.chance(0.5)) names.push(kk, { ...ru, note: 'alias', kind: 'alias' });
    else names.push(ru, { ...kk, note: 'alias', kind: 'alias' });
  } else {
    names.push(ru);
  }
  names.push({ name: f.en, lang: 'en', note: 'transliteration', script: 'Latn', kind: 'transliteration' });
  if (r.chance(0.1)) {
    const alt = f.en.replace(/Zh/g, 'J').replace(/kh/g, 'h').replace(/yev/g, 'ev').replace(/ai/g, 'ay');
    if (alt !== f.en)
      names.push({
        name: alt,
        lang: 'en',
        note: 'transliteration',
        script: 'Latn',
        kind: 'transliteration',
        source_org: r.pick(['OSCE', 'Amnesty International', 'Interpol']),
      });
  }
  const birthYear = r.int(1950, 2004);
  const precision = r.next();
  const birthDate =
    precision < 0.7
      ? isoDay(dayOf(birthYear, 1, 1) + r.int(0, 364))
      : precision < 0.9
        ? `${birthYear}-${pad2(r.int(1, 12))}`
        : String(birthYear);
  const roles = [r.pick(ROLES_COMMON)];
  if (r.chance(0.25)) {
    const second = r.pick(ROLES_COMMON);
    if (second !== roles[0]) roles.push(second);
  }
  const summary = r.chance(0.7) ? `${roles[0]!.replace(/_/g, ' ')} from ${p.city.en}.` : null;
  return {
    id: p.id,
    name: names.find((n) => n.kind === 'primary')!.name,
    other_names: names,
    given_name: f.givenRu,
    family_name: f.familyRu,
    patronymic_name: f.patronymicRu,
    birth_date: birthDate,
    gender: p.female ? 'female' : 'male',
    national_identity: p.country,
    summary,
    links: r.chance(0.3) ? [{ url: `https://example.org/persons/${p.slug}`, note: 'profile' }] : [],
    birth_date_approx: precision >= 0.9 && r.chance(0.5),
    roles,
    slug: p.slug,
    confidentiality: p.confidentiality,
    created_at: TIMESTAMP,
    updated_at: TIMESTAMP,
  };
}

const ORG_KINDS = ['court', 'state_body', 'ngo', 'media_outlet', 'party', 'movement'] as const;
const ORG_WORDS: readonly Forms[] = [
  { ru: 'Свобода', en: 'Freedom' },
  { ru: 'Правда', en: 'Truth' },
  { ru: 'Голос', en: 'Voice' },
  { ru: 'Рассвет', en: 'Dawn' },
  { ru: 'Единство', en: 'Unity' },
  { ru: 'Право', en: 'Law' },
  { ru: 'Степь', en: 'Steppe' },
  { ru: 'Мост', en: 'Bridge' },
];

/** Organisation `i`: its country cycles KZ, RU, BY, AZ and its kind changes every four, so every country has courts and state bodies. */
function orgShape(i: number): { country: Culture; kind: (typeof ORG_KINDS)[number] } {
  return { country: ORG_COUNTRIES[i % 4]!, kind: ORG_KINDS[Math.floor(i / 4) % ORG_KINDS.length]! };
}

/** Organisations in Popolo shape. */
function organization(seed: number, i: number): unknown {
  const r = mulberry32(mix(seed, 2, i));
  const { country, kind } = orgShape(i);
  const city = r.pick(CITIES[country]);
  const word = r.pick(ORG_WORDS);
  const no = i + 1;
  const [ru, en] = (
    {
      court: [`${city.ru}, районный суд № ${no}`, `${city.en} District Court No. ${no}`],
      state_body: [`Департамент полиции, ${city.ru} (${no})`, `${city.en} Police Department (${no})`],
      ngo: [`Правозащитный центр «${word.ru}» (${no})`, `${word.en} Human Rights Centre (${no})`],
      media_outlet: [`Газета «${word.ru} ${no}»`, `${word.en} ${no} newspaper`],
      party: [`Партия «${word.ru}» (${no})`, `${word.en} Party (${no})`],
      movement: [`Движение «${word.ru}» (${no})`, `${word.en} Movement (${no})`],
    } as const
  )[kind];
  const founded = r.int(1991, 2020);
  const dissolved = kind !== 'court' && kind !== 'state_body' && r.chance(0.15) ? String(r.int(founded, 2025)) : null;
  return {
    id: ulidOf(seed, 'organizations', i),
    name: ru,
    other_names: [
      { name: ru, lang: 'ru', note: 'primary', script: 'Cyrl', kind: 'primary' },
      { name: en, lang: 'en', note: 'transliteration', script: 'Latn', kind: 'transliteration' },
    ],
    classification: kind,
    founding_date: String(founded),
    dissolution_date: dissolved,
    country,
    summary: r.chance(0.5) ? `${kind.replace(/_/g, ' ')} in ${city.en}` : null,
    slug: `${slugOf(en)}-${i.toString(36)}`,
    confidentiality: 'public',
    created_at: TIMESTAMP,
    updated_at: TIMESTAMP,
  };
}

const MEMBER_ROLES = ['Member', 'Head', 'Coordinator', 'Correspondent', 'Editor', 'Lawyer', 'Volunteer'] as const;

/** Memberships in Popolo shape (their slug is their id in lower case). */
function membership(seed: number, i: number, counts: Counts): unknown {
  const r = mulberry32(mix(seed, 3, i));
  const id = ulidOf(seed, 'memberships', i);
  const start = dayOf(2000, 1, 1) + r.int(0, 8000);
  const end = r.chance(0.4) ? start + r.int(30, 3000) : null;
  return {
    id,
    person_id: ulidOf(seed, 'persons', r.int(0, counts.persons - 1)),
    organization_id: ulidOf(seed, 'organizations', r.int(0, counts.organizations - 1)),
    role: r.pick(MEMBER_ROLES),
    start_date: r.chance(0.8) ? partial(start, r.chance(0.3)) : null,
    end_date: end === null ? null : partial(end, false),
    slug: id.toLowerCase(),
    confidentiality: 'public',
    created_at: TIMESTAMP,
    updated_at: TIMESTAMP,
  };
}

const EVENT_KINDS = ['protest', 'trial', 'election', 'raid', 'strike', 'hearing', 'conference', 'report'] as const;
const EVENT_TITLES: Record<(typeof EVENT_KINDS)[number], [string, string]> = {
  protest: ['Митинг в городе {ru}', 'Protest in {en}'],
  trial: ['Судебный процесс в городе {ru}', 'Trial in {en}'],
  election: ['Выборы, {ru}', 'Election day in {en}'],
  raid: ['Обыски в городе {ru}', 'Police raids in {en}'],
  strike: ['Забастовка в городе {ru}', 'Strike in {en}'],
  hearing: ['Слушания в городе {ru}', 'Hearing in {en}'],
  conference: ['Конференция в городе {ru}', 'Conference in {en}'],
  report: ['Доклад о положении в городе {ru}', 'Report on {en}'],
};

/** Events, as the API shows them; some relate to another event (a few to a later one, which import defers). */
function event(seed: number, i: number, counts: Counts): unknown {
  const r = mulberry32(mix(seed, 4, i));
  const country = pickCountry(r);
  const city = r.pick(CITIES[CULTURE_OF[country] ?? 'RU']);
  const kind = r.pick(EVENT_KINDS);
  const inRussian = r.chance(0.5);
  const title = EVENT_TITLES[kind][inRussian ? 0 : 1].replace('{ru}', city.ru).replace('{en}', city.en);
  const start = dayOf(2010, 1, 1) + r.int(0, 5800);
  const end = r.chance(0.4) ? start + r.int(0, 10) : null;
  const coords = r.chance(0.5);
  const relations: { eventId: string; kind: string }[] = [];
  if (counts.events > 1 && r.chance(0.25)) {
    let j = r.int(0, counts.events - 1);
    if (j === i) j = (i + 1) % counts.events;
    relations.push({
      eventId: ulidOf(seed, 'events', j),
      kind: j < i ? r.pick(['consequence_of', 'part_of']) : 'precedes',
    });
  }
  const startDate = isoDay(start);
  return {
    id: ulidOf(seed, 'events', i),
    slug: `${slugOf(`${EVENT_TITLES[kind][1].replace('{en}', city.en)} ${startDate.slice(0, 4)}`)}-${i.toString(36)}`,
    confidentiality: 'public',
    createdAt: TIMESTAMP,
    updatedAt: TIMESTAMP,
    lang: guessTextLang(title),
    title,
    translations: {},
    kind,
    startDate,
    startApprox: false,
    endDate: end === null ? null : isoDay(end),
    endApprox: false,
    place: {
      country,
      locality: inRussian ? city.ru : city.en,
      lat: coords ? city.lat : null,
      lon: coords ? city.lon : null,
    },
    description: r.chance(0.5) ? `${EVENT_TITLES[kind][1].replace('{en}', city.en)}: synthetic event ${i + 1}.` : null,
    // The occasion fields, empty, as the export writes them for an event without any.
    relations,
    countries: [],
    participants: [],
    timeZone: null,
  };
}

/** Charges by country: law, article, what it punishes. */
const CHARGES: Record<Culture, { law: string; article: string; text: string }[]> = {
  KZ: [
    {
      law: 'Criminal Code of the Republic of Kazakhstan',
      article: '174',
      text: 'Inciting social, national, clan, racial, class or religious discord',
    },
    {
      law: 'Criminal Code of the Republic of Kazakhstan',
      article: '405',
      text: 'Participation in the activity of a banned extremist organisation',
    },
    { law: 'Criminal Code of the Republic of Kazakhstan', article: '272', text: 'Mass riots' },
    {
      law: 'Criminal Code of the Republic of Kazakhstan',
      article: '274',
      text: 'Dissemination of knowingly false information',
    },
    { law: 'Уголовный кодекс Республики Казахстан', article: 'ст. 174 ч. 2', text: 'Разжигание социальной розни' },
  ],
  RU: [
    {
      law: 'Criminal Code of the Russian Federation',
      article: '207.3',
      text: 'Public dissemination of knowingly false information about the armed forces',
    },
    {
      law: 'Criminal Code of the Russian Federation',
      article: '280.3',
      text: 'Repeated discreditation of the armed forces',
    },
    {
      law: 'Criminal Code of the Russian Federation',
      article: '282.2',
      text: 'Organising the activity of an extremist organisation',
    },
    {
      law: 'Criminal Code of the Russian Federation',
      article: '212.1',
      text: 'Repeated violation of the procedure for holding public events',
    },
    { law: 'Уголовный кодекс Российской Федерации', article: 'ст. 275', text: 'Государственная измена' },
  ],
  BY: [
    {
      law: 'Criminal Code of the Republic of Belarus',
      article: '342',
      text: 'Organisation of or participation in actions grossly violating public order',
    },
    {
      law: 'Criminal Code of the Republic of Belarus',
      article: '361-1',
      text: 'Creation of or participation in an extremist formation',
    },
    { law: 'Criminal Code of the Republic of Belarus', article: '368', text: 'Insulting the President' },
    { law: 'Criminal Code of the Republic of Belarus', article: '130', text: 'Incitement to hatred' },
  ],
  AZ: [
    { law: 'Criminal Code of the Republic of Azerbaijan', article: '206.3.2', text: 'Smuggling by a group of persons' },
    { law: 'Criminal Code of the Republic of Azerbaijan', article: '192.3.2', text: 'Illegal entrepreneurship' },
    { law: 'Criminal Code of the Republic of Azerbaijan', article: '234.4.3', text: 'Illegal possession of drugs' },
    { law: 'Criminal Code of the Republic of Azerbaijan', article: '283', text: 'Incitement to hatred' },
  ],
};
const ISSUERS: Record<Culture, string> = {
  KZ: 'Kazakhstan International Bureau for Human Rights',
  RU: 'Memorial Human Rights Centre',
  BY: 'Viasna Human Rights Centre',
  AZ: 'Union for Freedom of Political Prisoners of Azerbaijan',
};
const STATUSES: readonly [string, number][] = [
  ['serving_sentence', 0.3],
  ['detained_pre_trial', 0.15],
  ['released', 0.2],
  ['at_large', 0.1],
  ['in_exile', 0.1],
  ['extradition_pending', 0.05],
  ['deceased', 0.02],
  ['unknown', 0.08],
];

function pickStatus(r: Rng): string {
  let x = r.next();
  for (const [status, p] of STATUSES) {
    if (x < p) return status;
    x -= p;
  }
  return 'unknown';
}

/** An organisation of the country that can act as a perpetrator (a court or state body when there is one), or null. */
function perpetrator(
  seed: number,
  r: Rng,
  country: string,
  counts: Counts,
  kind: 'court' | 'state_body',
): string | null {
  const c = ORG_COUNTRIES.indexOf(country as Culture);
  if (c < 0) return null;
  const kindNo = ORG_KINDS.indexOf(kind);
  const cycles = Math.floor(counts.organizations / (4 * ORG_KINDS.length));
  const j = c + 4 * (ORG_KINDS.length * r.int(0, Math.max(0, cycles - 1)) + kindNo);
  if (j < counts.organizations) return ulidOf(seed, 'organizations', j);
  return c < counts.organizations ? ulidOf(seed, 'organizations', c) : null;
}

/** Cases: case `i` is the persecution of person `i`, in that person's country, with a timeline in date order. */
function caseRecord(seed: number, i: number, counts: Counts): unknown {
  const { p } = personData(seed, i);
  const f = nameForms(p);
  const r = mulberry32(mix(seed, 5, i));
  const country = p.country;
  const culture = p.culture;
  const status = pickStatus(r);
  const arrest = dayOf(2012, 1, 1) + r.int(0, 4700);
  const monthOnly = r.chance(0.1);
  const place = { country, locality: r.chance(0.5) ? p.city.ru : p.city.en, lat: null, lon: null };
  const tried = ['serving_sentence', 'released', 'in_exile', 'deceased'].includes(status);
  const verdict = arrest + r.int(60, 400);

  const timeline: { date: string; dateApprox: boolean; kind: string; description: string | null }[] = [
    {
      date: partial(arrest, monthOnly),
      dateApprox: monthOnly,
      kind: 'arrest',
      description: r.chance(0.3) ? `Detained in ${p.city.en}` : null,
    },
    { date: partial(arrest + r.int(1, 10), monthOnly), dateApprox: false, kind: 'charge', description: null },
  ];
  if (status !== 'at_large')
    timeline.push({ date: isoDay(arrest + r.int(20, 55)), dateApprox: false, kind: 'hearing', description: null });
  if (tried) {
    timeline.push({ date: isoDay(verdict), dateApprox: false, kind: 'verdict', description: null });
    if (r.chance(0.5))
      timeline.push({
        date: isoDay(verdict + r.int(30, 120)),
        dateApprox: false,
        kind: 'appeal',
        description: 'Appeal rejected',
      });
    if (status === 'released')
      timeline.push({
        date: isoDay(verdict + r.int(150, 1500)),
        dateApprox: false,
        kind: 'release',
        description: null,
      });
  }

  const acts: unknown[] = [];
  if (r.chance(0.3)) {
    acts.push({
      kind: 'search',
      date: isoDay(arrest - 1),
      dateApprox: false,
      perpetratorId: perpetrator(seed, r, country, counts, 'state_body'),
      involvement: 'direct',
      place,
      description: null,
      certainty: 'alleged',
    });
  }
  acts.push({
    kind: 'arrest',
    date: partial(arrest, monthOnly),
    dateApprox: monthOnly,
    perpetratorId: perpetrator(seed, r, country, counts, 'state_body'),
    involvement: 'direct',
    place,
    description: null,
    certainty: r.chance(0.6) ? 'confirmed' : 'alleged',
  });
  if (status === 'detained_pre_trial' || tried) {
    acts.push({
      kind: 'detention',
      date: partial(arrest, monthOnly),
      dateApprox: monthOnly,
      perpetratorId: perpetrator(seed, r, country, counts, 'court'),
      involvement: 'ordered',
      place,
      description: null,
      certainty: 'confirmed',
    });
  }
  if (tried)
    acts.push({
      kind: 'sentence',
      date: isoDay(verdict),
      dateApprox: false,
      perpetratorId: perpetrator(seed, r, country, counts, 'court'),
      involvement: 'direct',
      place,
      description: null,
      certainty: 'confirmed',
    });

  const charges: unknown[] = [];
  const pool = CHARGES[culture];
  const first = r.int(0, pool.length - 1);
  const nCharges = r.int(1, Math.min(3, pool.length));
  for (let k = 0; k < nCharges; k++) charges.push({ ...pool[(first + k) % pool.length]!, translations: {} });

  let sentence: unknown = null;
  if (tried && r.chance(0.85)) {
    const kind = r.pick(['prison', 'prison', 'prison', 'prison', 'suspended', 'restricted_freedom', 'fine']);
    sentence = {
      kind,
      months: kind === 'fine' ? null : r.int(6, 180),
      startDate: kind === 'fine' ? null : partial(arrest, monthOnly),
    };
  }

  const eventIds: string[] = [];
  if (r.chance(0.35)) eventIds.push(ulidOf(seed, 'events', r.int(0, counts.events - 1)));
  if (counts.events > 1 && r.chance(0.1)) {
    const id = ulidOf(seed, 'events', r.int(0, counts.events - 1));
    if (!eventIds.includes(id)) eventIds.push(id);
  }

  const designations: unknown[] = [];
  if ((status === 'serving_sentence' || status === 'detained_pre_trial') && r.chance(0.3)) {
    const criteria = (['a', 'b', 'c', 'd', 'e'] as const).filter(() => r.chance(0.4));
    designations.push({
      kind: 'political_prisoner',
      issuerId: null,
      issuerName: ISSUERS[culture],
      date: isoDay(arrest + r.int(30, 200)),
      criteria: criteria.length > 0 ? criteria : ['b'],
    });
  }

  return {
    id: ulidOf(seed, 'cases', i),
    slug: `case-${p.slug}`,
    confidentiality: p.confidentiality,
    createdAt: TIMESTAMP,
    updatedAt: TIMESTAMP,
    ...localizedTitle(r.chance(0.5) ? `Case of ${f.en}` : `Дело: ${f.ru}`),
    subject: { type: 'person', id: p.id },
    country,
    status,
    // As the register keeps it: the status held since the case was recorded, so an export round trip is byte-identical.
    statusHistory: [{ status, since: TIMESTAMP.slice(0, 10) }],
    court: tried ? `${p.city.en} City Court` : null,
    sentence,
    summary: r.chance(0.6) ? `${f.en} was arrested in ${p.city.en} on ${isoDay(arrest)}.` : null,
    eventIds,
    acts,
    charges,
    timeline,
    designations,
  };
}

const PUBLISHERS = [
  'Amnesty International',
  'Human Rights Watch',
  'Memorial',
  'Viasna',
  'Kazakhstan International Bureau for Human Rights',
  'OSCE ODIHR',
] as const;

/** Sources (reports), without stored files. */
function source(seed: number, i: number): unknown {
  const r = mulberry32(mix(seed, 6, i));
  const publisher = PUBLISHERS[i % PUBLISHERS.length]!;
  const year = r.int(2012, 2025);
  const title = `${publisher}: annual report ${year} (${i + 1})`;
  return {
    id: ulidOf(seed, 'sources', i),
    slug: `${slugOf(title)}`,
    confidentiality: 'public',
    createdAt: TIMESTAMP,
    updatedAt: TIMESTAMP,
    title,
    url: `https://example.org/reports/${year}/${i + 1}`,
    archivedUrl: null,
    publisher,
    publishedDate: `${year}-${pad2(r.int(1, 12))}`,
    retrievedAt: '2025-06-01T10:00:00.000Z',
    language: 'en',
    reliability: r.pick(['high', 'medium']),
    notes: null,
    counts: [],
    file: null,
  };
}

/** Citations of a source for a case, some for one field. */
function citation(seed: number, i: number, counts: Counts): unknown {
  const r = mulberry32(mix(seed, 7, i));
  const id = ulidOf(seed, 'citations', i);
  return {
    id,
    slug: id.toLowerCase(),
    confidentiality: 'public',
    createdAt: TIMESTAMP,
    updatedAt: TIMESTAMP,
    sourceId: ulidOf(seed, 'sources', r.int(0, counts.sources - 1)),
    record: { type: 'case', id: ulidOf(seed, 'cases', r.int(0, counts.cases - 1)) },
    field: r.chance(0.3) ? 'sentence.months' : null,
    locator: `p. ${r.int(1, 120)}`,
    quote: null,
    certainty: 'alleged',
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Writing.

/** What generate() wrote. */
export interface Generated {
  file: string;
  counts: Counts;
  /** All records over all sections. */
  records: number;
  bytes: number;
  /** A surname (Russian form) that many persons share, for search benchmarks. */
  commonSurname: string;
}

/** Writes a register with `n` persons to `file` as a `vigil export` document; deterministic for (n, seed). */
export function generate(file: string, n: number, seed = 1): Generated {
  if (!Number.isInteger(n) || n < 10) throw new Error('n must be an integer ≥ 10');
  const counts = countsFor(n);
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const fd = fs.openSync(file, 'w');
  let buf = '';
  let bytes = 0;
  const flush = (): void => {
    bytes += fs.writeSync(fd, buf);
    buf = '';
  };
  const write = (s: string): void => {
    buf += s;
    if (buf.length > 1 << 20) flush();
  };
  const sections: [Section, (i: number) => unknown][] = [
    ['persons', (i) => person(seed, i)],
    ['organizations', (i) => organization(seed, i)],
    ['memberships', (i) => membership(seed, i, counts)],
    ['events', (i) => event(seed, i, counts)],
    ['cases', (i) => caseRecord(seed, i, counts)],
    ['sources', (i) => source(seed, i)],
    ['citations', (i) => citation(seed, i, counts)],
  ];
  try {
    // No sealed value, so no key is named; the installation's own sections follow the register, empty.
    write('{"format":"vigil-export","version":3,\n"sealedUnder":[\n]');
    for (const [section, make] of sections) {
      write(`,\n${JSON.stringify(section)}:[`);
      for (let i = 0; i < counts[section]; i++) write(`${i === 0 ? '' : ','}\n${JSON.stringify(make(i))}`);
      write('\n]');
    }
    for (const section of INSTALLATION_SECTIONS) write(`,\n${JSON.stringify(section)}:[\n]`);
    write('\n}\n');
    flush();
  } finally {
    fs.closeSync(fd);
  }
  const records = Object.values(counts).reduce((a, b) => a + b, 0);
  return { file, counts, records, bytes, commonSurname: SURNAMES.KZ[0]!.ru };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: { n: { type: 'string', default: '200' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } },
  });
  if (!values.out) {
    process.stderr.write('usage: node --import tsx bench/generate.ts --n N --out FILE [--seed S]\n');
    process.exit(2);
  }
  const g = generate(values.out, Number(values.n), Number(values.seed));
  process.stdout.write(`${g.file}: ${g.records} records, ${g.bytes} bytes (${JSON.stringify(g.counts)})\n`);
}
