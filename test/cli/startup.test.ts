import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { tempDataDir, vigil } from '../support/cli.ts';
import { BIN, ensureBuilt } from '../support/dist.ts';

const TRACE = path.resolve(import.meta.dirname, '../support/trace/register.mjs');
const VERSION = (
  JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string }
).version;

const ROOT = path.resolve(import.meta.dirname, '../..');
const manifests = new Map<string, Record<string, string[]>>();

/**
 * The modules a loaded file holds: a file of dist/bundle/<id>/ stands for the modules its build's manifest lists (as
 * absolute paths, so that the patterns below match them as they would the files themselves); any other file for itself.
 */
function modulesOf(loaded: string): string[] {
  const file = loaded.startsWith('file:') ? fileURLToPath(loaded) : loaded;
  const m = /^(.*[\\/]dist[\\/]bundle[\\/][^\\/]+)[\\/]([^\\/]+)$/.exec(file);
  if (!m) return [loaded];
  const [, dir, name] = m as unknown as [string, string, string];
  if (!manifests.has(dir)) {
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
      outputs: Record<string, string[]>;
    };
    manifests.set(dir, manifest.outputs);
  }
  const inputs = manifests.get(dir)![name];
  return inputs ? inputs.map((i) => path.join(ROOT, i)) : [loaded];
}

/** The modules that the lines of `loaded: …` output name, from the traced child's standard error. */
const loadedIn = (stderr: string): string[] =>
  stderr
    .split('\n')
    .filter((l) => l.startsWith('loaded: '))
    .flatMap((l) => modulesOf(l.slice(8)));

/** Runs the built `vigil` with every loaded module traced; returns its output and the list of modules. */
function traced(
  args: string[],
  env: Record<string, string>,
): { code: number | null; stdout: string; modules: string[]; files: number } {
  ensureBuilt();
  const r = spawnSync(process.execPath, ['--import', TRACE, BIN, ...args], {
    env: { ...process.env, VIGIL_LOG_LEVEL: 'warn', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  const files = r.stderr.split('\n').filter((l) => l.startsWith('loaded: ')).length;
  return { code: r.status, stdout: r.stdout, modules: loadedIn(r.stderr), files };
}

// Constants the command definitions show in their help (roles, languages, a default score): small modules without imports.
const HELP_CONSTANTS =
  /[\\/]dist[\\/](intake[\\/]types|queries[\\/]duplicates[\\/]defaults|domain[\\/]vocabulary)\.js$/;

/** Fails naming the modules that match any of the patterns (the help's constants aside). */
function assertNoneLoaded(modules: string[], patterns: RegExp[], what: string): void {
  const found = modules.filter((m) => !HELP_CONSTANTS.test(m) && patterns.some((p) => p.test(m)));
  assert.deepEqual(found, [], `${what} loaded modules it does not need`);
}

const pkg = (name: string) => new RegExp(`[\\\\/]node_modules[\\\\/]${name}[\\\\/]`);

describe('vigil start-up', () => {
  it('runs from the bundle built in dist/, not from TypeScript', () => {
    const r = traced(['--help'], {});
    assert.equal(r.code, 0);
    assert.ok(
      r.modules.some((m) => /[\\/]dist[\\/]cli[\\/]index\.js$/.test(m)),
      'dist/cli/index.js was not loaded',
    );
    // The bundle holds the modules: only a handful of files are read, not one per module.
    assert.ok(r.files < 40, `vigil --help read ${r.files} files`);
    assertNoneLoaded(r.modules, [/\.tsx?$/, pkg('tsx'), pkg('esbuild'), pkg('typescript')], 'vigil --help');
  });

  it('prints the package version', () => {
    for (const flag of ['--version', '-V']) {
      const r = vigil([flag], {});
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, `${VERSION}\n`);
    }
  });

  it('lists the commands without loading the configuration, the database or any use case', () => {
    const r = traced(['--help'], {});
    assert.equal(r.code, 0);
    assert.match(r.stdout, /migrate/);
    assert.match(r.stdout, /serve/);
    assertNoneLoaded(
      r.modules,
      [
        /[\\/]dist[\\/](config|main|context)\.js$/,
        /[\\/]dist[\\/](db|commands|queries|http|pdf|intake|mail)[\\/]/,
        /[\\/]dist[\\/]cli[\\/]runtime\.js$/,
        pkg('zod'),
        pkg('kysely'),
        pkg('better-sqlite3'),
        pkg('pg'),
        pkg('fastify'),
      ],
      'vigil --help',
    );
  });

  it('migrate --status loads the database layer only', () => {
    const dir = tempDataDir();
    const r = traced(['migrate', '--status'], { VIGIL_DATA_DIR: dir });
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^pending: 2026_11_27_0001_register/);
    assert.ok(r.modules.some((m) => /[\\/]dist[\\/]db[\\/]database\.js$/.test(m)));
    assertNoneLoaded(
      r.modules,
      [
        /[\\/]dist[\\/](main|context)\.js$/,
        /[\\/]dist[\\/](commands|queries|http|pdf|intake|mail)[\\/]/,
        pkg('pg'),
        pkg('fastify'),
        pkg('pdfkit'),
        pkg('unpdf'),
        pkg('nodemailer'),
        pkg('markdown-it'),
      ],
      'vigil migrate --status',
    );
  });

  it('a command that fails still prints its one-line reason', () => {
    const r = vigil(['migrate', '--status'], { VIGIL_DATA_DIR: tempDataDir(), VIGIL_LOG_LEVEL: 'chatty' });
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^vigil: configuration: VIGIL_LOG_LEVEL: .+\n$/);
  });

  it('serve answers /healthz before loading the PDF writer, PDF.js, the HTML reader, the intake proposer or the QR code writer', async () => {
    ensureBuilt();
    const dir = tempDataDir();
    const child = spawn(process.execPath, ['--import', TRACE, BIN, 'serve'], {
      env: { ...process.env, VIGIL_DATA_DIR: dir, PORT: '0', HOST: '127.0.0.1', VIGIL_LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 60_000);
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const m = /"url":"(http:\/\/[^"]+)"/.exec(out);
          if (m) {
            clearTimeout(timer);
            resolve(m[1]!);
          }
        });
        child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}${stderr.slice(-2000)}`)));
      });
      assert.equal((await fetch(`${url}/healthz`)).status, 200);
      const modules = loadedIn(stderr);
      assert.ok(modules.some((m) => pkg('fastify').test(m)));
      assertNoneLoaded(
        modules,
        [
          pkg('pdfkit'),
          pkg('fontkit'),
          pkg('unpdf'),
          pkg('franc-min'),
          pkg('qrcode'),
          pkg('html-to-text'),
          /[\\/]dist[\\/]intake[\\/]propose\.js$/,
        ],
        'vigil serve',
      );
    } finally {
      child.removeAllListeners('exit');
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
  });
});
