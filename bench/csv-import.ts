// Spreadsheet import rate: a generated CSV of case rows as a group keeps them (Russian headers, `;`, DD.MM.YYYY and
// partial dates, two name columns, sentences written out) through `vigil import --format csv`, first as a dry run, then
// for real, into a database of its own. Each row is a person and a case with their citations of the file, so rows/s is
// what a user sees and records/s what the database does. Run by bench/run.ts.
import fs from 'node:fs';
import path from 'node:path';
import { mulberry32 } from './generate.ts';
import { check, childEnv, fmt, measureCli, row, type Row } from './lib.ts';

const FAMILY = [
  'Иванов',
  'Смирнов',
  'Кузнецов',
  'Попов',
  'Васильев',
  'Петров',
  'Соколов',
  'Михайлов',
  'Новиков',
  'Фёдоров',
  'Морозов',
  'Волков',
  'Алексеев',
  'Лебедев',
  'Семёнов',
  'Егоров',
  'Павлов',
  'Козлов',
  'Степанов',
  'Николаев',
  'Орлов',
  'Андреев',
  'Макаров',
  'Никитин',
  'Захаров',
  'Зайцев',
  'Соловьёв',
  'Борисов',
  'Яковлев',
  'Григорьев',
  'Романов',
  'Воробьёв',
  'Сергеев',
  'Кузьмин',
  'Фролов',
  'Александров',
  'Дмитриев',
  'Королёв',
  'Гусев',
  'Киселёв',
  'Ильин',
  'Максимов',
  'Поляков',
  'Сорокин',
  'Виноградов',
  'Ковалёв',
  'Белов',
  'Медведев',
  'Антонов',
  'Тарасов',
];
const GIVEN = [
  'Александр',
  'Сергей',
  'Дмитрий',
  'Андрей',
  'Алексей',
  'Максим',
  'Евгений',
  'Иван',
  'Михаил',
  'Артём',
  'Никита',
  'Роман',
  'Павел',
  'Олег',
  'Виктор',
  'Игорь',
  'Владимир',
  'Николай',
  'Юрий',
  'Денис',
  'Антон',
  'Кирилл',
  'Тимур',
  'Руслан',
  'Вадим',
  'Глеб',
  'Илья',
  'Степан',
];
const PATRONYMIC = [
  'Александрович',
  'Сергеевич',
  'Дмитриевич',
  'Андреевич',
  'Алексеевич',
  'Викторович',
  'Игоревич',
  'Петрович',
];
const SENTENCES = [
  '2 года',
  '3 года 6 месяцев',
  '5 лет',
  '7 лет 6 месяцев',
  '8 лет',
  '10 лет',
  '1 год условно',
  '6 лет 3 месяца',
  '14 лет',
];
const STATUSES = ['в заключении', 'освобождён', 'под следствием'];

const pad = (n: number) => String(n).padStart(2, '0');

/** Writes the CSV and its map; returns their paths. */
export function writeSample(dir: string, rows: number, seed: number): { csv: string; map: string } {
  const rnd = mulberry32(seed);
  const lines = ['ФИО;Name (Latin);Дата рождения;Статья;Приговор;Статус;Дата задержания'];
  for (let i = 0; i < rows; i++) {
    const year = rnd.int(1950, 2004);
    const born = rnd.next() < 0.2 ? String(year) : `${pad(rnd.int(1, 28))}.${pad(rnd.int(1, 12))}.${year}`;
    const arrested = `${pad(rnd.int(1, 28))}.${pad(rnd.int(1, 12))}.${rnd.int(2015, 2024)}`;
    const family = rnd.pick(FAMILY);
    const given = rnd.pick(GIVEN);
    lines.push(
      [
        `${family} ${given} ${rnd.pick(PATRONYMIC)}`,
        '',
        born,
        `ст. ${rnd.int(100, 399)} УК`,
        rnd.pick(SENTENCES),
        rnd.pick(STATUSES),
        arrested,
      ].join(';'),
    );
  }
  const csv = path.join(dir, 'prisoners.csv');
  fs.writeFileSync(csv, `${lines.join('\n')}\n`);
  const map = path.join(dir, 'prisoners.map.json');
  fs.writeFileSync(
    map,
    JSON.stringify({
      type: 'case',
      dateFormat: 'DD.MM.YYYY',
      constants: { country: 'BY', 'person.nationality': 'BY' },
      columns: {
        ФИО: { field: 'person.name', lang: 'ru', split: 'family-given-patronymic' },
        'Name (Latin)': { field: 'person.name', lang: 'en', kind: 'transliteration' },
        'Дата рождения': 'person.birthDate',
        Статья: 'charges',
        Приговор: 'sentence',
        'Дата задержания': 'statusSince',
        Статус: {
          field: 'status',
          values: {
            'в заключении': 'serving_sentence',
            освобождён: 'released',
            'под следствием': 'detained_pre_trial',
          },
        },
      },
    }),
  );
  return { csv, map };
}

/** Measures the dry run and the import of `rows` generated rows into a fresh database under `tmp`. */
export async function benchCsvImport(opts: {
  tmp: string;
  rows: number;
  seed: number;
  timeoutMs: number;
  log: (s: string) => void;
}): Promise<{ rows: Row[]; notes: string[] }> {
  const dir = path.join(opts.tmp, 'csv-import');
  fs.mkdirSync(dir, { recursive: true });
  const env = childEnv({ VIGIL_DATA_DIR: path.join(dir, 'data'), VIGIL_LOG_LEVEL: 'warn' });
  const { csv, map } = writeSample(dir, opts.rows, opts.seed);
  check('vigil migrate', await measureCli(['migrate'], env, opts.timeoutMs));
  opts.log(`CSV import of ${fmt(opts.rows)} rows (dry run, then for real)`);
  // Namesakes born the same year are reported as duplicates; --on-duplicate create keeps every row, so each run writes the same.
  const args = ['import', '--format', 'csv', '--map', map, '--on-duplicate', 'create', csv];
  const dry = check(
    'vigil import --dry-run',
    await measureCli([...args.slice(0, -1), '--dry-run', csv], env, opts.timeoutMs),
  );
  const real = check('vigil import --format csv', await measureCli(args, env, opts.timeoutMs));
  const summary = real.stdout.trim().split('\n').at(-1) ?? '';
  const written = [...summary.matchAll(/(\d+) (persons|cases|sources|citations)/g)].reduce(
    (s, m) => s + Number(m[1]),
    0,
  );
  const duplicates = real.stdout.split('\n').filter((l) => l.includes(' looks like ')).length;
  const out: Row[] = [
    row('CSV import rate (dry run)', opts.rows / (dry.ms / 1000), 'rows/s', { digits: 0 }),
    row('CSV import rate', opts.rows / (real.ms / 1000), 'rows/s', { digits: 0 }),
    // PERFORMANCE.md's import target is in records: a row here writes a person, a case and their two citations.
    row('CSV import rate (records)', written / (real.ms / 1000), 'records/s', {
      target: { op: '>=', limit: 20_000 },
      digits: 0,
    }),
  ];
  if (real.peakRssMb !== null)
    out.push(row('CSV import peak RSS', real.peakRssMb, 'MB', { target: { op: '<', limit: 300 }, digits: 1 }));
  return {
    rows: out,
    notes: [
      `CSV import: ${fmt(opts.rows)} case rows (${(fs.statSync(csv).size / 1e6).toFixed(1)} MB) in ${(real.ms / 1000).toFixed(1)} s wall, ` +
        `${fmt(written)} records written, ${fmt(duplicates)} namesakes reported; ` +
        `dry run ${(dry.ms / 1000).toFixed(1)} s`,
    ],
  };
}
