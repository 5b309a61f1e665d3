// Outputs of published appeals: the letter as a PDF in each of its languages, and the Atom feed of published appeals.
// Thin routes: parse → query (which loads and authorizes) → send.
import type { FastifyInstance } from 'fastify';
import { appealFeed } from '../../queries/appeals/appeal-feed.ts';
import { appealLetterPdf } from '../../queries/appeals/appeal-pdf.ts';
import type { AppDeps } from '../../deps.ts';
import { ctxOf } from '../../http/plugins/auth.ts';
import { NoQuery, paramsOf } from '../schemas.ts';

/** A Content-Disposition for a download: an ASCII name every client understands, and the Unicode name (RFC 6266, 8187). */
export function attachment(asciiName: string, unicodeName: string): string {
  const ascii = asciiName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const cleaned = unicodeName
    .replace(/[\p{Cc}\\/:*?"<>|]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  // encodeURIComponent leaves ' ( ) * as they are, but RFC 8187 does not allow them unencoded.
  const encoded = encodeURIComponent(cleaned).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** Registers the letter PDFs and the feed. */
export function registerAppealOutputPages(app: FastifyInstance, deps: AppDeps): void {
  app.get<{ Params: { slug: string; lang: string } }>(
    '/appeals/:slug/letter.:lang.pdf',
    { schema: { params: paramsOf('slug', 'lang'), querystring: NoQuery } },
    async (request, reply) => {
      const { slug, lang } = request.params;
      const pdf = await appealLetterPdf(ctxOf(request, deps), slug, lang);
      // A draft is for its editors only: no cache may keep it.
      if (pdf.draft) void reply.header('cache-control', 'private, no-store');
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', attachment(pdf.fileName, `${pdf.title}.${lang}.pdf`))
        .send(pdf.bytes);
    },
  );

  app.get('/appeals.atom', { schema: { querystring: NoQuery } }, async (request, reply) => {
    const xml = await appealFeed(ctxOf(request, deps));
    return reply.header('content-type', 'application/atom+xml; charset=utf-8').send(xml);
  });
}
