// Plain text out of an uploaded document: UTF-8 text as it is, HTML reduced to its readable text, PDF text by PDF.js.
import { AppError } from '../errors.ts';

/** The kinds of document intake reads. */
export type DocumentFormat = 'text' | 'html' | 'pdf';

/** Decides the format from the media type, the file name and the first bytes (a PDF starts with %PDF-). */
export function documentFormat(
  bytes: Uint8Array,
  mediaType: string | undefined,
  name: string | undefined,
): DocumentFormat {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.startsWith('%PDF-') || mediaType === 'application/pdf' || /\.pdf$/i.test(name ?? '')) return 'pdf';
  if (/html/.test(mediaType ?? '') || /\.x?html?$/i.test(name ?? '') || /^\s*(?:<!doctype html|<html)/i.test(head))
    return 'html';
  if (mediaType && !/^(?:text\/|application\/octet-stream)/.test(mediaType)) {
    throw new AppError('unsupported_media_type', `intake reads plain text, HTML and PDF, not ${mediaType}`);
  }
  return 'text';
}

/** Normalises line ends, drops a byte-order mark and trailing spaces, and caps runs of blank lines. */
export function tidyText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Joins the lines a PDF wrapped: a line break inside a sentence (the next line starts in lower case or with a digit, and
 * the line before does not end a sentence) becomes a space, so a sentence's parts stay together for the rules.
 */
export function reflow(page: string): string {
  return page.replace(/([^.!?:;\n])[ \t]*\n(?=[ \t]*[\p{Ll}\d«“‘(])/gu, '$1 ');
}

/** Extracts the readable text of a document. */
export async function extractDocumentText(bytes: Uint8Array, format: DocumentFormat): Promise<string> {
  if (format === 'pdf') {
    // PDF.js is loaded with the first PDF, not with the server: most processes never read one.
    const { extractText, getDocumentProxy } = await import('unpdf');
    try {
      // PDF.js takes ownership of the buffer it is given: pass a copy so the caller's bytes stay intact.
      const pdf = await getDocumentProxy(new Uint8Array(bytes));
      const { text } = await extractText(pdf, { mergePages: false });
      await pdf.destroy();
      return tidyText(text.map(reflow).join('\n\n'));
    } catch (err) {
      throw new AppError(
        'validation_failed',
        `file: not a readable PDF (${err instanceof Error ? err.message.split('\n')[0] : 'unknown error'})`,
        { field: 'file' },
      );
    }
  }
  const decoded = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (format === 'html') {
    // Loaded with the first HTML document, like PDF.js with the first PDF: the server does not need it to start.
    const { convert } = await import('html-to-text');
    return tidyText(
      convert(decoded, {
        wordwrap: false,
        selectors: [
          { selector: 'a', options: { ignoreHref: true } },
          { selector: 'img', format: 'skip' },
          { selector: 'nav', format: 'skip' },
          { selector: 'script', format: 'skip' },
          { selector: 'style', format: 'skip' },
          { selector: 'header', format: 'skip' },
          { selector: 'footer', format: 'skip' },
          { selector: 'h1', options: { uppercase: false } },
          { selector: 'h2', options: { uppercase: false } },
          { selector: 'h3', options: { uppercase: false } },
          { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
        ],
      }),
    );
  }
  return tidyText(decoded);
}
