// The shape of src/: imports point down the layers of scripts/layers.js (dynamic and type imports included), no file
// imports itself back through others, no folder holds more than a quarter of the code, and the lint rules catch a
// wrong import.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ESLint } from 'eslint';
import { entryOf, layerOf, LAYERS, mayImport } from '../../scripts/layers.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SRC = path.join(ROOT, 'src');
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g;

/** Every source file of src/ (tests and declaration files left out), relative to src/. */
function sourceFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts'))
        out.push(path.relative(SRC, full));
    }
  };
  walk(SRC);
  return out.sort();
}

/** The import graph: each file and the src/ files it imports (statically, dynamically or for types). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const rel of sourceFiles()) {
    const text = fs.readFileSync(path.join(SRC, rel), 'utf8');
    const targets = new Set<string>();
    for (const m of text.matchAll(IMPORT)) {
      const target = path.relative(SRC, path.resolve(SRC, path.dirname(rel), m[1]!));
      if (!target.startsWith('..')) targets.add(target);
    }
    graph.set(rel, [...targets]);
  }
  return graph;
}

/** Strongly connected groups of more than one file (or a file importing itself): the import cycles. */
function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(group.sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return found;
}

describe('the layers of src/', () => {
  const graph = importGraph();

  it('puts every file of src/ in a layer', () => {
    const loose = [...graph.keys()].filter((f) => layerOf(f) < 0);
    assert.deepEqual(loose, [], `files in no layer of scripts/layers.js: ${loose.join(', ')}`);
  });

  it('has no import pointing up a layer or across to a sibling', () => {
    const wrong: string[] = [];
    for (const [from, targets] of graph)
      for (const to of targets) if (!mayImport(from, to)) wrong.push(`${from} -> ${to}`);
    assert.deepEqual(wrong, []);
  });

  it('has no import cycle, type imports included', () => {
    assert.deepEqual(cycles(graph), []);
  });

  it('finds a cycle and an upward import when there is one (the checks can fail)', () => {
    const g = new Map([
      ['a/x.ts', ['b/y.ts']],
      ['b/y.ts', ['a/x.ts']],
      ['c/z.ts', []],
    ]);
    assert.equal(cycles(g).length, 1);
    assert.equal(mayImport('queries/a.ts', 'commands/b.ts'), false);
    assert.equal(mayImport('domain/a.ts', 'db/b.ts'), false);
    assert.equal(mayImport('api/a.ts', 'web/b.ts'), false);
    assert.equal(mayImport('cli/a.ts', 'web/views/render.ts'), false);
    assert.equal(mayImport('cli/a.ts', 'web/documents.ts'), true);
    assert.equal(mayImport('commands/a.ts', 'queries/b.ts'), true);
  });

  it('keeps every folder under a quarter of the lines', () => {
    const lines = new Map<string, number>();
    let total = 0;
    for (const rel of graph.keys()) {
      const n = fs.readFileSync(path.join(SRC, rel), 'utf8').split('\n').length;
      total += n;
      lines.set(entryOf(rel), (lines.get(entryOf(rel)) ?? 0) + n);
    }
    for (const [entry, n] of lines)
      assert.ok(n / total <= 0.25, `src/${entry} holds ${((100 * n) / total).toFixed(1)}% of the lines`);
  });

  it('names each layer entry once, and each exists', () => {
    const all = LAYERS.flat();
    assert.equal(new Set(all).size, all.length);
    for (const e of all)
      assert.ok(fs.existsSync(path.join(SRC, e)), `src/${e} is listed in scripts/layers.js but does not exist`);
  });
});

describe('the lint rules of the layers', () => {
  const eslint = new ESLint({ cwd: ROOT });
  const lint = async (file: string, code: string): Promise<string[]> => {
    const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
    return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
  };

  it('fail on a query importing a command, the domain importing the database, the CLI importing the site', async () => {
    assert.equal(
      (
        await lint(
          'src/queries/search/wrong.ts',
          "import { x } from '../../commands/records/create-record.ts';\nexport const y = x;\n",
        )
      ).length,
      1,
    );
    assert.equal(
      (await lint('src/domain/wrong.ts', "import { x } from '../db/database.ts';\nexport const y = x;\n")).length,
      1,
    );
    assert.equal(
      (await lint('src/pdf/wrong.ts', "import { x } from '../web/views/render.ts';\nexport const y = x;\n")).length,
      1,
    );
    assert.equal(
      (await lint('src/cli/wrong.ts', "import { x } from '../web/views/render.ts';\nexport const y = x;\n")).length,
      1,
    );
    assert.equal(
      (await lint('src/api/wrong.ts', "import { x } from '../web/plugin.ts';\nexport const y = x;\n")).length,
      1,
    );
  });

  it('pass imports that point down', async () => {
    assert.deepEqual(
      await lint(
        'src/queries/search/right.ts',
        "import { x } from '../../db/database.ts';\nimport { y } from '../records/get-record.ts';\nexport const z = [x, y];\n",
      ),
      [],
    );
    assert.deepEqual(
      await lint('src/cli/right.ts', "import { x } from '../web/documents.ts';\nexport const y = x;\n"),
      [],
    );
  });
});
