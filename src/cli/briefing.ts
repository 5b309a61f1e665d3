// `vigil briefing`: a country briefing as of a date, written as PDF, HTML or JSON. By default it holds public records
// only, ready to hand out; --internal adds the group's internal records (restricted fields are never in a briefing).
import fs from 'node:fs';
import type { Command } from 'commander';
import { CliError, withContext } from './lazy.ts';

type Briefing = Awaited<ReturnType<typeof import('../queries/briefings/country-briefing.ts').countryBriefing>>;
type I18n = ReturnType<typeof import('../i18n/i18n.ts').i18nFor>;

/** The briefing as a web page; the views are loaded only for this format. */
async function html(b: Briefing, i: I18n): Promise<string> {
  const { briefingDocument } = await import('../web/documents.ts');
  return briefingDocument(b, i);
}

/** The briefing as PDF; the PDF writer and its fonts are loaded only for this format. */
async function pdf(b: Briefing, i: I18n): Promise<Buffer> {
  const { renderBriefing } = await import('../pdf/briefing.ts');
  return renderBriefing(b, i, new Date(`${b.asOf}T00:00:00Z`));
}

/** Adds `briefing` to the program. */
export function registerBriefingCommand(program: Command, say: (line: string) => void): void {
  program
    .command('briefing')
    .description('Write a country briefing as of a date (public records only unless --internal)')
    .requiredOption('--country <code>', 'ISO 3166-1 alpha-2 country code, e.g. KZ')
    .option('--as-of <date>', 'the day the briefing describes (YYYY-MM-DD; default today)')
    .option('--since <date>', 'list developments after this day (default: a year before --as-of)')
    .option('--lang <lang>', 'language: en, ru or fr', 'en')
    .option('--format <format>', 'pdf, html or json', 'pdf')
    .option('--out <file>', 'where to write it (default: standard output)')
    .option('--internal', 'include internal records (for the group only; never restricted fields)')
    .action(
      async (opts: {
        country: string;
        asOf?: string;
        since?: string;
        lang: string;
        format: string;
        out?: string;
        internal?: boolean;
      }) => {
        if (!['pdf', 'html', 'json'].includes(opts.format))
          throw new CliError('briefing: --format must be pdf, html or json');
        const [{ ANONYMOUS }, { BriefingRequestSchema }, { parseOrThrow }, { i18nFor }, { countryBriefing }] =
          await Promise.all([
            import('../context.ts'),
            import('../commands/briefings/freeze-briefing.ts'),
            import('../domain/validation.ts'),
            import('../i18n/i18n.ts'),
            import('../queries/briefings/country-briefing.ts'),
          ]);
        await withContext(async (ctx) => {
          const req = parseOrThrow(BriefingRequestSchema, {
            country: opts.country,
            asOf: opts.asOf ?? new Date().toISOString().slice(0, 10),
            since: opts.since,
            lang: opts.lang,
          });
          // The CLI acts as the system, which sees everything: read as the public unless internal records are asked for.
          const reader = opts.internal ? ctx : { ...ctx, actor: ANONYMOUS };
          const b = await countryBriefing(reader, req);
          const i = i18nFor(req.lang);
          const body =
            opts.format === 'json'
              ? `${JSON.stringify(b, null, 2)}\n`
              : opts.format === 'html'
                ? await html(b, i)
                : await pdf(b, i);
          if (opts.out) {
            fs.writeFileSync(opts.out, body);
            say(
              `briefing on ${b.country} as of ${b.asOf}: ${b.totals.cases} cases (${b.totals.people} people) written to ${opts.out}`,
            );
          } else {
            process.stdout.write(body);
          }
        });
      },
    );
}
