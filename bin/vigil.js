#!/usr/bin/env node
// The `vigil` command: runs the TypeScript CLI through tsx's loader (no build step to forget). The project's tsconfig is
// named explicitly: tsx would otherwise look for one in the working directory, and compile the views' JSX wrongly when
// `vigil` runs from anywhere else.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
const { run } = await import('../src/cli/index.ts');
process.exitCode = await run(process.argv.slice(2));
