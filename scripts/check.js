#!/usr/bin/env node
// The checks `npm test` runs before the test files: the type check, lint, the format check and the build, side by side
// (each alone leaves a core idle much of the time; one after another they took about 100 s on two cores, together
// about 70). Each check's output is printed whole when it ends, under its name; the script fails when any check
// fails, after all have ended. Each is also an npm script of its own (`npm run typecheck`, `lint`, `format:check`,
// `build`).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(ROOT, 'node_modules', '.bin', name);

const CHECKS = [
  { name: 'typecheck', command: bin('tsc'), args: ['--noEmit'] },
  { name: 'lint', command: bin('eslint'), args: ['.'] },
  { name: 'format:check', command: bin('prettier'), args: ['--check', '.'] },
  { name: 'build', command: process.execPath, args: [path.join(ROOT, 'scripts', 'build.js')] },
];

function run({ name, command, args }) {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    const finish = (code, error) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const text = Buffer.concat(output).toString('utf8').trimEnd();
      process.stdout.write(`\n> ${name}: ${code === 0 ? 'passed' : 'FAILED'} in ${seconds} s\n`);
      if (text) process.stdout.write(text + '\n');
      if (error) process.stdout.write(`${error.message}\n`);
      resolve(code === 0);
    };
    child.on('error', (error) => finish(1, error));
    child.on('close', (code) => finish(code ?? 1));
  });
}

const results = await Promise.all(CHECKS.map(run));
const failed = CHECKS.filter((_, i) => !results[i]).map((c) => c.name);
if (failed.length > 0) {
  process.stdout.write(`\nFailed: ${failed.join(', ')}\n`);
  process.exit(1);
}
