// `vigil intake FILE`: reads a document, stores its original as a source, and prints the proposed records.
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { INTAKE_LANGUAGES, type IntakeLanguage, type Proposals } from '../intake/types.ts';
import { CliError, withContext } from './lazy.ts';

/** Adds `intake` to the program. */
export function registerIntakeCommand(program: Command, say: (line: string) => void): void {
  program
    .command('intake')
    .description(
      'Read a document (.txt, .html or .pdf; English, Russian or French), store it unchanged as a source, and print the records it proposes for review',
    )
    .argument('<file>', 'the document')
    .option('--json', 'print the proposals as JSON')
    .option(
      '--date <date>',
      'the date the document was written (YYYY, YYYY-MM or YYYY-MM-DD), for dates in it without a year',
    )
    .option('--language <lang>', `the document's language (${INTAKE_LANGUAGES.join(', ')}); detected when not given`)
    .option('--title <title>', 'title of the source (default: the first line)')
    .action(async (file: string, opts: { json?: boolean; date?: string; language?: string; title?: string }) => {
      if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new CliError(`intake: ${file} does not exist`);
      if (opts.language && !(INTAKE_LANGUAGES as readonly string[]).includes(opts.language))
        throw new CliError(`intake: --language must be one of ${INTAKE_LANGUAGES.join(', ')}`);
      // The document reader (PDF text, language detection, gazetteers) is the heaviest part of the CLI: loaded only here.
      const { readDocument } = await import('../commands/intake/read-document.ts');
      await withContext(async (ctx) => {
        const bytes = fs.readFileSync(file);
        const r = await readDocument(
          ctx,
          { bytes, fileName: path.basename(file) },
          {
            documentDate: opts.date,
            language: opts.language as IntakeLanguage | undefined,
            title: opts.title,
          },
        );
        if (opts.json) {
          process.stdout.write(
            `${JSON.stringify({ intakeId: r.intakeId, sourceId: r.source.id, sha256: r.source.file?.sha256 ?? null, ...r.proposals }, null, 2)}\n`,
          );
          return;
        }
        for (const line of summary(r.proposals)) say(line);
        say(`source ${r.source.id} (sha256 ${r.source.file?.sha256 ?? '-'}); review at /intake/${r.intakeId}`);
      });
    });
}

function summary(p: Proposals): string[] {
  const tag = (m?: { status: string; record?: { slug: string } }) =>
    m?.status === 'existing' ? ` [existing: ${m.record?.slug}]` : ' [new]';
  return [
    `language: ${p.language}${p.documentDate ? `, dated ${p.documentDate}` : ''}`,
    ...p.persons.map((x) => `person: ${x.name}${x.roles.length ? ` — ${x.roles.join('; ')}` : ''}${tag(x.match)}`),
    ...p.organisations.map((x) => `organisation: ${x.name} (${x.kind})${tag(x.match)}`),
    ...p.events.map(
      (x) => `event: ${x.title}${x.date ? `, ${x.date}${x.endDate ? `/${x.endDate}` : ''}` : ''}${tag(x.match)}`,
    ),
    ...p.acts.map(
      (x) =>
        `act: ${x.kind} — ${x.person ?? x.victimText ?? '?'}${x.date ? `, ${x.date}` : ''}${x.sentenceMonths !== null ? `, ${x.sentenceMonths} months` : ''}`,
    ),
    ...p.addressees.map((x) => `addressee: ${x.name}${x.title ? `, ${x.title}` : ''}`),
    ...(p.occasion
      ? [
          `occasion: ${p.occasion.title}${p.occasion.start ? `, ${p.occasion.start}${p.occasion.end ? `/${p.occasion.end}` : ''}` : ''}`,
        ]
      : []),
    ...p.signatories.map(
      (x) => `signatory: ${x.name}${x.title ? `, ${x.title}` : ''}${x.organisation ? ` (${x.organisation})` : ''}`,
    ),
  ];
}
