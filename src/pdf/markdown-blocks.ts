// An appeal's Markdown text as blocks of styled runs for the PDF. markdown-it (raw HTML off, as on the appeal's page) parses
// it; only text comes out, so nothing in a letter can smuggle markup or a script into the document.
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: false });

/** A stretch of text in one style. */
export interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
}

/** One block of the letter: a heading, a paragraph (possibly a list item or a quotation), preformatted text or a rule. */
export interface Block {
  kind: 'heading' | 'paragraph' | 'quote' | 'code' | 'rule';
  runs: Run[];
  /** The list marker ("•", "3.") of the first paragraph of a list item. */
  marker: string | null;
  /** How deeply nested in lists the block is. */
  depth: number;
}

type Token = ReturnType<MarkdownIt['parse']>[number];

function push(runs: Run[], text: string, bold: boolean, italic: boolean): void {
  if (text === '') return;
  const last = runs[runs.length - 1];
  if (last && last.bold === bold && last.italic === italic) last.text += text;
  else runs.push({ text, bold, italic });
}

/** The runs of an inline token's children; a link keeps its text and adds its address in brackets, as print does. */
function inlineRuns(children: readonly Token[]): Run[] {
  const runs: Run[] = [];
  let bold = 0;
  let italic = 0;
  const links: { href: string; text: string }[] = [];
  for (const c of children) {
    const add = (text: string) => {
      push(runs, text, bold > 0, italic > 0);
      for (const l of links) l.text += text;
    };
    switch (c.type) {
      case 'text':
      case 'code_inline':
        add(c.content);
        break;
      case 'image':
        add(c.content);
        break;
      case 'softbreak':
        add(' ');
        break;
      case 'hardbreak':
        add('\n');
        break;
      case 'strong_open':
        bold += 1;
        break;
      case 'strong_close':
        bold -= 1;
        break;
      case 'em_open':
        italic += 1;
        break;
      case 'em_close':
        italic -= 1;
        break;
      case 'link_open':
        links.push({ href: c.attrGet('href') ?? '', text: '' });
        break;
      case 'link_close': {
        const link = links.pop();
        if (
          link &&
          /^(https?:|mailto:)/i.test(link.href) &&
          link.href !== link.text &&
          `mailto:${link.text}` !== link.href
        )
          add(` (${link.href})`);
        break;
      }
      default:
        break;
    }
  }
  return runs;
}

/** Splits a Markdown text into the blocks the letter prints, in order. */
export function markdownBlocks(text: string): Block[] {
  const out: Block[] = [];
  const lists: { ordered: boolean; next: number }[] = [];
  let heading = false;
  let quote = 0;
  let marker: string | null = null;
  for (const tok of md.parse(text, {})) {
    switch (tok.type) {
      case 'heading_open':
        heading = true;
        break;
      case 'heading_close':
        heading = false;
        break;
      case 'blockquote_open':
        quote += 1;
        break;
      case 'blockquote_close':
        quote -= 1;
        break;
      case 'bullet_list_open':
        lists.push({ ordered: false, next: 1 });
        break;
      case 'ordered_list_open':
        lists.push({ ordered: true, next: Number(tok.attrGet('start') ?? 1) });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        break;
      case 'list_item_open': {
        const list = lists[lists.length - 1];
        marker = list?.ordered ? `${list.next++}.` : '•';
        break;
      }
      case 'inline':
        out.push({
          kind: heading ? 'heading' : quote > 0 ? 'quote' : 'paragraph',
          runs: inlineRuns(tok.children ?? []),
          marker,
          depth: lists.length,
        });
        marker = null;
        break;
      case 'fence':
      case 'code_block':
        out.push({
          kind: 'code',
          runs: [{ text: tok.content.replace(/\n+$/, ''), bold: false, italic: false }],
          marker,
          depth: lists.length,
        });
        marker = null;
        break;
      case 'hr':
        out.push({ kind: 'rule', runs: [], marker: null, depth: 0 });
        break;
      default:
        break;
    }
  }
  return out.filter((b) => b.kind === 'rule' || b.runs.some((r) => r.text.trim() !== ''));
}
