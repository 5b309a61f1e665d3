// The kept copies' clock: served without a version check only while young and while no local write has finished;
// confirmed copies are kept longer, but never beyond MAX_AGE_MS (the signing form's token in them must stay young).
import assert from 'node:assert/strict';
import { afterEach, describe, it, mock } from 'node:test';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createPublicPageCache, MAX_AGE_MS, TTL_MS } from '../../src/web/pages/public-page-cache.ts';

/** A request and reply reduced to what the cache touches. */
function exchange(locale = 'en', ifNoneMatch?: string) {
  const sent: { status: number; body: unknown; headers: Record<string, string> } = {
    status: 0,
    body: undefined,
    headers: {},
  };
  const reply = {
    header(k: string, v: string) {
      sent.headers[k] = v;
      return reply;
    },
    status(s: number) {
      sent.status = s;
      return reply;
    },
    send(b?: unknown) {
      sent.body = b;
      return reply;
    },
  };
  const request = { url: '/appeals/x', i18n: { locale }, headers: ifNoneMatch ? { 'if-none-match': ifNoneMatch } : {} };
  return { request: request as unknown as FastifyRequest, reply: reply as unknown as FastifyReply, sent };
}

describe('public page cache', () => {
  afterEach(() => mock.timers.reset());

  it('serves a young copy without a version check until a local write finishes or TTL_MS passes', () => {
    mock.timers.enable({ apis: ['Date'], now: 1_000_000 });
    const cache = createPublicPageCache();
    const first = exchange();
    cache.storeAndSend(first.request, first.reply, 'v1', '<p>page</p>', 7);
    assert.equal(first.sent.status, 200);
    const hit = exchange();
    assert.ok(cache.sendUnchanged(hit.request, hit.reply, 7));
    assert.equal(hit.sent.body, '<p>page</p>');
    assert.equal(
      cache.sendUnchanged(exchange().request, exchange().reply, 8),
      null,
      'a write finished since: check the version',
    );
    assert.equal(
      cache.sendUnchanged(exchange('ru').request, exchange('ru').reply, 7),
      null,
      'another language has no copy',
    );
    const revalidate = exchange('en', first.sent.headers.etag);
    assert.ok(cache.sendUnchanged(revalidate.request, revalidate.reply, 7));
    assert.equal(revalidate.sent.status, 304);
    mock.timers.tick(TTL_MS + 1);
    assert.equal(cache.sendUnchanged(exchange().request, exchange().reply, 7), null, 'too old to serve unchecked');
  });

  it('keeps a copy whose version is confirmed, but renders anew after MAX_AGE_MS', () => {
    mock.timers.enable({ apis: ['Date'], now: 2_000_000 });
    const cache = createPublicPageCache();
    const first = exchange();
    cache.storeAndSend(first.request, first.reply, 'v1', '<p>page</p>', 1);
    mock.timers.tick(TTL_MS + 1);
    assert.equal(
      cache.sendCached(exchange().request, exchange().reply, 'v2', 1),
      null,
      'another version is rendered anew',
    );
    const confirmed = exchange();
    assert.ok(cache.sendCached(confirmed.request, confirmed.reply, 'v1', 1));
    // Confirmed just now: young again, so served unchecked.
    assert.ok(cache.sendUnchanged(exchange().request, exchange().reply, 1));
    mock.timers.tick(MAX_AGE_MS);
    assert.equal(
      cache.sendCached(exchange().request, exchange().reply, 'v1', 1),
      null,
      'older than MAX_AGE_MS: rendered anew',
    );
  });
});
