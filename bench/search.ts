// Search and duplicate-detection benchmarks (PERFORMANCE.md: search p95 ≤ 25 ms and p50 ≤ 5 ms over 1,000,000 records
// with 1,000 mixed queries; duplicate candidates over 100,000 persons in ≤ 10 s). Run by bench/run.ts, or alone:
// `node --import tsx bench/search.ts [--quick] [--docs N] [--persons N] [--reuse DIR]`. Data are generated in-process and loaded
// straight into the search index (documents built by the same code the record commands use); queries go through the
// same search() the API calls. Baselines in the same run: the bare FTS5 query for the query's first word (what SQLite
// alone costs), and reading the persons' names for the duplicate finder (what the database alone costs).
// --reuse DIR keeps the search index in DIR and, when DIR already holds one (with the queries drawn for it, saved in
// DIR/search/queries.json), measures it again without loading (a million documents take minutes to load);
// --persons 0 leaves the duplicates benchmark out.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { BGN_PCGN, ICAO_DOC_9303, translate } from 'iuliia';
import { loadConfig } from '../src/config.ts';
import { ANONYMOUS, type Ctx } from '../src/context.ts';
import { loadOrCreateKeyring } from '../src/crypto/key-file.ts';
import { migrateToLatest, openDatabase, writeTransaction, type DatabaseHandle } from '../src/db/database.ts';
import { personsForMatching } from '../src/db/repos/duplicate.repo.ts';
import { personRepo } from '../src/db/repos/person.repo.ts';
import { addDocs } from '../src/db/repos/search.repo.ts';
import type { Case } from '../src/domain/case.ts';
import type { Person } from '../src/domain/person.ts';
import type { Source } from '../src/domain/source.ts';
import { foldText } from '../src/text/fold.ts';
import { CONFIDENTIALITY } from '../src/domain/vocabulary.ts';
import { FileStore } from '../src/files.ts';
import { findDuplicates } from '../src/queries/duplicates/find-duplicates.ts';
import type { SearchDoc } from '../src/domain/search-doc.ts';
import { caseDoc, personDoc, sourceDoc } from '../src/records/search-docs.ts';
import { search, SearchInputSchema } from '../src/queries/search/search.ts';
import { mulberry32, type Rng } from './generate.ts';

/** One result row, shaped like bench/run.ts's rows (which this file cannot import: run.ts runs when imported). */
export interface Row {
  name: string;
  value: number;
  unit: string;
  baseline: number | null;
  ratio: number | null;
  target: string | null;
  met: boolean | null;
}

function row(
  name: string,
  value: number,
  unit: string,
  opts: { baseline?: number; target?: { op: '<='; limit: number } } = {},
): Row {
  const round = (x: number) => Number(x.toFixed(2));
  const baseline = opts.baseline ?? null;
  return {
    name,
    value: round(value),
    unit,
    baseline: baseline === null ? null : round(baseline),
    ratio: baseline ? Number((value / baseline).toFixed(2)) : null,
    target: opts.target ? `${opts.target.op} ${opts.target.limit}` : null,
    met: opts.target ? value <= opts.target.limit : null,
  };
}

function percentile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

const GIVEN_M = [
  'Мухтар',
  'Ерлан',
  'Арман',
  'Болат',
  'Серик',
  'Нурлан',
  'Жанболат',
  'Айдар',
  'Талгат',
  'Максат',
  'Алексей',
  'Дмитрий',
  'Сергей',
  'Иван',
  'Михаил',
  'Андрей',
  'Владимир',
  'Юрий',
  'Фёдор',
  'Евгений',
  'Ильгар',
  'Тофиг',
  'Рашад',
  'Эльдар',
];
const GIVEN_F = [
  'Роза',
  'Айгуль',
  'Жанар',
  'Динара',
  'Сауле',
  'Асель',
  'Гульнар',
  'Анна',
  'Мария',
  'Юлия',
  'Наталья',
  'Людмила',
  'Светлана',
  'Лейла',
  'Хадиджа',
];
const ROOTS = [
  'Абл',
  'Абдр',
  'Ахм',
  'Бек',
  'Бай',
  'Жум',
  'Жак',
  'Кай',
  'Кур',
  'Мук',
  'Нур',
  'Ораз',
  'Сер',
  'Сап',
  'Тул',
  'Тук',
  'Тем',
  'Ус',
  'Хас',
  'Шах',
  'Ес',
  'Иск',
  'Ков',
  'Коз',
  'Мор',
  'Пон',
  'Сок',
  'Цар',
  'Щерб',
  'Ягуб',
];
const MIDS = [
  'а',
  'я',
  'ан',
  'ен',
  'ыр',
  'ул',
  'ам',
  'ет',
  'им',
  'ор',
  'аш',
  'уб',
  'ек',
  'ин',
  'аз',
  'ир',
  'ал',
  'уш',
  'ык',
  'ем',
];
const ENDS = ['ов', 'ев', 'ин', 'баев', 'беков', 'ханов', 'аев', 'енко', 'ский', 'ович', 'ли', 'жанов'];
const WORDS = [
  'prosecution',
  'arrest',
  'strike',
  'torture',
  'extradition',
  'verdict',
  'appeal',
  'court',
  'release',
  'detention',
  'преследование',
  'арест',
  'суд',
  'приговор',
  'забастовка',
  'пытки',
  'экстрадиция',
  'répression',
  'élections',
  'liberté',
];

interface Name {
  given: string;
  surname: string;
  female: boolean;
}

function randomName(r: Rng): Name {
  const female = r.chance(0.4);
  let surname = `${r.pick(ROOTS)}${r.pick(MIDS)}${r.pick(ENDS)}`;
  if (female && /(ов|ев|ин)$/.test(surname)) surname += 'а';
  if (female && surname.endsWith('ский')) surname = `${surname.slice(0, -2)}ая`;
  return { given: r.pick(female ? GIVEN_F : GIVEN_M), surname, female };
}
const latin = (text: string, r: Rng) => translate(text, r.chance(0.5) ? BGN_PCGN : ICAO_DOC_9303);
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const id = (n: number) => {
  let s = '';
  for (let x = n; x > 0; x = Math.floor(x / 32)) s = CROCKFORD[x % 32] + s;
  return `01J${s.padStart(23, '0')}`;
};
const NOW = '2026-01-01T00:00:00.000Z';
const base = (n: number, slug: string) => ({ id: id(n), slug, createdAt: NOW, updatedAt: NOW, restricted: {} });

function person(n: number, names: string[], r: Rng, birthYear?: number): Person {
  return {
    ...base(n, `p-${n}`),
    confidentiality: r.chance(0.02) ? 'internal' : 'public',
    names: names.map((full, i) => ({
      full,
      script: /[а-яё]/i.test(full) ? 'Cyrl' : 'Latn',
      kind: i === 0 ? 'primary' : 'transliteration',
    })),
    givenName: null,
    familyName: null,
    patronymic: null,
    birthDate: birthYear ? String(birthYear) : null,
    birthDateApprox: false,
    gender: null,
    nationality: r.pick(['KZ', 'RU', 'AZ', 'BY']),
    roles: [],
    summary: null,
    links: [],
  };
}

/** Synthetic search documents: 40 % persons, 35 % cases, 25 % sources with a body of text. */
function* documents(total: number, r: Rng): Generator<{ doc: SearchDoc; name?: Name }> {
  for (let n = 1; n <= total; n++) {
    const kind = r.next();
    if (kind < 0.4) {
      const name = randomName(r);
      const ru = `${name.given} ${name.surname}`;
      const names = r.chance(0.5) ? [ru, latin(ru, r)] : [ru];
      yield { doc: personDoc(person(n, names, r, 1950 + r.int(0, 50))), name };
    } else if (kind < 0.75) {
      const name = randomName(r);
      const c = {
        ...base(n, `c-${n}`),
        confidentiality: r.chance(0.03) ? 'restricted' : 'public',
        title: `${r.pick(WORDS)} ${r.chance(0.5) ? latin(name.surname, r) : name.surname}`,
        subject: { type: 'person', id: id(1) },
        country: r.pick(['KZ', 'RU', 'AZ', 'BY']),
        status: 'unknown',
        court: null,
        sentence: null,
        summary: Array.from({ length: 12 }, () => r.pick(WORDS)).join(' '),
        lang: 'ru',
        translations: {},
        eventIds: [],
        acts: [],
        charges: [],
        timeline: [],
        designations: [],
      } as unknown as Case; // only the fields caseDoc reads matter here
      yield { doc: caseDoc(c) };
    } else {
      const s = {
        ...base(n, `s-${n}`),
        confidentiality: 'public',
        title: `Report ${n} on ${r.pick(WORDS)}`,
        url: null,
        archivedUrl: null,
        publisher: 'Monitor',
        publishedDate: String(2000 + r.int(0, 25)),
        retrievedAt: null,
        language: 'en',
        reliability: 'high',
        file: null,
        notes: Array.from({ length: 40 }, () => r.pick(WORDS)).join(' '),
      } as unknown as Source; // only the fields sourceDoc reads matter here
      yield { doc: sourceDoc(s) };
    }
  }
}

async function open(dir: string): Promise<{ handle: DatabaseHandle; ctx: Ctx }> {
  const config = loadConfig({ VIGIL_DATA_DIR: dir, VIGIL_LOG_LEVEL: 'silent' });
  const handle = openDatabase(config.database);
  await migrateToLatest(handle.db);
  const ctx: Ctx = {
    actor: { kind: 'system', name: 'bench' },
    db: handle.db,
    log: pino({ level: 'silent' }),
    now: () => new Date(),
    config,
    files: new FileStore(config.filesDir),
    keyring: loadOrCreateKeyring(config.secretKeyFile),
  };
  return { handle, ctx };
}

/** Loads `total` synthetic documents into the index and draws `nQueries` mixed queries from the names it made. */
async function load(
  handle: DatabaseHandle,
  total: number,
  nQueries: number,
  seed: number,
  log: (s: string) => void,
): Promise<{ queries: string[]; loadS: number }> {
  const r = mulberry32(seed);
  const names: Name[] = [];
  const t0 = performance.now();
  let batch: SearchDoc[] = [];
  const flush = async () => {
    const b = batch;
    batch = [];
    await writeTransaction(handle.db, (trx) => addDocs(trx, b));
  };
  for (const { doc, name } of documents(total, r)) {
    batch.push(doc);
    if (name && names.length < 5000 && r.chance(0.05)) names.push(name);
    if (batch.length >= 10_000) {
      await flush();
      if (total >= 100_000) log(`search index: ${doc.recordId} after ${Math.round((performance.now() - t0) / 1000)} s`);
    }
  }
  await flush();
  const loadS = (performance.now() - t0) / 1000;
  const queries: string[] = [];
  for (let i = 0; i < nQueries; i++) {
    const nm = r.pick(names);
    const k = r.next();
    queries.push(
      k < 0.3
        ? nm.surname
        : k < 0.6
          ? latin(nm.surname, r)
          : k < 0.75
            ? latin(`${nm.given} ${nm.surname}`, r)
            : k < 0.85
              ? `${latin(nm.surname, r).slice(0, 4)}*`
              : k < 0.93
                ? r.pick(WORDS)
                : `"${r.pick(WORDS)} ${r.pick(WORDS)}"`,
    );
  }
  return { queries, loadS };
}

/** The search benchmark: loads `total` documents (or reuses those already in `dir`), runs mixed queries as the public. */
async function benchSearchLatency(
  dir: string,
  total: number,
  nQueries: number,
  seed: number,
  log: (s: string) => void,
): Promise<{ rows: Row[]; notes: string[] }> {
  const saved = path.join(dir, 'queries.json');
  const reused = fs.existsSync(saved);
  const { handle, ctx } = await open(dir);
  try {
    const { queries, loadS } = reused
      ? (JSON.parse(fs.readFileSync(saved, 'utf8')) as { queries: string[]; loadS: number })
      : await load(handle, total, nQueries, seed, log);
    if (reused) log(`search: reusing the index in ${dir} (${queries.length} saved queries)`);
    else fs.writeFileSync(saved, JSON.stringify({ total, seed, loadS, queries }));
    const pub: Ctx = { ...ctx, actor: ANONYMOUS };
    for (const q of queries.slice(0, 50)) await search(pub, SearchInputSchema.parse({ q }));
    const times: number[] = [];
    let found = 0;
    for (const q of queries) {
      const s = performance.now();
      const res = await search(pub, SearchInputSchema.parse({ q }));
      times.push(performance.now() - s);
      if (res.total > 0) found++;
    }
    // Baseline: SQLite's FTS5 alone, for the first word of each query, through a prepared statement.
    const stmt = handle.rawSqlite!.prepare('select rowid from search_fts where search_fts match ? limit 300');
    const base: number[] = [];
    for (const q of queries) {
      const w = foldText(q.replace(/[*"]/g, ' ')).split(' ')[0] ?? 'x';
      const s = performance.now();
      stmt.all(`"${w}"`);
      base.push(performance.now() - s);
    }
    return {
      rows: [
        row(`search p50 (${(total / 1e6).toLocaleString('en-US')}M docs)`, percentile(times, 0.5), 'ms', {
          baseline: percentile(base, 0.5),
          target: { op: '<=', limit: 5 },
        }),
        row(`search p95 (${(total / 1e6).toLocaleString('en-US')}M docs)`, percentile(times, 0.95), 'ms', {
          baseline: percentile(base, 0.95),
          target: { op: '<=', limit: 25 },
        }),
      ],
      notes: [
        `search: ${total.toLocaleString('en-US')} documents (persons with Russian/Kazakh names and ICAO or BGN/PCGN Latin forms, cases, sources with text) loaded in ${loadS.toFixed(1)} s; ` +
          `${nQueries} queries as the public (30 % Cyrillic surnames, 30 % their Latin forms, 15 % Latin full names, 10 % prefixes, 15 % words and phrases), ${found} with results; ` +
          'baseline: the bare FTS5 lookup of the first word (better-sqlite3, prepared); search() includes the name-key query, ranking and snippets',
      ],
    };
  } finally {
    await handle.close();
  }
}

/** The duplicates benchmark: `total` persons, 2 % of them a second record of another in another script or order. */
async function benchDuplicates(
  dir: string,
  total: number,
  seed: number,
  log: (s: string) => void,
): Promise<{ rows: Row[]; notes: string[] }> {
  const { handle, ctx } = await open(dir);
  try {
    const r = mulberry32(seed + 1);
    const injected: [string, string][] = [];
    const persons: Person[] = [];
    for (let n = 1; n <= total; n++) {
      if (n > 100 && r.chance(0.02)) {
        const of = persons[r.int(0, persons.length - 1)]!;
        const [given, surname] = of.names[0]!.full.split(' ') as [string, string];
        const form = r.pick([
          `${surname.toUpperCase()} ${given}`,
          latin(`${given} ${surname}`, r),
          `${latin(surname, r)} ${given[0]}.`,
        ]);
        persons.push(person(n, [latin(form, r)], r, of.birthDate ? Number(of.birthDate) : undefined));
        injected.push([of.id, persons[persons.length - 1]!.id]);
      } else {
        const name = randomName(r);
        persons.push(person(n, [`${name.given} ${name.surname}`], r, 1940 + r.int(0, 60)));
      }
    }
    for (let i = 0; i < persons.length; i += 5000)
      await writeTransaction(handle.db, async (trx) => {
        for (const p of persons.slice(i, i + 5000)) await personRepo.insert(trx, p, ctx.keyring);
      });
    log(`duplicates: ${total.toLocaleString('en-US')} persons stored`);
    const b0 = performance.now();
    await personsForMatching(handle.db, CONFIDENTIALITY);
    const baseMs = performance.now() - b0;
    const t0 = performance.now();
    const pairs = await findDuplicates(ctx);
    const ms = performance.now() - t0;
    const found = new Set(pairs.map((p) => [p.a.id, p.b.id].sort().join(' ')));
    const hit = injected.filter(([a, b]) => found.has([a, b].sort().join(' '))).length;
    return {
      rows: [
        row(`duplicate candidates (${total.toLocaleString('en-US')} persons)`, ms / 1000, 's', {
          baseline: baseMs / 1000,
          target: { op: '<=', limit: 10 },
        }),
      ],
      notes: [
        `duplicates: ${pairs.length.toLocaleString('en-US')} candidate pairs; ${hit} of ${injected.length} injected second records (surname first in capitals, ` +
          "ICAO or BGN Latin, surname and initial) found; baseline: reading every person's names from the database",
      ],
    };
  } finally {
    await handle.close();
  }
}

/** Runs both benchmarks in a temporary folder. */
export async function benchSearch(opts: {
  quick: boolean;
  docs?: number;
  persons?: number;
  seed: number;
  keep?: boolean;
  reuse?: string;
  log: (s: string) => void;
}): Promise<{ rows: Row[]; notes: string[] }> {
  const tmp = opts.reuse ?? fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-bench-search-'));
  fs.mkdirSync(tmp, { recursive: true });
  try {
    const docs = opts.docs ?? (opts.quick ? 50_000 : 1_000_000);
    const persons = opts.persons ?? (opts.quick ? 10_000 : 100_000);
    opts.log(`search: loading ${docs.toLocaleString('en-US')} documents`);
    const a = await benchSearchLatency(path.join(tmp, 'search'), docs, 1000, opts.seed, opts.log);
    if (persons === 0) return a;
    opts.log(`duplicates: ${persons.toLocaleString('en-US')} persons`);
    const b = await benchDuplicates(path.join(tmp, 'dups'), persons, opts.seed, opts.log);
    return { rows: [...a.rows, ...b.rows], notes: [...a.notes, ...b.notes] };
  } finally {
    if (opts.reuse) opts.log(`search index kept in ${tmp}`);
    else if (opts.keep) opts.log(`kept ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (import.meta.filename === process.argv[1]) {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      reuse: { type: 'string' },
      docs: { type: 'string' },
      persons: { type: 'string' },
      seed: { type: 'string', default: '1' },
    },
  });
  const res = await benchSearch({
    quick: values.quick,
    keep: values.keep,
    seed: Number(values.seed),
    log: (s) => void process.stderr.write(`bench: ${s}\n`),
    ...(values.docs ? { docs: Number(values.docs) } : {}),
    ...(values.persons ? { persons: Number(values.persons) } : {}),
    ...(values.reuse ? { reuse: path.resolve(values.reuse) } : {}),
  });
  for (const x of res.rows)
    console.log(
      `${x.name.padEnd(40)} ${String(x.value).padStart(9)} ${x.unit.padEnd(3)} baseline ${x.baseline ?? '-'} ratio ${x.ratio ?? '-'} target ${x.target ?? '-'} met ${x.met === null ? '-' : x.met ? 'yes' : 'NO'}`,
    );
  for (const n of res.notes) console.log(`- ${n}`);
}
