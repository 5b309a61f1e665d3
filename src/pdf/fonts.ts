// The letter's typeface. pdfkit's built-in fonts only cover Latin-1, so Cyrillic (and Kazakh ә ғ қ ң ө ұ ү һ і) would come out
// as garbage: the letter embeds DejaVu Serif instead, a TrueType family shipped in the dejavu-fonts-ttf package that covers
// Latin with every French accent, Cyrillic with its Kazakh letters, and typographic quotes and dashes. pdfkit embeds only
// the glyphs a letter uses.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const FILES = {
  regular: 'DejaVuSerif.ttf',
  bold: 'DejaVuSerif-Bold.ttf',
  italic: 'DejaVuSerif-Italic.ttf',
  boldItalic: 'DejaVuSerif-BoldItalic.ttf',
  mono: 'DejaVuSansMono.ttf',
} as const;

/** The styles a letter is set in. */
export type FontStyle = keyof typeof FILES;

/** The family's name, for documentation and tests. */
export const LETTER_FONT_NAME = 'DejaVu Serif';

const DIR = path.join(path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
let loaded: Record<FontStyle, Buffer> | null = null;

/** The font files, read once per process (each letter parses them again, but the disk is read only the first time). */
export function letterFonts(): Readonly<Record<FontStyle, Buffer>> {
  loaded ??= Object.fromEntries(
    Object.entries(FILES).map(([style, file]) => [style, fs.readFileSync(path.join(DIR, file))]),
  ) as Record<FontStyle, Buffer>;
  return loaded;
}
