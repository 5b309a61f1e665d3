// What HTML pages need: the reader's language, cookies, form bodies, static assets (styles and fonts served by Vigil itself).
import { createRequire } from 'node:module';
import path from 'node:path';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { VNode } from 'preact';
import type { Config } from '../config.ts';
import { i18nFor, type I18n } from '../i18n/i18n.ts';
import { isLocale, LOCALE_COOKIE, negotiateLocale } from '../i18n/locales.ts';
import { renderDocument } from './views/render.ts';
import { cookieSecure } from '../http/plugins/auth.ts';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';

declare module 'fastify' {
  interface FastifyRequest {
    i18n: I18n;
  }
  interface FastifyInstance {
    /** VIGIL_PUBLIC_URL is https, so every cookie is Secure. */
    vigilPublicHttps: boolean;
  }
}

const ASSETS_DIR = path.join(import.meta.dirname, 'assets');
const FONTS_DIR = path.join(
  path.dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans/package.json')),
  'files',
);

/** Sends a rendered page. Pages vary with the language cookie and header, so shared caches must keep them apart. */
export function sendPage(reply: FastifyReply, view: VNode, status = 200): FastifyReply {
  return reply
    .status(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('vary', 'Accept-Language, Cookie')
    .send(renderDocument(view));
}

/** A target parsed as a browser would resolve it against the public origin, or null when it leaves that origin. */
function resolveOnOrigin(target: string, origin: string): string | null {
  let url: URL;
  try {
    url = new URL(target, `${origin}/`);
  } catch {
    return null;
  }
  if (url.origin !== origin || url.username !== '' || url.password !== '') return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // A path starting "//" (e.g. from "/.//evil.example") would be read as another host when sent back as a Location.
  return path.startsWith('/') && !path.startsWith('//') ? path : null;
}

/**
 * The path (with query and fragment) of a redirect target taken from a request, when it stays on the public origin;
 * anything else is "/". The target is parsed as a browser would — which drops TAB, CR and LF, reads "\\" as "/" and
 * resolves "/./" — so "/\t/evil.example" or "/.//evil.example" cannot become a link to another site, and the result,
 * serialised by the URL parser, holds no byte a Location header refuses.
 */
export function sameOriginPath(target: unknown, publicUrl: string): string {
  if (typeof target !== 'string' || target.length > 2000) return '/';
  return resolveOnOrigin(target, new URL(publicUrl).origin) ?? '/';
}

/**
 * Registers cookies, the language of each request, the language switcher and the static assets; and checks every
 * redirect the app sends, so no route can ever point a browser off the public origin.
 */
export async function registerWeb(
  app: FastifyInstance,
  config: Pick<Config, 'publicHttps' | 'publicUrl'>,
): Promise<void> {
  const { publicUrl } = config;
  app.decorate('vigilPublicHttps', config.publicHttps);
  await app.register(cookie);
  app.decorateRequest('i18n', null as never);
  app.addHook('onRequest', async (request) => {
    request.i18n = i18nFor(negotiateLocale(request.cookies[LOCALE_COOKIE], request.headers['accept-language']));
  });

  await app.register(fastifyStatic, { root: ASSETS_DIR, prefix: '/assets/', maxAge: '1h', index: false, list: false });
  await app.register(fastifyStatic, {
    root: FONTS_DIR,
    prefix: '/assets/fonts/',
    maxAge: '30d',
    immutable: true,
    decorateReply: false,
    index: false,
    list: false,
  });

  // Page schemas are zod schemas, also where this plugin serves an app that has not set the zod compiler itself.
  app.setValidatorCompiler(validatorCompiler);
  const lang = {
    hide: true,
    params: z.object({ locale: z.string() }),
    querystring: z.object({ back: z.string().optional().catch(undefined) }),
  };
  app.withTypeProvider<ZodTypeProvider>().get('/lang/:locale', { schema: lang }, async (request, reply) => {
    const { locale } = request.params;
    if (isLocale(locale)) {
      void reply.setCookie(LOCALE_COOKIE, locale, {
        path: '/',
        maxAge: 365 * 24 * 3600,
        sameSite: 'lax',
        httpOnly: true,
        secure: cookieSecure(request),
      });
    }
    return reply.redirect(sameOriginPath(request.query.back, publicUrl), 303);
  });

  const origin = new URL(publicUrl).origin;
  // The last line of defence: a redirect whose target is not a same-origin path goes to the home page instead.
  app.addHook('onSend', async (_request, reply, payload) => {
    const location = reply.getHeader('location');
    if (reply.statusCode >= 300 && reply.statusCode < 400 && location !== undefined) {
      if (resolveOnOrigin(String(location), origin) === null) reply.header('location', '/');
    }
    return payload;
  });
}
