// Runs the real `vigil` command in a child process, as a user would.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { builtBin } from './dist.ts';

// Checked once per test file, when the first test of it loads this module.
const BIN = builtBin();

/** The outcome of one CLI run. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

// The data folders made by this test file, removed when its process ends (each test file runs in its own process).
const made: string[] = [];
process.on('exit', () => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh data folder for CLI runs, removed when the test file's process ends. */
export function tempDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-cli-'));
  made.push(dir);
  return dir;
}

/** Runs `vigil <args>` with the given environment additions, and `input` on its standard input when given. */
export function vigil(args: string[], env: Record<string, string>, input?: string): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    env: { ...process.env, VIGIL_LOG_LEVEL: 'warn', ...env },
    encoding: 'utf8',
    timeout: 60_000,
    input,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Starts `vigil serve` on a free port and resolves with its base URL once it listens. */
export async function startServer(
  env: Record<string, string>,
): Promise<{ url: string; stop: () => Promise<number | null> }> {
  const child = spawn(process.execPath, [BIN, 'serve'], {
    env: { ...process.env, PORT: '0', VIGIL_LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let buf = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${buf}`)), 30_000);
    child.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      const m = /"url":"(http:\/\/[^"]+)"/.exec(buf);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.stderr.on('data', (d: Buffer) => (buf += d.toString()));
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${buf}`)));
  });
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        child.removeAllListeners('exit');
        child.on('exit', (code) => resolve(code));
        child.kill('SIGTERM');
      }),
  };
}
