// Markdown of appeal texts to HTML. markdown-it with raw HTML off escapes any tags in the text; sanitize-html then keeps
// only a short list of elements and http(s)/mailto links, as a second wall: the texts are written by people, and
// the pages they appear on are read by people whom states try to compromise.
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

const md = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: false });

const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'em', 'blockquote', 'ul', 'ol', 'li', 'h2', 'h3', 'h4', 'a', 'hr', 'code', 'pre'],
  allowedAttributes: { a: ['href'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  // Headings in a letter start below the page's own h1.
  transformTags: { h1: 'h2' },
};

/** Safe HTML for a Markdown text. */
export function markdownToHtml(text: string): string {
  return sanitizeHtml(md.render(text), ALLOWED);
}

/** The text of a Markdown document without its markup, in paragraphs (for the PDF letter and feeds). */
export function markdownToParagraphs(text: string): string[] {
  const html = md.render(text);
  return html
    .split(/<\/(?:p|li|h[1-6]|blockquote)>/)
    .map((part) => sanitizeHtml(part, { allowedTags: [], allowedAttributes: {} }).replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
}
