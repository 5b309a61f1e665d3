// The set-up every PDF of Vigil shares: A4, buffered pages (footers are written last, on every page), PDF 1.7 tagged with
// the document's language and title, the embedded DejaVu family registered under its style names, and the bytes
// collected as the document is written.
import { letterFonts } from './fonts.ts';

/** A pdfkit document. */
export type Doc = PDFKit.PDFDocument;

/** What differs between Vigil's documents. */
export interface DocumentSpec {
  /** The document's language (BCP 47), written into the file for screen readers and search. */
  lang: string;
  title: string;
  /** The document's date: fixed, so the same content gives the same bytes. */
  createdAt: Date;
  margins: { top: number; bottom: number; left: number; right: number };
}

/** An open document, the left edge and width of its text block, and `finish`, which ends it and gives its bytes. */
export interface OpenDocument {
  doc: Doc;
  x: number;
  width: number;
  finish(): Promise<Buffer>;
}

/** Starts a document with Vigil's set-up. */
export async function openDocument(spec: DocumentSpec): Promise<OpenDocument> {
  // pdfkit and its font engine are loaded with the first PDF: the server should not wait for them to start.
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    margins: spec.margins,
    bufferPages: true,
    pdfVersion: '1.7',
    lang: spec.lang,
    displayTitle: true,
    // No default font: pdfkit's built-in ones cannot write Cyrillic, and an unused one would still be listed in the file.
    font: '',
    info: {
      Title: spec.title,
      Creator: 'Vigil',
      Producer: 'Vigil (pdfkit)',
      CreationDate: spec.createdAt,
      ModDate: spec.createdAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const [style, bytes] of Object.entries(letterFonts())) doc.registerFont(style, bytes);
  const x = doc.page.margins.left;
  return {
    doc,
    x,
    width: doc.page.width - x - doc.page.margins.right,
    finish: () => {
      doc.end();
      return done;
    },
  };
}
