// The duplicate finder's defaults, apart from the finder itself so that the CLI's help can show them cheaply.

/** The lowest score a pair of persons needs to be listed as a duplicate candidate. */
export const DEFAULT_MIN_SCORE = 0.85;
