#!/usr/bin/env node
// Builds dist/ from src/: every TypeScript file of tsconfig.build.json compiled to JavaScript by the TypeScript compiler,
// every other file (CSS, images, word lists) copied, tests left out. Plain JavaScript so that it runs before anything is
// built, on `npm install` (the `prepare` script) as on `npm run build`.
//
// Files are compiled one at a time, as tsx does in development (so the output matches what the tests run), and only
// when their content changed since the last build: a rebuild after editing one file takes a fraction of a second.
// Type errors are `npm run typecheck`'s business; `npx tsc -p tsconfig.build.json` gives the same output with checking.
// dist/.build-stamp.json records a hash of every input, so a test run can tell a stale dist from a current one.
//
// Then the compiled CLI, with the web app and the dependencies it imports, is bundled into a few dozen files under
// dist/bundle/ (scripts/bundle.js), which is what `vigil` runs: Node starts much faster reading a few large files than
// resolving and reading some 1,300 small ones. The rest of dist/ stays as compiled, file by file.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundle, currentBundle } from './bundle.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SRC = path.join(ROOT, 'src');
export const DIST = path.join(ROOT, 'dist');
const STAMP = path.join(DIST, '.build-stamp.json');
const CONFIGS = ['tsconfig.json', 'tsconfig.build.json', 'scripts/build.js', 'scripts/bundle.js', 'package.json'];
// The installed dependencies are bundled too: a new version of one makes the bundle stale. npm keeps the list of what is
// installed in node_modules/.package-lock.json; either file may be missing (a copy without a lock file).
const LOCKS = ['package-lock.json', 'node_modules/.package-lock.json'];
/** The compiled module the bundle starts from: the `vigil` command. */
const ENTRY = 'cli/index.ts';
const BUNDLE = path.join(DIST, 'bundle');
const IS_TEST = /\.test\.tsx?$/;
// Declaration files (types for an untyped package) have no JavaScript to emit: they are copied like any other file.
const IS_TS = /(?<!\.d)\.tsx?$/;

/** Every file under src/ that belongs in dist/ (tests excluded), as paths relative to src/, sorted. */
export function sourceFiles() {
  const out = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && !IS_TEST.test(entry.name)) out.push(path.relative(SRC, full));
    }
  };
  walk(SRC);
  return out.sort();
}

const sha256 = (data) => crypto.createHash('sha256').update(data).digest('hex');

/** The hash of everything a build reads: the configuration files and each source file's name and content. */
export function inputHash(files = sourceFiles()) {
  const h = crypto.createHash('sha256');
  for (const f of CONFIGS)
    h.update(`${f}\0`)
      .update(fs.readFileSync(path.join(ROOT, f)))
      .update('\0');
  for (const f of LOCKS)
    if (fs.existsSync(path.join(ROOT, f)))
      h.update(`${f}\0`)
        .update(sha256(fs.readFileSync(path.join(ROOT, f))))
        .update('\0');
  for (const f of files)
    h.update(`${f}\0`)
      .update(sha256(fs.readFileSync(path.join(SRC, f))))
      .update('\0');
  return h.digest('hex');
}

/** True when dist/ and its bundle were built from exactly the current sources and dependencies. */
export function isCurrent() {
  try {
    const hash = inputHash();
    return JSON.parse(fs.readFileSync(STAMP, 'utf8')).hash === hash && currentBundle(DIST) === bundleId(hash);
  } catch {
    return false;
  }
}

/** The name of the bundle's folder for a given input hash. */
const bundleId = (hash) => hash.slice(0, 12);

/** Where a source file lands in dist/. */
const outputOf = (rel) => path.join(DIST, IS_TS.test(rel) ? rel.replace(IS_TS, '.js') : rel);

/** Writes through a temporary file and a rename, so a reader never sees half a file. */
function writeAtomic(file, data) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
}

/** Builds dist/ and its bundle; returns how many files were compiled, copied, kept, removed and bundled. */
export async function build() {
  // Loaded here, not at the top: isCurrent() is used by the tests and must not need the compiler.
  const { default: ts } = await import('typescript');
  const configPath = path.join(ROOT, 'tsconfig.build.json');
  const parsed = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!parsed) throw new Error('tsconfig.build.json could not be read');
  if (parsed.errors.length > 0)
    throw new Error(parsed.errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('\n'));
  // One file at a time the compiler cannot see package.json's "type": "module", which makes NodeNext emit ES modules
  // here; ES2022 modules say so directly and give the same output.
  const options = {
    ...parsed.options,
    module: ts.ModuleKind.ES2022,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    noEmit: false,
    sourceMap: false,
    declaration: false,
    incremental: false,
  };

  const files = sourceFiles();
  if (!files.includes(ENTRY)) throw new Error(`build failed: src/${ENTRY} is missing`);
  const previous = readStamp();
  // A change of compiler settings, compiler version or of this script invalidates every compiled file.
  const settings = sha256(
    JSON.stringify([
      ts.version,
      ...['tsconfig.json', 'tsconfig.build.json', 'scripts/build.js'].map((f) =>
        fs.readFileSync(path.join(ROOT, f), 'utf8'),
      ),
    ]),
  );
  const known = previous.settings === settings ? previous.files : {};
  const manifest = {};
  const counts = { compiled: 0, copied: 0, kept: 0, removed: 0 };
  const failures = [];

  for (const rel of files) {
    const data = fs.readFileSync(path.join(SRC, rel));
    const hash = sha256(data);
    const target = outputOf(rel);
    manifest[rel] = hash;
    if (known[rel] === hash && fs.existsSync(target)) {
      counts.kept++;
      continue;
    }
    if (IS_TS.test(rel)) {
      const r = ts.transpileModule(data.toString('utf8'), {
        compilerOptions: options,
        fileName: path.join(SRC, rel),
        reportDiagnostics: true,
      });
      for (const d of r.diagnostics ?? [])
        failures.push(`${rel}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
      writeAtomic(target, r.outputText);
      counts.compiled++;
    } else {
      writeAtomic(target, data);
      counts.copied++;
    }
  }
  if (failures.length > 0) throw new Error(`build failed:\n${failures.join('\n')}`);

  // Files whose source was deleted or renamed must not linger: an import of them would still work from dist/.
  const wanted = new Set(files.map(outputOf));
  const prune = (dir) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (full === BUNDLE) continue; // scripts/bundle.js keeps its own folder
      if (entry.isDirectory()) {
        prune(full);
        if (fs.readdirSync(full).length === 0) fs.rmdirSync(full);
      } else if (full !== STAMP && !wanted.has(full)) {
        fs.rmSync(full, { force: true });
        counts.removed++;
      }
    }
  };
  prune(DIST);
  const hash = inputHash(files);
  const id = bundleId(hash);
  counts.bundled = 0;
  if (currentBundle(DIST) !== id)
    counts.bundled = (await bundle({ root: ROOT, dist: DIST, entry: outputOf(ENTRY), id })).files;
  // Written last: an interrupted build leaves the old stamp (or none), so the next check still sees dist/ as stale.
  writeAtomic(STAMP, `${JSON.stringify({ hash, settings, files: manifest }, null, 1)}\n`);
  return counts;
}

function readStamp() {
  try {
    const s = JSON.parse(fs.readFileSync(STAMP, 'utf8'));
    return { settings: s.settings ?? '', files: s.files ?? {} };
  } catch {
    return { settings: '', files: {} };
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const started = performance.now();
  if (isCurrent()) process.stdout.write('dist/ is up to date\n');
  else
    build().then(
      (c) => {
        process.stdout.write(
          `dist/ built: ${c.compiled} compiled, ${c.copied} copied, ${c.kept} unchanged, ${c.removed} removed, ${c.bundled ? `bundled into ${c.bundled} files` : 'bundle unchanged'} (${Math.round(performance.now() - started)} ms)\n`,
        );
      },
      (err) => {
        process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
        process.exitCode = 1;
      },
    );
}
