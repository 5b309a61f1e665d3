// Lays out an appeal as a printed letter with pdfkit: date, addressees, title, text, co-signatories, then the case annex on
// pages of its own; page numbers (and the draft mark) are added once every page exists. The output depends only on the
// input: the creation date is given, and pdfkit derives the file id and font subset names from the content.
import type { Addressee, AnnexEntry } from '../domain/appeal.ts';
import { vocab, type I18n } from '../i18n/i18n.ts';
import { openDocument, type Doc } from './document.ts';
import type { FontStyle } from './fonts.ts';
import type { LetterLabels } from './labels.ts';
import { markdownBlocks, type Run } from './markdown-blocks.ts';

/** Everything a letter shows, already filtered to what may be published. */
export interface LetterContent {
  /** The letter's language (BCP 47), written into the document for screen readers and search. */
  lang: string;
  title: string;
  /** Markdown. */
  body: string;
  date: string | null;
  addressees: Addressee[];
  occasion: { title: string; startDate: string | null; endDate: string | null } | null;
  coSignatories: { name: string; title: string | null; organisation: string | null }[];
  annex: { asOf: string | null; entries: Omit<AnnexEntry, 'digest'>[] };
  /** Marks every page as a draft. */
  draft: boolean;
  /** The document's creation date (the publication time), fixed so the same letter gives the same bytes. */
  createdAt: Date;
}

const SIZE = { body: 11, small: 9, heading: 12.5, title: 15 };
const GREY = '#444444';

function styleOf(r: Pick<Run, 'bold' | 'italic'>): FontStyle {
  return r.bold && r.italic ? 'boldItalic' : r.bold ? 'bold' : r.italic ? 'italic' : 'regular';
}

/** Writes styled runs as one paragraph starting at (x, y), wrapped to the width. */
function writeRuns(doc: Doc, runs: readonly Run[], size: number, x: number, width: number, y = doc.y): void {
  doc.fontSize(size);
  runs.forEach((r, k) => {
    doc.font(styleOf(r));
    const continued = k < runs.length - 1;
    if (k === 0) doc.text(r.text, x, y, { width, continued, lineGap: 2 });
    else doc.text(r.text, { continued });
  });
}

const plain = (text: string, bold = false, italic = false): Run => ({ text, bold, italic });

/** A "Label: value" line with the label in bold. */
function field(doc: Doc, label: string, value: string, x: number, width: number): void {
  if (value.trim() === '') return;
  writeRuns(doc, [plain(`${label}: `, true), plain(value)], SIZE.body, x, width);
  doc.moveDown(0.25);
}

function writeBody(doc: Doc, body: string, x: number, width: number): void {
  for (const b of markdownBlocks(body)) {
    const indent = b.depth * 18 + (b.kind === 'quote' ? 24 : 0);
    if (b.kind === 'rule') {
      doc
        .moveTo(x, doc.y)
        .lineTo(x + width, doc.y)
        .strokeColor(GREY)
        .lineWidth(0.5)
        .stroke();
      doc.moveDown(0.8);
      continue;
    }
    const y = doc.y;
    if (b.marker)
      doc
        .font('regular')
        .fontSize(SIZE.body)
        .text(b.marker, x + indent - 16, y, { width: 16, lineBreak: false });
    if (b.kind === 'code') {
      doc
        .font('mono')
        .fontSize(SIZE.small)
        .text(b.runs.map((r) => r.text).join(''), x + indent, y, { width: width - indent });
    } else if (b.kind === 'heading') {
      writeRuns(
        doc,
        b.runs.map((r) => ({ ...r, bold: true })),
        SIZE.heading,
        x + indent,
        width - indent,
        y,
      );
    } else {
      writeRuns(
        doc,
        b.kind === 'quote' ? b.runs.map((r) => ({ ...r, italic: !r.italic })) : b.runs,
        SIZE.body,
        x + indent,
        width - indent,
        y,
      );
    }
    doc.moveDown(b.kind === 'heading' ? 0.4 : 0.7);
  }
}

/** A value in another language than the letter's, followed by a note saying so: "… (Not translated: Russian)". */
function withFallbackNote(i: I18n, text: string, lang: string | null | undefined): string {
  return lang ? `${text} (${i.t('common.untranslated', { language: i.language(lang) })})` : text;
}

function writeAnnexEntry(
  doc: Doc,
  i: I18n,
  e: LetterContent['annex']['entries'][number],
  n: number,
  x: number,
  width: number,
): void {
  // Start a case on a new page rather than leave its name alone at the bottom of one.
  if (doc.y > doc.page.height - doc.page.margins.bottom - 110) doc.addPage();
  writeRuns(doc, [plain(`${n}. ${e.name || '—'}`, true)], SIZE.heading, x, width);
  doc.moveDown(0.2);
  writeRuns(doc, [plain(`${i.country(e.country)} · ${vocab(i, 'caseStatus', e.status)}`)], SIZE.body, x, width);
  doc.moveDown(0.25);
  field(
    doc,
    i.t('register.case.acts'),
    e.acts
      .map((a) => (a.date ? `${vocab(i, 'actKind', a.kind)} (${i.date(a.date)})` : vocab(i, 'actKind', a.kind)))
      .join('; '),
    x,
    width,
  );
  field(
    doc,
    i.t('register.case.charges'),
    e.charges.map((c, k) => withFallbackNote(i, c, e.fallbackLangs?.charges?.[k])).join('; '),
    x,
    width,
  );
  if (e.sentence) {
    const kind = vocab(i, 'sentenceKind', e.sentence.kind);
    field(
      doc,
      i.t('register.case.sentence'),
      e.sentence.months === null ? kind : `${kind}, ${i.months(e.sentence.months)}`,
      x,
      width,
    );
  }
  field(
    doc,
    i.t('register.case.designations'),
    e.designations
      .map((d) =>
        [vocab(i, 'designationKind', d.kind), d.issuer, d.date ? i.date(d.date) : null].filter(Boolean).join(', '),
      )
      .join('; '),
    x,
    width,
  );
  if (e.summary) {
    writeRuns(doc, [plain(withFallbackNote(i, e.summary, e.fallbackLangs?.summary), false, true)], SIZE.body, x, width);
    doc.moveDown(0.25);
  }
  if (e.sources.length > 0) {
    writeRuns(doc, [plain(`${i.t('register.sources')}:`, true)], SIZE.body, x, width);
    for (const s of e.sources) {
      const line = [s.title, s.date ? i.date(s.date) : null].filter(Boolean).join(', ');
      writeRuns(doc, [plain(`– ${line}${s.url ? ` — ${s.url}` : ''}`)], SIZE.small, x + 12, width - 12);
    }
  }
  doc.moveDown(1);
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** "5–6 December 2014" for two full dates (the locale's own way of writing a range), else each date as far as it is known. */
function dateRange(i: I18n, start: string | null, end: string | null): string {
  if (start && end && DAY.test(start) && DAY.test(end)) {
    return new Intl.DateTimeFormat(i.locale, { dateStyle: 'long', timeZone: 'UTC' }).formatRange(
      new Date(`${start}T00:00:00Z`),
      new Date(`${end}T00:00:00Z`),
    );
  }
  return [start, end]
    .filter((d): d is string => Boolean(d))
    .map((d) => i.date(d))
    .join(' – ');
}

/** Page numbers on every page, and the draft mark across every page of an unpublished letter. */
function finishPages(doc: Doc, c: LetterContent, labels: LetterLabels): void {
  const range = doc.bufferedPageRange();
  for (let k = 0; k < range.count; k++) {
    doc.switchToPage(range.start + k);
    const { width, height, margins } = doc.page;
    const bottom = margins.bottom;
    // Writing inside the bottom margin would otherwise start a new page.
    margins.bottom = 0;
    // The draft mark is also given in English, which every editor of an international letter reads.
    const mark = c.draft ? (labels.draft === 'DRAFT' ? 'DRAFT' : `${labels.draft} / DRAFT`) : null;
    const footer = [mark, labels.page(k + 1, range.count)].filter(Boolean).join(' · ');
    doc
      .font('regular')
      .fontSize(SIZE.small)
      .fillColor(GREY)
      .text(footer, margins.left, height - 40, {
        width: width - margins.left - margins.right,
        align: 'center',
        lineBreak: false,
      });
    if (c.draft) {
      doc.save().rotate(-40, { origin: [width / 2, height / 2] });
      doc
        .font('bold')
        .fontSize(110)
        .fillColor('#b00000')
        .fillOpacity(0.12)
        .text('DRAFT', 0, height / 2 - 60, { width, align: 'center', lineBreak: false });
      doc.restore();
    }
    margins.bottom = bottom;
  }
}

/** Renders the letter as PDF bytes. */
export async function renderLetter(c: LetterContent, i: I18n, labels: LetterLabels): Promise<Buffer> {
  const { doc, x, width, finish } = await openDocument({
    lang: c.lang,
    title: c.title,
    createdAt: c.createdAt,
    margins: { top: 64, bottom: 72, left: 72, right: 72 },
  });
  doc.fillColor('black');

  if (c.date) {
    doc.font('regular').fontSize(SIZE.body).text(i.date(c.date), x, doc.y, { width, align: 'right' });
    doc.moveDown(1);
  }
  for (const a of c.addressees) {
    writeRuns(doc, [plain(a.name, true)], SIZE.body, x, width);
    for (const line of [a.title, a.organisation]) if (line) writeRuns(doc, [plain(line)], SIZE.body, x, width);
    doc.moveDown(0.6);
  }
  doc.moveDown(0.8);
  writeRuns(doc, [plain(c.title, true)], SIZE.title, x, width);
  doc.moveDown(0.4);
  if (c.occasion) {
    const dates = dateRange(i, c.occasion.startDate, c.occasion.endDate);
    writeRuns(
      doc,
      [
        plain(`${labels.occasion}: `, false, true),
        plain([c.occasion.title, dates].filter(Boolean).join(', '), false, true),
      ],
      SIZE.small + 1,
      x,
      width,
    );
  }
  doc.moveDown(1);
  writeBody(doc, c.body, x, width);

  if (c.coSignatories.length > 0) {
    doc.moveDown(0.8);
    writeRuns(doc, [plain(labels.coSignatories, true)], SIZE.body, x, width);
    doc.moveDown(0.4);
    for (const s of c.coSignatories) {
      const rest = [s.title, s.organisation].filter(Boolean).join(', ');
      writeRuns(doc, rest ? [plain(s.name, true), plain(`, ${rest}`)] : [plain(s.name, true)], SIZE.body, x, width);
      doc.moveDown(0.3);
    }
  }

  if (c.annex.entries.length > 0) {
    doc.addPage();
    writeRuns(doc, [plain(labels.annex, true)], SIZE.title - 1, x, width);
    if (c.annex.asOf)
      writeRuns(doc, [plain(labels.annexAsOf(i.dateIn(c.annex.asOf.slice(0, 10))), false, true)], SIZE.small, x, width);
    doc.moveDown(1);
    c.annex.entries.forEach((e, k) => writeAnnexEntry(doc, i, e, k + 1, x, width));
  }

  finishPages(doc, c, labels);
  return finish();
}
