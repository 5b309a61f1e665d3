// Module hooks for register.mjs: reports each ES module as it loads.
import fs from 'node:fs';

/** Writes the module's URL to standard error, then loads it as usual. */
export async function load(url, context, next) {
  fs.writeSync(2, `loaded: ${url}\n`);
  return next(url, context);
}
