// Types for the parts of Az.js (Russian morphology on the OpenCorpora dictionaries) that intake uses: the package ships
// none. Only Morph.init, Morph(word) and a parse's tag, score and inflection are described.
declare module 'az' {
  /** One reading of a word: its grammemes (a tag answers `tag.gent === true` for each one it has) and how to inflect it. */
  export interface AzParse {
    word: string;
    tag: { [grammeme: string]: unknown; toString(): string };
    score: number;
    /** Name of the parser that produced the reading: 'Dictionary' for a known word, a predictor otherwise. */
    parser: string;
    /** The same word in the form that has every grammeme given, or false when its paradigm has none. */
    inflect(grammemes: readonly string[]): AzParse | false;
    normalize(keepPOS?: boolean): AzParse | false;
  }
  export interface AzMorph {
    (word: string, config?: Record<string, unknown>): AzParse[];
    /** Loads the dictionaries from a folder; calls back once, with an error or null. */
    init(path: string, callback: (err: unknown) => void): void;
  }
  const Az: { Morph: AzMorph };
  export default Az;
}
