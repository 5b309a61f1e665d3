// A country briefing as a PDF: the same typeface as the appeal letter (DejaVu Serif, which writes Cyrillic with the
// Kazakh letters and every French accent), the figures, a bar chart of cases by status, the people, the developments.
import { vocab, type I18n } from '../i18n/i18n.ts';
import type { Briefing, BriefingCase } from '../domain/briefing.ts';
import { openDocument, type Doc } from './document.ts';

const GREY = '#444444';

function heading(doc: Doc, text: string): void {
  doc.moveDown(0.8).font('bold').fontSize(12.5).fillColor('black').text(text);
  doc.moveDown(0.3);
}

function statusChart(doc: Doc, i: I18n, b: Briefing, x: number, width: number): void {
  const rows = Object.entries(b.byStatus);
  const max = Math.max(1, ...rows.map(([, n]) => n));
  const labelWidth = 170;
  const barSpace = width - labelWidth - 40;
  for (const [status, n] of rows) {
    const y = doc.y;
    doc
      .font('regular')
      .fontSize(9.5)
      .fillColor('black')
      .text(vocab(i, 'caseStatus', status), x, y, { width: labelWidth - 8 });
    doc.rect(x + labelWidth, y + 1, Math.max(2, (barSpace * n) / max), 9).fill('#3b5b8c');
    doc.fillColor('black').text(String(n), x + labelWidth + (barSpace * n) / max + 6, y, { lineBreak: false });
    doc.y = Math.max(doc.y, y + 14);
    doc.x = x;
  }
}

function caseBlock(doc: Doc, i: I18n, c: BriefingCase, x: number, width: number): void {
  doc.font('bold').fontSize(10.5).fillColor('black').text(c.name, x, doc.y, { width });
  const lines = [
    `${i.t('briefing.status')}: ${vocab(i, 'caseStatus', c.status)}`,
    c.heldSince
      ? `${i.t('briefing.held')}: ${i.date(c.heldSince, c.heldSinceApprox)}${c.heldMonths !== null ? ` (${i.months(c.heldMonths)})` : ''}`
      : null,
    c.heldUntil ? i.t('briefing.heldUntil', { date: i.date(c.heldUntil) }) : null,
    c.review === 'sentence_ended' ? i.t('briefing.review', { date: i.date(c.sentenceEnds) }) : null,
    c.sentence?.months != null
      ? `${i.t('briefing.sentence')}: ${i.months(c.sentence.months)} (${vocab(i, 'sentenceKind', c.sentence.kind)})`
      : null,
    ...c.designations.map(
      (d) =>
        `${vocab(i, 'designationKind', d.kind)}${d.issuer ? ` — ${d.issuer}` : ''}${d.date ? `, ${i.date(d.date)}` : ''}`,
    ),
  ].filter((l): l is string => l !== null);
  doc.font('regular').fontSize(9.5).fillColor(GREY);
  for (const l of lines) doc.text(l, x + 12, doc.y, { width: width - 12 });
  doc.moveDown(0.5);
}

/** Renders the briefing as PDF bytes; `createdAt` fixes the document's date (a frozen briefing gives the same bytes). */
export async function renderBriefing(b: Briefing, i: I18n, createdAt: Date): Promise<Buffer> {
  const country = i.country(b.country);
  const title = i.t('briefing.title', { country, date: i.dateIn(b.asOf) });
  const { doc, x, width, finish } = await openDocument({
    lang: b.lang,
    title,
    createdAt,
    margins: { top: 64, bottom: 72, left: 64, right: 64 },
  });

  doc.font('bold').fontSize(15).fillColor('black').text(title, x, doc.y, { width });
  doc
    .moveDown(0.3)
    .font('italic')
    .fontSize(9)
    .fillColor(GREY)
    .text(i.t('briefing.lede', { generated: i.timestamp(b.generatedAt), country, date: i.dateIn(b.asOf) }), { width });
  if (b.occasion)
    doc
      .moveDown(0.3)
      .font('regular')
      .fontSize(10)
      .fillColor('black')
      .text(
        `${b.occasion.title}${b.occasion.titleLang ? ` (${i.t('common.untranslated', { language: i.language(b.occasion.titleLang) })})` : ''} — ${i.date(b.occasion.startDate)}`,
        { width },
      );
  heading(doc, `${i.t('briefing.totals')}: ${b.totals.cases}`);
  doc
    .font('regular')
    .fontSize(10)
    .fillColor('black')
    .text(i.t('briefing.designations', { n: b.totals.politicalPrisoners }), { width });
  doc.moveDown(0.5);
  statusChart(doc, i, b, x, width);
  heading(doc, i.t('briefing.byAct'));
  doc
    .font('regular')
    .fontSize(9.5)
    .text(
      Object.entries(b.byActKind)
        .map(([k, n]) => `${vocab(i, 'actKind', k)}: ${n}`)
        .join(' · '),
      x,
      doc.y,
      { width },
    );
  heading(doc, i.t('briefing.people'));
  for (const c of b.people) caseBlock(doc, i, c, x, width);
  if (b.organisations.length > 0) {
    heading(doc, i.t('briefing.organisations'));
    for (const c of b.organisations) caseBlock(doc, i, c, x, width);
  }
  heading(doc, i.t('briefing.developments', { date: i.date(b.since) }));
  doc.font('regular').fontSize(9.5).fillColor('black');
  if (b.developments.length === 0) doc.text(i.t('briefing.noDevelopments'), x, doc.y, { width });
  for (const d of b.developments)
    doc.text(
      `${i.date(d.date)} — ${d.name}: ${vocab(i, d.source === 'timeline' ? 'timelineKind' : 'actKind', d.kind)}${d.description ? ` — ${d.description}` : ''}`,
      x,
      doc.y,
      { width },
    );

  const range = doc.bufferedPageRange();
  for (let k = 0; k < range.count; k++) {
    doc.switchToPage(range.start + k);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('regular')
      .fontSize(8.5)
      .fillColor(GREY)
      .text(`${country} · ${i.date(b.asOf)} · ${k + 1}/${range.count}`, x, doc.page.height - 40, {
        width,
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
  return finish();
}
