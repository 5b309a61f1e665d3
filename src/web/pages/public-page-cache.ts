// A short-lived cache of public pages as anonymous readers get them. When an appeal goes viral, tens of thousands of
// readers refresh its page to watch the count; rendering it once per reader would spend the CPU that signing needs.
// The count itself changes only when the worker refreshes it (every few seconds), so a page kept for TTL_MS is as fresh
// as the count it shows. A copy is also kept only while the appeal's version (its last change, count and whether signing
// is open) is the one it was rendered from, so an edit or a new count shows at once. Only pages rendered for a reader
// without an account session are kept (the caller checks), keyed by the reader's language and the full URL; they carry an ETag (a conditional GET answers 304) and a short public
// max-age, so browsers and proxies in front of Vigil may keep them a moment too.
//
// Checking the version costs a few indexed reads per request; most requests skip even that. A copy is served without
// asking the database while it is younger than TTL_MS and no write transaction of this process has finished since it
// was rendered or last checked (localWritesFinished): an edit made here shows at once. A change made by another process
// (several web processes on PostgreSQL) or the worker's new count shows within TTL_MS, when the version is checked again.
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** How long a rendered page is served from memory. */
export const TTL_MS = 2_000;
/**
 * The longest a copy is kept however often its version is confirmed: the page carries a signing form token issued
 * when it was rendered (valid for a day), and a page rendered anew now and then keeps that token young.
 */
export const MAX_AGE_MS = 60_000;
/** What browsers and shared caches are told: TTL plus this stays well within the counter's ten-second freshness. */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=3';
const MAX_ENTRIES = 500;

interface Entry {
  version: string;
  html: string;
  etag: string;
  expires: number;
  /** localWritesFinished() when the request that rendered or last checked this copy began. */
  writes: number;
  /** When it was rendered (Date.now()). */
  born: number;
}

/** One app's cache of public pages (apps in one process, as in tests, keep theirs apart). */
export interface PublicPageCache {
  /**
   * Answers from the cache without a version check when its copy is younger than TTL_MS and no local write has finished
   * since `writes` was taken for it; null otherwise. `writes` is localWritesFinished() at the start of this request.
   */
  sendUnchanged(request: FastifyRequest, reply: FastifyReply, writes: number): FastifyReply | null;
  /**
   * Answers from the cache when its copy is of this version (200, or 304 on a matching If-None-Match), and keeps it
   * another TTL_MS; null otherwise.
   */
  sendCached(request: FastifyRequest, reply: FastifyReply, version: string, writes: number): FastifyReply | null;
  /** Keeps a freshly rendered page of this version and sends it. */
  storeAndSend(
    request: FastifyRequest,
    reply: FastifyReply,
    version: string,
    html: string,
    writes: number,
  ): FastifyReply;
}

/** The cache key of an anonymous request: its language and URL (the URL carries ?lang=). */
function keyOf(request: FastifyRequest): string {
  return `${request.i18n.locale}\n${request.url}`;
}

function sendEntry(request: FastifyRequest, reply: FastifyReply, entry: Entry): FastifyReply {
  void reply
    .header('cache-control', PUBLIC_CACHE_CONTROL)
    .header('etag', entry.etag)
    .header('vary', 'Accept-Language, Cookie');
  if (request.headers['if-none-match'] === entry.etag) return reply.status(304).send();
  return reply.status(200).header('content-type', 'text/html; charset=utf-8').send(entry.html);
}

/** A new, empty cache. Expiry runs on the real clock: it is about CPU time saved, not about the app's notion of now. */
export function createPublicPageCache(): PublicPageCache {
  const pages = new Map<string, Entry>();
  return {
    sendUnchanged(request, reply, writes) {
      const entry = pages.get(keyOf(request));
      if (!entry || entry.expires <= Date.now() || entry.writes !== writes) return null;
      return sendEntry(request, reply, entry);
    },
    sendCached(request, reply, version, writes) {
      const entry = pages.get(keyOf(request));
      if (!entry || entry.version !== version || Date.now() - entry.born > MAX_AGE_MS) return null;
      // Checked against the database just now: as good as freshly rendered.
      entry.expires = Date.now() + TTL_MS;
      entry.writes = writes;
      return sendEntry(request, reply, entry);
    },
    storeAndSend(request, reply, version, html, writes) {
      const key = keyOf(request);
      const entry: Entry = {
        version,
        html,
        etag: `W/"${createHash('sha1').update(html).digest('base64url')}"`,
        expires: Date.now() + TTL_MS,
        writes,
        born: Date.now(),
      };
      pages.delete(key);
      if (pages.size >= MAX_ENTRIES) pages.delete(pages.keys().next().value!);
      pages.set(key, entry);
      return sendEntry(request, reply, entry);
    },
  };
}

const caches = new WeakMap<object, PublicPageCache>();

/** The cache of an app (by its deps). */
export function publicPageCacheOf(deps: object): PublicPageCache {
  let c = caches.get(deps);
  if (!c) {
    c = createPublicPageCache();
    caches.set(deps, c);
  }
  return c;
}
