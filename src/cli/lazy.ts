// What the command definitions import. Nothing here loads the configuration, the database or a use case: `vigil --help`
// and every command pay only for the modules they use, which they import inside their action.
import type { withContext as withContextNow } from './runtime.ts';

export { CliError } from './cli-error.ts';

/** Runs `fn` with a migrated database and a system context; the runtime behind it is loaded on first use. */
export const withContext: typeof withContextNow = async (fn, opts) =>
  (await import('./runtime.ts')).withContext(fn, opts);

/** Writes one line to standard output. */
export const say = (line: string): void => {
  process.stdout.write(`${line}\n`);
};
