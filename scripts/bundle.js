// The second half of `npm run build`: the compiled CLI in dist/ (and everything it imports, the web app included) bundled
// by esbuild into a few dozen files under dist/bundle/<id>/, which `bin/vigil.js` runs. Node then reads and resolves a
// few dozen files at start instead of about 1,300, which is most of what starting a command used to cost.
//
// - Lazy imports stay lazy: every `import()` becomes a chunk of its own, loaded when the code first asks for it, so
//   `vigil --help` still loads no database code and the server still loads the PDF writer with the first letter.
// - Pure-JavaScript dependencies are inlined. Left outside, and loaded from node_modules as before: native addons, and
//   every package that finds files relative to its own location (`__dirname`, `__filename`, `import.meta`,
//   `require.resolve`), which would look in the wrong folder from inside the bundle. These are found by reading the
//   packages' files, so a dependency that starts doing so after an upgrade is left outside without anyone noticing.
// - Vigil's own modules keep their location: `import.meta.url` and `import.meta.dirname` in them are rewritten to the
//   file in dist/ they were compiled to, so stylesheets, word lists, fonts and the world map are found as before.
// - Each build goes to a folder of its own, and dist/bundle/vigil.js points to the newest one. The previous folder is
//   kept: a server started before the build still finds its lazily loaded chunks until it is restarted.
//
// dist/bundle/<id>/manifest.json lists which modules each output file holds, and which packages were left outside.
import fs from 'node:fs';
import path from 'node:path';

/** Native addons: never inlined. */
const NATIVE = ['better-sqlite3', '@node-rs/argon2', 'pg-native'];

/**
 * Packages that mention their own location but are inlined anyway, each with the reason it is safe for Vigil's use of
 * them. Everything else that mentions it stays outside the bundle.
 */
const INLINE_ANYWAY = {
  commander: 'mentions __dirname only in comments (Vigil has no stand-alone subcommand executables)',
  pino: 'needs __dirname only to start transport worker threads, and Vigil writes to a file descriptor without transports',
  'thread-stream': "pino's transport threads, which Vigil does not use",
  '@fastify/swagger': "reads its own package.json only for the document's default title and version, which Vigil sets",
};

/**
 * Packages that a dependency loads only on a path Vigil does not take: left outside, they are read from node_modules
 * if that path is ever taken, instead of being parsed at every start as part of the bundle.
 */
const ON_DEMAND = {
  '@fastify/ajv-compiler': "Fastify's default validator (Ajv); Vigil hands Fastify zod's compilers instead",
  '@fastify/fast-json-stringify-compiler': "Fastify's default serializer; the same",
};

/** Strings in a package's file that mean it finds files relative to itself. */
const LOCATION_MARKERS = ['__dirname', '__filename', 'import.meta', 'require.resolve'];

/** The package an input file belongs to (`zod`, `@fastify/swagger`), or null for a file of Vigil. */
export function packageOf(file) {
  const norm = `/${file.replace(/\\/g, '/')}`;
  const i = norm.lastIndexOf('/node_modules/');
  if (i < 0) return null;
  return /^(@[^/]+\/[^/]+|[^/]+)/.exec(norm.slice(i + '/node_modules/'.length))?.[1] ?? null;
}

/** An input path as esbuild reports it, without the import attributes it appends (`x.json with { type: 'json' }`). */
const fileOfInput = (input) => input.replace(/ with \{.*\}$/, '');

/** A path as written in the manifest: relative to the project, and from node_modules on for a dependency. */
function shownPath(root, file) {
  const abs = path.resolve(root, file);
  const i = abs.indexOf(`${path.sep}node_modules${path.sep}`);
  return (i >= 0 ? abs.slice(i + 1) : path.relative(root, abs)).split(path.sep).join('/');
}

/**
 * An esbuild plugin that rewrites `import.meta.url`, `.dirname` and `.filename` in Vigil's compiled modules (under
 * `dist`) to name the module's own file, relative to the chunk it lands in (all chunks share one folder, `outdir`).
 */
function keepOwnLocation(dist, outdir) {
  const relativeUrl = (target) => {
    const rel = path.relative(outdir, target).split(path.sep).join('/');
    return JSON.stringify(rel.startsWith('.') ? rel : `./${rel}`);
  };
  return {
    name: 'vigil-keep-own-location',
    setup(b) {
      b.onLoad({ filter: /\.js$/ }, (args) => {
        if (!args.path.startsWith(dist + path.sep)) return undefined;
        const text = fs.readFileSync(args.path, 'utf8');
        if (!text.includes('import.meta')) return undefined;
        // Anything else of import.meta (resolve, main) would silently mean the chunk instead of the module.
        const rest = /import\.meta(?!\.(?:url|dirname|filename)\b)[.\w]*/.exec(text);
        if (rest)
          throw new Error(`${path.relative(dist, args.path)}: ${rest[0]} cannot be bundled; use import.meta.url`);
        const file = `new URL(${relativeUrl(args.path)}, import.meta.url)`;
        const dir = `new URL(${relativeUrl(path.dirname(args.path))}, import.meta.url)`;
        const rewritten = text
          .replaceAll('import.meta.url', `${file}.href`)
          .replaceAll('import.meta.dirname', `__vigilPathOf(${dir})`)
          .replaceAll('import.meta.filename', `__vigilPathOf(${file})`);
        return { contents: `import { fileURLToPath as __vigilPathOf } from 'node:url';\n${rewritten}`, loader: 'js' };
      });
    },
  };
}

/**
 * Packages among the inputs that must stay outside the bundle: those that find files relative to themselves, and any
 * package importing an outside one that would not resolve to the same copy from the project's folder (a nested copy).
 */
function packagesToLeaveOut(root, outdir, metafile, outside) {
  const found = new Set();
  const seen = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const file = fileOfInput(input);
    const pkg = packageOf(file);
    if (!pkg || outside.has(pkg) || Object.hasOwn(INLINE_ANYWAY, pkg) || seen.has(file)) continue;
    seen.add(file);
    const text = fs.readFileSync(path.resolve(root, file), 'utf8');
    if (LOCATION_MARKERS.some((m) => text.includes(m))) found.add(pkg);
  }
  // An import left outside is resolved at run time from dist/bundle/<id>/, which finds only the project's top-level copy.
  for (const [input, info] of Object.entries(metafile.inputs)) {
    const importer = packageOf(fileOfInput(input));
    for (const imp of info.imports) {
      if (!imp.external) continue;
      const pkg = /^((?:@[^/]+\/)?[^/]+)/.exec(imp.path)?.[1];
      if (!pkg || pkg.startsWith('node:') || !(outside.has(pkg) || found.has(pkg))) continue;
      const wanted = packageDirFrom(path.dirname(path.resolve(root, fileOfInput(input))), pkg);
      if (importer && wanted !== packageDirFrom(outdir, pkg)) found.add(importer);
    }
  }
  return found;
}

/** The real folder of the copy of `pkg` that Node finds from `dir`, as it looks up node_modules folders; or null. */
function packageDirFrom(dir, pkg) {
  for (let d = dir; ; d = path.dirname(d)) {
    const candidate = path.join(d, 'node_modules', pkg);
    if (fs.existsSync(path.join(candidate, 'package.json'))) return fs.realpathSync(candidate);
    if (path.dirname(d) === d) return null;
  }
}

/**
 * Bundles `entry` (a compiled file in `dist`) into `dist/bundle/<id>/` and points `dist/bundle/vigil.js` to it; keeps
 * the previous build's folder and removes older ones. Returns the number of output files and of packages left outside.
 */
export async function bundle({ root, dist, entry, id }) {
  const { build } = await import('esbuild');
  const base = path.join(dist, 'bundle');
  const outdir = path.join(base, id);
  const outside = new Set([...NATIVE, ...Object.keys(ON_DEMAND)]);
  let result;
  // A package left outside can leave others unused, never bring new ones in: this ends after a pass or two.
  for (;;) {
    result = await build({
      absWorkingDir: root,
      entryPoints: { vigil: entry },
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      outdir,
      entryNames: '[name]',
      chunkNames: '[name]-[hash]',
      // Fastify and Vigil's error classes are told apart by their names in places: keep them as written.
      keepNames: true,
      minifyWhitespace: true,
      minifySyntax: true,
      sourcemap: 'linked',
      sourcesContent: false,
      metafile: true,
      write: false,
      logLevel: 'silent',
      external: [...outside],
      plugins: [keepOwnLocation(dist, outdir)],
      // Inlined CommonJS code calls require() for Node's own modules and for the packages left outside.
      banner: {
        js: "import { createRequire as __vigilCreateRequire } from 'node:module'; const require = __vigilCreateRequire(import.meta.url);",
      },
    });
    const more = [...packagesToLeaveOut(root, outdir, result.metafile, outside)];
    if (more.length === 0) break;
    for (const pkg of more) outside.add(pkg);
  }

  const manifest = { id, outside: [...outside].sort(), outputs: {} };
  for (const [out, info] of Object.entries(result.metafile.outputs)) {
    if (out.endsWith('.map')) continue;
    manifest.outputs[path.relative(outdir, path.resolve(root, out)).split(path.sep).join('/')] = Object.keys(
      info.inputs,
    ).map((input) => shownPath(root, fileOfInput(input)));
  }
  // Written to a temporary folder first and renamed, so that the pointer never names a half-written build.
  const tmp = `${outdir}.${process.pid}.tmp`;
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(tmp, { recursive: true });
  for (const f of result.outputFiles) fs.writeFileSync(path.join(tmp, path.relative(outdir, f.path)), f.contents);
  fs.writeFileSync(path.join(tmp, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
  fs.rmSync(outdir, { recursive: true, force: true });
  fs.renameSync(tmp, outdir);

  const pointer = path.join(base, 'vigil.js');
  const previous = currentBundle(dist);
  const text = `// The newest build of the \`vigil\` command (scripts/bundle.js).\nexport * from './${id}/vigil.js';\n`;
  fs.writeFileSync(`${pointer}.${process.pid}.tmp`, text);
  fs.renameSync(`${pointer}.${process.pid}.tmp`, pointer);
  for (const entryName of fs.readdirSync(base)) {
    const full = path.join(base, entryName);
    if (entryName === id || entryName === previous || !fs.statSync(full).isDirectory()) continue;
    fs.rmSync(full, { recursive: true, force: true });
  }
  return { files: Object.keys(manifest.outputs).length, outside: manifest.outside };
}

/** The id of the build dist/bundle/vigil.js points to, or null when there is none. */
export function currentBundle(dist) {
  try {
    const text = fs.readFileSync(path.join(dist, 'bundle', 'vigil.js'), 'utf8');
    const id = /from '\.\/([^/']+)\/vigil\.js'/.exec(text)?.[1] ?? null;
    return id && fs.existsSync(path.join(dist, 'bundle', id, 'vigil.js')) ? id : null;
  } catch {
    return null;
  }
}
