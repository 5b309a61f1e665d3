// The layers of src/, top to bottom, and the ESLint rules that keep imports pointing down. A file may import its own
// folder and any layer below its own; never a layer above, and never a sibling folder of its own layer. Tests
// (`*.test.ts`) are outside the rules: they may reach any layer to set up what they check.
//
// The rules are ESLint `no-restricted-imports` patterns, one set per folder depth, so that a relative import is judged
// by where it lands (`../../web/…` from src/queries/x/y.ts reaches src/web; from src/web/pages/z.ts it does not).
// Dynamic `import()` is not seen by that rule; test/architecture/layers.test.ts draws the whole graph, dynamic imports
// and type imports included, and fails on any upward arrow or cycle.

/** Layers from the top down; each entry is a folder or a file directly under src/. */
export const LAYERS = [
  ['cli'],
  ['main.ts'],
  ['server.ts'],
  ['api', 'web'],
  ['http', 'jobs'],
  ['deps.ts'],
  ['commands'],
  ['queries'],
  ['pdf', 'mail', 'intake'],
  ['policies'],
  ['context.ts'],
  ['records'],
  ['db'],
  ['i18n'],
  ['files.ts', 'logger.ts'],
  ['crypto'],
  ['domain'],
  ['text'],
  ['config.ts'],
  ['errors.ts'],
];

/** Entries kept apart although one is above the other: the CLI calls commands and queries, never the API or the site. */
export const APART = [{ from: 'cli', to: ['api', 'web', 'http', 'server.ts'] }];

/**
 * Doors through a rule, each with its reason: `from` may import `to` although the layers say no.
 * The CLI writes a briefing as the site shows it; src/web/documents.ts is the web layer's one export for that.
 */
export const DOORS = [{ from: 'cli', to: 'web/documents.ts' }];

/** The layer index of a path relative to src/ (e.g. "queries/search/search.ts"), or -1 when it is in no layer. */
export function layerOf(rel) {
  const top = rel.split('/')[0];
  return LAYERS.findIndex((layer) => layer.includes(top));
}

/** The entry (folder or file under src/) a path relative to src/ belongs to. */
export const entryOf = (rel) => rel.split('/')[0];

/** True when a file in `from` may import the file `to` (both relative to src/). */
export function mayImport(from, to) {
  const a = entryOf(from);
  const b = entryOf(to);
  if (a === b) return true;
  if (DOORS.some((d) => d.from === a && to === d.to)) return true;
  if (APART.some((x) => x.from === a && x.to.includes(b))) return false;
  const la = layerOf(from);
  const lb = layerOf(to);
  return la >= 0 && lb >= 0 && lb > la;
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const MAX_DEPTH = 5;

/** ESLint flat-config objects: one per layer entry and folder depth, each forbidding imports of higher or sibling entries. */
export function layerRules(extraPatterns) {
  const configs = [];
  LAYERS.forEach((layer, i) => {
    for (const entry of layer) {
      const above = LAYERS.slice(0, i).flat();
      const siblings = layer.filter((e) => e !== entry);
      const isFile = entry.endsWith('.ts');
      for (let depth = isFile ? 0 : 1; depth <= (isFile ? 0 : MAX_DEPTH); depth++) {
        const up = depth === 0 ? '\\./' : `(\\.\\./){${depth}}`;
        const patterns = [...extraPatterns(entry)];
        const apart = APART.filter((x) => x.from === entry).flatMap((x) => x.to);
        for (const target of [...above, ...siblings, ...apart]) {
          const door = DOORS.find((d) => d.from === entry && d.to.startsWith(`${target}/`));
          const rest = door ? `/(?!${escape(door.to.slice(target.length + 1))}$)` : target.endsWith('.ts') ? '$' : '/';
          const why = above.includes(target)
            ? 'a higher layer'
            : siblings.includes(target)
              ? 'a sibling of the same layer'
              : 'kept apart from it';
          patterns.push({
            regex: `^${up}${escape(target)}${rest}`,
            message: `src/${entry} may not import src/${target}: it is ${why} (see scripts/layers.js and the README's map of the source tree).`,
          });
        }
        const files = isFile ? [`src/${entry}`] : [`src/${entry}/${'*/'.repeat(depth - 1)}*.{ts,tsx}`];
        configs.push({
          files,
          ignores: ['**/*.test.ts', '**/*.test.tsx'],
          rules: { 'no-restricted-imports': ['error', { patterns }] },
        });
      }
    }
  });
  return configs;
}
