// The site's pages as standalone documents for other outputs: the one door through which the CLI reaches the web layer
// (scripts/layers.js), so that `vigil briefing --format html` writes exactly what the briefing page shows.
import { ANONYMOUS } from '../context.ts';
import type { Briefing } from '../domain/briefing.ts';
import type { I18n } from '../i18n/i18n.ts';
import { BriefingPage } from './views/briefings/briefing-page.tsx';
import { renderDocument } from './views/render.ts';

/** A country briefing as the public briefing page shows it, as a whole HTML document. */
export function briefingDocument(b: Briefing, i: I18n): string {
  return renderDocument(
    BriefingPage({
      i,
      path: `/briefings/${b.country}`,
      actor: ANONYMOUS,
      briefing: b,
      frozen: null,
      canFreeze: false,
      csrf: null,
    }),
  );
}
