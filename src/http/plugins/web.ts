// What HTML pages need: the reader's language, cookies, form bodies, static assets (styles and fonts served by Vigil itself).
import { createRequire } from 'node:module';
import path from 'node:path';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { VNode } from 'preact';
import type { Config } from '../../config.ts';
import { i18nFor, type I18n } from '../i18n/i18n.ts';
import { isLocale, LOCALE_COOKIE, negotiateLocale } from '../i18n/locales.ts';
import { renderDocument } from '../views/render.ts';
import { cookieSecure } from './auth.ts';

declare module 'fastify' {
  interface FastifyRequest {
    i18n: I18n;
  }
  interface FastifyInstance {
    /** VIGIL_PUBLIC_URL is https, so every cookie is Secure. */
    vigilPublicHttps: boolean;
  }
}

const ASSETS_DIR = path.join(import.meta.dirname, '..', 'assets');
const FONTS_DIR = path.join(path.dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans/package.json')), 'files');

/** Sends a rendered page. Pages vary with the language cookie and header, so shared caches must keep them apart. */
export function sendPage(reply: FastifyReply, view: VNode, status = 200): FastifyReply {
  return reply.status(status).header('content-type', 'text/html; charset=utf-8').header('vary', 'Accept-Language, Cookie').send(renderDocument(view));
}

/** Keeps only same-site paths, so the language switcher cannot be used to redirect elsewhere. */
export function safeBackPath(back: unknown): string {
  return typeof back === 'string' && back.startsWith('/') && !back.startsWith('//') && !back.startsWith('/\\') ? back : '/';
}

/** Registers cookies, the language of each request, the language switcher and the static assets. */
export async function registerWeb(app: FastifyInstance, config: Pick<Config, 'publicHttps'>): Promise<void> {
  app.decorate('vigilPublicHttps', config.publicHttps);
  await app.register(cookie);
  app.decorateRequest('i18n', null as never);
  app.addHook('onRequest', async (request) => {
    request.i18n = i18nFor(negotiateLocale(request.cookies[LOCALE_COOKIE], request.headers['accept-language']));
  });

  await app.register(fastifyStatic, { root: ASSETS_DIR, prefix: '/assets/', maxAge: '1h', index: false, list: false });
  await app.register(fastifyStatic, { root: FONTS_DIR, prefix: '/assets/fonts/', maxAge: '30d', immutable: true, decorateReply: false, index: false, list: false });

  app.get<{ Params: { locale: string }; Querystring: { back?: string } }>('/lang/:locale', { schema: { hide: true } }, async (request, reply) => {
    const { locale } = request.params;
    if (isLocale(locale)) {
      void reply.setCookie(LOCALE_COOKIE, locale, { path: '/', maxAge: 365 * 24 * 3600, sameSite: 'lax', httpOnly: true, secure: cookieSecure(request) });
    }
    return reply.redirect(safeBackPath(request.query.back), 303);
  });
}
