// Types of scripts/build.js, for the tests and benchmarks that check dist/ before running the built `vigil`.
/** The project folder. */
export const ROOT: string;
/** The source folder. */
export const SRC: string;
/** The build's output folder. */
export const DIST: string;
/** Every file under src/ that belongs in dist/ (tests excluded), relative to src/, sorted. */
export function sourceFiles(): string[];
/** The hash of everything a build reads. */
export function inputHash(files?: string[]): string;
/** True when dist/ was built from exactly the current sources. */
export function isCurrent(): boolean;
/** Builds dist/ and its bundle; returns how many files were compiled, copied, kept, removed and bundled. */
export function build(): Promise<{ compiled: number; copied: number; kept: number; removed: number; bundled: number }>;
