// The frame of every page: language, skip link, navigation, language switcher, footer. No inline script or style.
import type { ComponentChildren } from 'preact';
import type { Actor } from '../../context.ts';
import type { I18n } from '../../i18n/i18n.ts';
import { LOCALES } from '../../i18n/locales.ts';

/** What every page passes to the frame. */
export interface PageProps {
  i: I18n;
  /** The current path and query, for the language switcher's way back. */
  path: string;
  actor: Actor;
}

const LANGUAGE_NAMES: Record<(typeof LOCALES)[number], string> = {
  en: 'English',
  ru: 'Русский',
  fr: 'Français',
  kk: 'Қазақша',
};

/** Wraps a page's content in the site frame. */
export function Layout(props: PageProps & { title: string; children: ComponentChildren; wide?: boolean }) {
  const { i, path, actor, title } = props;
  const nav: [string, Parameters<I18n['t']>[0]][] = [
    ['/', 'nav.home'],
    ['/cases', 'nav.cases'],
    ['/persons', 'nav.persons'],
    ['/organisations', 'nav.organisations'],
    ['/events', 'nav.events'],
    ['/appeals', 'nav.appeals'],
    ['/calendar', 'nav.calendar'],
    ['/briefings', 'nav.briefings'],
    ['/sources', 'nav.sources'],
    ['/search', 'nav.search'],
  ];
  const current = path.split('?')[0] ?? '/';
  return (
    <html lang={i.locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>{`${title} · ${i.t('site.name')}`}</title>
        <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="/assets/app.css" />
        <link rel="stylesheet" href="/assets/print.css" media="print" />
      </head>
      <body>
        <a class="skip" href="#main">
          {i.t('nav.skip')}
        </a>
        <header class="site-header">
          <div class="bar">
            <a class="brand" href="/">
              <span class="brand-name">{i.t('site.name')}</span>
              <span class="brand-tagline">{i.t('site.tagline')}</span>
            </a>
            <nav aria-label={i.t('nav.language')} class="languages">
              <ul>
                {LOCALES.map((l) => (
                  <li>
                    <a
                      href={`/lang/${l}?back=${encodeURIComponent(path)}`}
                      lang={l}
                      hreflang={l}
                      aria-current={l === i.locale ? 'true' : undefined}
                    >
                      {LANGUAGE_NAMES[l]}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
          <nav aria-label={i.t('nav.main')} class="main-nav">
            <ul>
              {nav.map(([href, key]) => (
                <li>
                  <a
                    href={href}
                    aria-current={(href === '/' ? current === '/' : current.startsWith(href)) ? 'page' : undefined}
                  >
                    {i.t(key)}
                  </a>
                </li>
              ))}
              <li class="session">
                {actor.kind === 'user' ? (
                  <a href="/edit">{i.t('nav.signedInAs', { role: actor.role })}</a>
                ) : (
                  <a href="/login">{i.t('nav.signIn')}</a>
                )}
              </li>
            </ul>
          </nav>
        </header>
        <main id="main" class={props.wide ? 'wide' : undefined}>
          {props.children}
        </main>
        <footer class="site-footer">
          <p>{i.t('footer.about')}</p>
        </footer>
      </body>
    </html>
  );
}
