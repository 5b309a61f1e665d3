// Markdown of appeal texts to HTML. markdown-it with raw HTML off escapes any tags in the text; sanitize-html then keeps
// only a short list of elements and http(s)/mailto links, as a second wall: the texts are written by people, and
// the pages they appear on are read by people whom states try to compromise.
import { createRequire } from 'node:module';
import type MarkdownIt from 'markdown-it';
import type sanitizeHtml from 'sanitize-html';

// Both libraries (with their parsers, some 150 modules) are loaded with the first text rendered, not when the server
// starts. Synchronously, through require, because rendering is.
const require = createRequire(import.meta.url);
let loaded: { md: MarkdownIt; sanitize: typeof sanitizeHtml } | undefined;
function lib(): { md: MarkdownIt; sanitize: typeof sanitizeHtml } {
  loaded ??= {
    md: new (require('markdown-it') as typeof MarkdownIt)({
      html: false,
      linkify: false,
      typographer: false,
      breaks: false,
    }),
    sanitize: require('sanitize-html') as typeof sanitizeHtml,
  };
  return loaded;
}

const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'em', 'blockquote', 'ul', 'ol', 'li', 'h2', 'h3', 'h4', 'a', 'hr', 'code', 'pre'],
  allowedAttributes: { a: ['href'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  // Headings in a letter start below the page's own h1.
  transformTags: { h1: 'h2' },
};

/** Safe HTML for a Markdown text. */
export function markdownToHtml(text: string): string {
  const { md, sanitize } = lib();
  return sanitize(md.render(text), ALLOWED);
}

/** The text of a Markdown document without its markup, in paragraphs (for the PDF letter and feeds). */
export function markdownToParagraphs(text: string): string[] {
  const { md, sanitize } = lib();
  const html = md.render(text);
  return html
    .split(/<\/(?:p|li|h[1-6]|blockquote)>/)
    .map((part) =>
      sanitize(part, { allowedTags: [], allowedAttributes: {} })
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((p) => p.length > 0);
}
