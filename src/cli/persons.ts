// `vigil persons …` (duplicate candidates, merge, undo a merge) and `vigil search …` (query, rebuild the index).
// They run as the system actor, like every CLI command; a merge needs a reason, which is kept with it.
import { Command } from 'commander';
import { DEFAULT_MIN_SCORE } from '../queries/duplicates/defaults.ts';
import { CliError, withContext } from './lazy.ts';

const number = (flag: string, min: number, max: number) => (v: string) => {
  const n = Number(v);
  if (!Number.isFinite(n) || n < min || n > max) throw new CliError(`${flag}: expected a number from ${min} to ${max}`);
  return n;
};

/** Adds the `persons` and `search` command groups to the program. */
export function registerPersonCommands(program: Command, say: (line: string) => void): void {
  const persons = program.command('persons').description('Find and merge duplicate persons');

  persons
    .command('duplicates')
    .description('List candidate pairs of the same person with a score and the reasons; nothing is merged')
    .option(
      '--min-score <score>',
      `lowest score to list (0–1, default ${DEFAULT_MIN_SCORE})`,
      number('--min-score', 0, 1),
    )
    .option('--limit <n>', 'at most this many pairs', number('--limit', 1, 1_000_000))
    .option('--person <id>', 'only pairs involving this person')
    .option('--json', 'one JSON object per line')
    .action(async (opts: { minScore?: number; limit?: number; person?: string; json?: boolean }) => {
      const { findDuplicates } = await import('../queries/duplicates/find-duplicates.ts');
      await withContext(async (ctx) => {
        const pairs = await findDuplicates(ctx, { minScore: opts.minScore, limit: opts.limit, personId: opts.person });
        for (const p of pairs) {
          if (opts.json) say(JSON.stringify(p));
          else
            say(
              `${p.score.toFixed(3)}  ${p.a.name} (${p.a.id})  ~  ${p.b.name} (${p.b.id})  — ${p.reasons.join('; ')}`,
            );
        }
        if (!opts.json)
          say(
            `${pairs.length} candidate pair${pairs.length === 1 ? '' : 's'}; merge one with: vigil persons merge <keep-id> <merge-id> --reason "…"`,
          );
      });
    });

  persons
    .command('merge <survivorId> <mergedId>')
    .description(
      'Merge the second person into the first: every name kept; cases, memberships and citations moved; the old id keeps resolving',
    )
    .requiredOption('--reason <text>', 'why they are the same person (kept with the merge)')
    .action(async (survivorId: string, mergedId: string, opts: { reason: string }) => {
      const { mergePersons } = await import('../commands/persons/merge-persons.ts');
      await withContext(async (ctx) => {
        const m = await mergePersons(ctx, { survivorId, mergedId, reason: opts.reason });
        say(`merged ${m.merged_id} into ${m.survivor_id} (merge ${m.id}; undo with: vigil persons unmerge ${m.id})`);
      });
    });

  persons
    .command('unmerge <mergeId>')
    .description('Undo a merge: the merged person comes back with its names and the records that were moved')
    .action(async (mergeId: string) => {
      const { undoMerge } = await import('../commands/persons/undo-merge.ts');
      await withContext(async (ctx) => {
        const m = await undoMerge(ctx, { mergeId });
        say(`merge ${m.id} undone: ${m.merged_id} is a person of its own again`);
      });
    });

  const searchCmd = program.command('search').description('Search the register, or rebuild the search index');
  searchCmd
    .command('query <text...>')
    .description('Search everything (as the system sees it) and print the best results')
    .option('--limit <n>', 'how many results', number('--limit', 1, 100))
    .action(async (words: string[], opts: { limit?: number }) => {
      const { search, SearchInputSchema } = await import('../queries/search/search.ts');
      await withContext(async (ctx) => {
        const r = await search(ctx, SearchInputSchema.parse({ q: words.join(' '), limit: opts.limit ?? 20 }));
        for (const h of r.hits) say(`${h.type.padEnd(12)} ${h.title.text}  (${h.slug})`);
        say(`${r.total}${r.capped ? '+' : ''} found`);
      });
    });
  searchCmd
    .command('reindex')
    .description('Rebuild the whole search index from the register')
    .action(async () => {
      const [{ writeTransaction }, { rebuildIndex }] = await Promise.all([
        import('../db/database.ts'),
        import('../commands/search/index-record.ts'),
      ]);
      await withContext(async (ctx) => {
        const n = await writeTransaction(ctx.db, (trx) => rebuildIndex(trx));
        say(`search index rebuilt: ${n} documents`);
      });
    });
}
