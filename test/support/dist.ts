// The built `vigil` that CLI, crash, multi-process and browser tests run: dist/ is rebuilt first when any source
// changed since the last build, so a test never runs yesterday's code.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { isCurrent, ROOT } from '../../scripts/build.js';

/** The `vigil` executable. */
export const BIN = path.join(ROOT, 'bin', 'vigil.js');

/** Rebuilds dist/ when it does not match the sources; throws when the build fails or leaves it stale. */
export function ensureBuilt(): void {
  if (isCurrent()) return;
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.js')], {
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (r.status !== 0) throw new Error(`npm run build failed before the CLI tests:\n${r.stdout}${r.stderr}`);
  if (!isCurrent()) throw new Error('dist/ is still stale after a build (were sources edited meanwhile?)');
}

/** The path of `vigil`, after making sure dist/ is current. */
export function builtBin(): string {
  ensureBuilt();
  return BIN;
}
