// Preloaded (`node --import`) into a `vigil` child by the start-up tests: every module the process loads, ES module or
// CommonJS, is written to standard error as a line `loaded: <url or path>`, so a test can tell what a command pulled in.
import fs from 'node:fs';
import Module, { register } from 'node:module';

register(new URL('./hooks.mjs', import.meta.url));
const compile = Module.prototype._compile;
Module.prototype._compile = function traced(content, filename) {
  fs.writeSync(2, `loaded: ${filename}\n`);
  return compile.call(this, content, filename);
};
