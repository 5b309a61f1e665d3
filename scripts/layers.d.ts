// Types of scripts/layers.js, for the architecture test.
/** Layers from the top down; each entry is a folder or a file directly under src/. */
export const LAYERS: string[][];
/** Entries kept apart although one is above the other. */
export const APART: { from: string; to: string[] }[];
/** Exceptions to the layer rules, each with its reason in scripts/layers.js. */
export const DOORS: { from: string; to: string }[];
/** The layer index of a path relative to src/, or -1 when it is in no layer. */
export function layerOf(rel: string): number;
/** The entry (folder or file under src/) a path relative to src/ belongs to. */
export function entryOf(rel: string): string;
/** True when a file in `from` may import the file `to` (both relative to src/). */
export function mayImport(from: string, to: string): boolean;
/** ESLint flat-config objects enforcing the layers. */
export function layerRules(extraPatterns: (entry: string) => object[]): object[];
