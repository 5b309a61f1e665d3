// One message, two parts: the plain text and the HTML part are both rendered from the same blocks, so a reader whose
// client shows either one gets the same facts and the same link. The HTML part escapes every character that could be
// markup, carries no images, styles from elsewhere or tracking, and declares its language.

/** A piece of a message: a paragraph, a list of items, or a link alone on its line. */
export type MailBlock =
  { kind: 'p'; text: string } | { kind: 'list'; items: string[] } | { kind: 'link'; href: string };

/** A message ready to send: subject, the plain-text part and the HTML part, in one language. */
export interface ComposedMail {
  subject: string;
  text: string;
  html: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function textOf(block: MailBlock): string {
  if (block.kind === 'p') return block.text;
  if (block.kind === 'list') return block.items.map((i) => `- ${i}`).join('\n');
  return block.href;
}

function htmlOf(block: MailBlock): string {
  if (block.kind === 'p') return `<p>${escapeHtml(block.text)}</p>`;
  if (block.kind === 'list') return `<ul>${block.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
  // The link text is the address itself: a reader checks where it leads before opening it (phishing is the threat).
  const href = escapeHtml(block.href);
  return `<p><a href="${href}">${href}</a></p>`;
}

/** Renders the blocks as a plain-text part and an HTML part of the same message. */
export function composeMail(lang: string, subject: string, blocks: readonly MailBlock[]): ComposedMail {
  const text = `${blocks.map(textOf).join('\n\n')}\n`;
  const html =
    `<!DOCTYPE html>\n<html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>` +
    `<body>\n${blocks.map(htmlOf).join('\n')}\n</body></html>\n`;
  return { subject, text, html };
}
