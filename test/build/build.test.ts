import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';

const ROOT = path.resolve(import.meta.dirname, '../..');

// The small projects made here, removed when the file's tests end.
const made: string[] = [];
after(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

/** A small project beside the real one: its build script, configuration and dependencies, and a few sources. */
function project(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-build-'));
  made.push(dir);
  fs.mkdirSync(path.join(dir, 'scripts'));
  for (const f of ['scripts/build.js', 'scripts/bundle.js', 'tsconfig.json', 'tsconfig.build.json', 'package.json'])
    fs.copyFileSync(path.join(ROOT, f), path.join(dir, f));
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, 'src', rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, 'src', rel), text);
  };
  write(
    'main.ts',
    "import { greet } from './lib/greet.ts';\nimport { Badge } from './views/badge.tsx';\nimport { renderToString } from 'preact-render-to-string';\n" +
      "const here: string = import.meta.dirname;\nprocess.stdout.write(`${greet('dist')} ${renderToString(Badge({ n: 3 }))} ${here.endsWith('dist')}\\n`);\n",
  );
  write('lib/greet.ts', 'export const greet = (who: string): string => `hello ${who}`;\n');
  // The bundle's entry: a lazily imported module, and a file found next to the module's own compiled location.
  write(
    'cli/index.ts',
    "import fs from 'node:fs';\nimport path from 'node:path';\nexport async function run(): Promise<string> {\n" +
      "  const { greet } = await import('../lib/greet.ts');\n" +
      "  return `${greet('bundle')} ${fs.readFileSync(path.join(import.meta.dirname, '..', 'assets', 'site.css'), 'utf8').trim()} ${new URL('.', import.meta.url).pathname.endsWith('/dist/cli/')}`;\n}\n",
  );
  write('views/badge.tsx', 'export function Badge(props: { n: number }) {\n  return <b>{props.n}</b>;\n}\n');
  write('lib/greet.test.ts', "throw new Error('tests are not built');\n");
  write('assets/site.css', 'body { color: black }\n');
  return dir;
}

/** The build folders under dist/bundle/. */
const bundleIds = (dist: string) =>
  fs
    .readdirSync(path.join(dist, 'bundle'), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);

const build = (dir: string) =>
  spawnSync(process.execPath, [path.join(dir, 'scripts', 'build.js')], {
    cwd: os.tmpdir(),
    encoding: 'utf8',
    timeout: 120_000,
  });
const isCurrent = async (dir: string) =>
  (
    (await import(`${pathToFileURL(path.join(dir, 'scripts', 'build.js')).href}?${Math.random()}`)) as {
      isCurrent(): boolean;
    }
  ).isCurrent();

describe('npm run build', () => {
  it('compiles TypeScript and JSX to runnable JavaScript, copies assets, leaves tests out, and rebuilds only what changed', async () => {
    const dir = project();
    assert.equal(await isCurrent(dir), false, 'nothing built yet');
    const first = build(dir);
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /4 compiled, 1 copied, 0 unchanged, 0 removed, bundled into \d+ files/);
    assert.equal(await isCurrent(dir), true);

    const dist = path.join(dir, 'dist');
    assert.match(
      fs.readFileSync(path.join(dist, 'main.js'), 'utf8'),
      /from "\.\/lib\/greet\.js"/,
      'relative imports end in .js',
    );
    assert.equal(fs.readFileSync(path.join(dist, 'assets', 'site.css'), 'utf8'), 'body { color: black }\n');
    assert.equal(fs.existsSync(path.join(dist, 'lib', 'greet.test.js')), false);
    const run = spawnSync(process.execPath, [path.join(dist, 'main.js')], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, 'hello dist <b>3</b> true\n');

    assert.match(build(dir).stdout, /up to date/);

    // The bundle: the lazily imported module in a file of its own, and the asset found where dist/cli/index.js would look.
    const runBundle = () =>
      spawnSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `process.stdout.write(await (await import(${JSON.stringify(pathToFileURL(path.join(dist, 'bundle', 'vigil.js')).href)})).run())`,
        ],
        { encoding: 'utf8' },
      );
    const bundled = runBundle();
    assert.equal(bundled.status, 0, bundled.stderr);
    assert.equal(bundled.stdout, 'hello bundle body { color: black } true');
    const firstId = bundleIds(dist);
    assert.equal(firstId.length, 1);
    const manifest = JSON.parse(fs.readFileSync(path.join(dist, 'bundle', firstId[0]!, 'manifest.json'), 'utf8')) as {
      outputs: Record<string, string[]>;
    };
    assert.deepEqual(manifest.outputs['vigil.js'], ['dist/cli/index.js']);
    assert.ok(
      Object.entries(manifest.outputs).some(([f, inputs]) => f !== 'vigil.js' && inputs.includes('dist/lib/greet.js')),
      'the lazily imported module has a chunk of its own',
    );

    fs.writeFileSync(
      path.join(dir, 'src', 'lib', 'greet.ts'),
      'export const greet = (who: string): string => `hi ${who}`;\n',
    );
    assert.equal(await isCurrent(dir), false, 'an edited source makes dist/ stale');
    assert.match(build(dir).stdout, /1 compiled, 0 copied, 4 unchanged, 0 removed, bundled into/);
    assert.equal(
      spawnSync(process.execPath, [path.join(dist, 'main.js')], { encoding: 'utf8' }).stdout,
      'hello dist <b>3</b> true\n'.replace('hello', 'hi'),
    );
    assert.equal(runBundle().stdout, 'hi bundle body { color: black } true', 'the bundle is rebuilt too');
    // The previous build's folder is kept for a server started before the build; the pointer names the new one.
    assert.equal(bundleIds(dist).length, 2);
    assert.ok(bundleIds(dist).includes(firstId[0]!));

    fs.rmSync(path.join(dir, 'src', 'assets'), { recursive: true });
    assert.equal(await isCurrent(dir), false, 'a deleted source makes dist/ stale');
    assert.match(build(dir).stdout, /0 compiled, 0 copied, 4 unchanged, 1 removed/);
    assert.equal(fs.existsSync(path.join(dist, 'assets')), false, 'what a deleted source produced is gone');
    assert.equal(await isCurrent(dir), true);
  });

  it('fails naming the file when a source cannot be compiled', () => {
    const dir = project();
    fs.writeFileSync(path.join(dir, 'src', 'broken.ts'), 'export const x = ;\n');
    const r = build(dir);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /broken\.ts: Expression expected/);
    assert.equal(
      fs.existsSync(path.join(dir, 'dist', '.build-stamp.json')),
      false,
      'a failed build is never taken for a current one',
    );
  });
});
