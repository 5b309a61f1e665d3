// The CLI's own error, in a module of its own so that command definitions can use it without loading the runtime.

/** A failure the CLI reports as one line and exit code 1. */
export class CliError extends Error {
  override name = 'CliError';
}
