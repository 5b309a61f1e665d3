// The Atom feed (RFC 4287) of published public appeals. Written with the `feed` library, which escapes text and attributes
// and wraps titles and summaries in CDATA sections as type="html". Because a feed reader then reads those as HTML, titles
// and summaries are HTML-escaped here first: a title like "<script>" arrives as text, never as markup.
import { Feed } from 'feed';
import type { Ctx } from '../../context.ts';
import { PUBLISHED_STATUSES, type Appeal } from '../../domain/appeal.ts';
import { appealRepo } from '../../db/repos/appeal.repo.ts';
import { markdownToParagraphs } from '../../text/markdown.ts';

/** How many appeals the feed carries, most recently published first. */
export const FEED_SIZE = 50;
const SUMMARY_CHARS = 400;

/** Text made safe to read as HTML. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** The opening of a Markdown text as plain text, cut at a word near `max` characters. */
export function summaryOf(markdown: string, max = SUMMARY_CHARS): string {
  const text = markdownToParagraphs(markdown).join(' ');
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/**
 * A stable entry id (RFC 4151 tag URI): the site's host, the day the appeal was published (the site held that name
 * then), and the appeal's id, which never changes even when its slug does.
 */
export function entryId(host: string, appeal: Pick<Appeal, 'id' | 'publishedAt'>): string {
  return `tag:${host},${appeal.publishedAt!.slice(0, 10)}:appeal:${appeal.id}`;
}

/** The feed as XML; it is the same for every reader, signed in or not. */
export async function appealFeed(ctx: Ctx): Promise<string> {
  const base = ctx.config.publicUrl;
  const host = new URL(base).hostname;
  // The repository asks the database for public, published appeals only; the check is repeated here because a feed is
  // read by anyone, and a later change to that query must not put a draft or an internal appeal in it.
  const appeals = (await appealRepo.published(ctx.db, FEED_SIZE)).filter(
    (a) => a.confidentiality === 'public' && a.publishedAt !== null && PUBLISHED_STATUSES.includes(a.status),
  );
  const updated = appeals.reduce<string | null>(
    (max, a) => (max === null || a.updatedAt > max ? a.updatedAt : max),
    null,
  );
  const feed = new Feed({
    id: `${base}/appeals.atom`,
    title: 'Vigil: published appeals',
    link: `${base}/appeals`,
    feedLinks: { atom: `${base}/appeals.atom` },
    updated: updated ? new Date(updated) : ctx.now(),
    author: { name: 'Vigil', link: base },
    generator: false,
  });
  for (const a of appeals) {
    const text = a.texts[0];
    feed.addItem({
      id: entryId(host, a),
      title: escapeHtml(text?.title ?? a.title),
      link: `${base}/appeals/${encodeURIComponent(a.slug)}`,
      date: new Date(a.updatedAt),
      published: new Date(a.publishedAt!),
      ...(text ? { description: escapeHtml(summaryOf(text.body)) } : {}),
    });
  }
  return feed.atom1();
}
