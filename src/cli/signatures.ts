// `vigil signatures …` (bulk invalidation, anonymisation, switches, summary, delivery CSV, deny rules) and `vigil worker`.
// They act as the system actor through the same commands as the API, so every change is audited the same way.
import fs from 'node:fs';
import path from 'node:path';
import { Command, Option } from 'commander';
import { CliError, withContext } from './lazy.ts';

const denyRules = () => import('../commands/signatures/deny-rules.ts');
const reports = () => import('../queries/signatures/signature-reports.ts');

interface InvalidateOpts {
  appeal: string;
  domain?: string;
  network?: string;
  networkHint?: string;
  from?: string;
  to?: string;
  name?: string;
  status?: 'pending' | 'confirmed';
  reason?: string;
  dryRun?: boolean;
}

/** Adds the `signatures` command group and `worker` to the program. */
export function registerSignatureCommands(program: Command, say: (line: string) => void): void {
  program
    .command('worker')
    .description(
      'Run only the job worker (mail, signature counts, anonymisation): the same as `vigil serve --role worker`',
    )
    .action(async () => {
      const [{ serve }, { loadConfigFromProcess }] = await Promise.all([import('../main.ts'), import('../config.ts')]);
      await serve(loadConfigFromProcess(), { role: 'worker' });
      await new Promise(() => undefined); // until a signal stops it
    });

  const sig = program
    .command('signatures')
    .description('Public signatures of appeals: invalidation, anonymisation, switches, deny rules');

  sig
    .command('invalidate')
    .description(
      'Invalidate the signatures of an appeal matching every criterion given (count them first with --dry-run)',
    )
    .requiredOption('--appeal <id>', 'appeal id or slug')
    .option('--domain <domain>', 'email domain, e.g. mailinator.com')
    .option('--network <ip>', 'an IP address: signatures from its /24 (IPv4) or /48 (IPv6) network')
    .option('--network-hint <hint>', 'a network hint as listed by `vigil signatures summary`')
    .option('--from <time>', 'signed at or after (ISO 8601, e.g. 2026-11-27T10:00:00Z)')
    .option('--to <time>', 'signed before (ISO 8601)')
    .option('--name <pattern>', 'names matching the pattern (* for any text; case and accents ignored)')
    .addOption(
      new Option('--status <status>', 'only pending or only confirmed signatures').choices(['pending', 'confirmed']),
    )
    .option('--reason <text>', 'why (kept with each signature)')
    .option('--dry-run', 'only count what would be invalidated')
    .action(async (o: InvalidateOpts) => {
      const { invalidateSignaturesBy } = await import('../commands/signatures/invalidate-signatures.ts');
      await withContext(async (ctx) => {
        const criteria = {
          ...(o.domain ? { domain: o.domain } : {}),
          ...(o.network ? { network: o.network } : {}),
          ...(o.networkHint ? { networkHint: o.networkHint } : {}),
          ...(o.from ? { createdFrom: o.from } : {}),
          ...(o.to ? { createdTo: o.to } : {}),
          ...(o.name ? { namePattern: o.name } : {}),
          ...(o.status ? { status: o.status } : {}),
          ...(o.reason ? { reason: o.reason } : {}),
        };
        const r = await invalidateSignaturesBy(ctx, o.appeal, criteria, { dryRun: Boolean(o.dryRun) });
        say(
          r.dryRun
            ? `dry run: ${r.matched} signatures would be invalidated`
            : `${r.invalidated} signatures invalidated (${r.matched} matched)`,
        );
      });
    });

  sig
    .command('anonymise')
    .description(
      "Erase signers' personal data of appeals closed more than the retention period ago (VIGIL_SIGNER_RETENTION_DAYS)",
    )
    .option('--retention-days <n>', 'days after closing (default: VIGIL_SIGNER_RETENTION_DAYS)')
    .action(async (o: { retentionDays?: string }) => {
      const days = o.retentionDays === undefined ? undefined : Number(o.retentionDays);
      if (days !== undefined && (!Number.isInteger(days) || days < 0))
        throw new CliError('--retention-days: expected a whole number of days');
      const { anonymiseSigners } = await import('../commands/signatures/anonymise-signers.ts');
      await withContext(async (ctx) => {
        const r = await anonymiseSigners(ctx, days === undefined ? {} : { retentionDays: days });
        say(`${r.signatures} signatures anonymised in ${r.appeals} appeals`);
      });
    });

  sig
    .command('count')
    .description('Refresh the public signature counts now (the worker does it every few seconds)')
    .action(async () => {
      const { refreshSignatureCounts } = await import('../commands/signatures/refresh-counts.ts');
      await withContext(async (ctx) => say(`${await refreshSignatureCounts(ctx)} appeals recounted`));
    });

  sig
    .command('rekey')
    .description(
      "After `vigil keys rotate` (and before --drop-old): re-encrypt signers' addresses and their digests under the current key",
    )
    .action(async () => {
      const { rekeySignatures } = await import('../commands/signatures/rekey-signatures.ts');
      await withContext(async (ctx) => {
        const r = await rekeySignatures(ctx);
        say(
          `${r.rekeyed} signatures re-keyed${r.duplicates > 0 ? `; ${r.duplicates} later duplicates invalidated` : ''}`,
        );
      });
    });

  for (const [name, paused] of [
    ['pause', true],
    ['resume', false],
  ] as const) {
    sig
      .command(name)
      .description(`${paused ? 'Pause' : 'Resume'} signing and/or counting of an appeal`)
      .requiredOption('--appeal <id>', 'appeal id or slug')
      .option('--signing', paused ? 'refuse new signatures and confirmations' : 'accept signatures again')
      .option('--counting', paused ? 'freeze the public count' : 'update the public count again')
      .action(async (o: { appeal: string; signing?: boolean; counting?: boolean }) => {
        if (!o.signing && !o.counting) throw new CliError(`${name}: give --signing, --counting or both`);
        const { setSigningSwitches } = await import('../commands/signatures/set-switches.ts');
        await withContext(async (ctx) => {
          const s = await setSigningSwitches(ctx, o.appeal, {
            ...(o.signing ? { signingPaused: paused } : {}),
            ...(o.counting ? { countingPaused: paused } : {}),
          });
          say(`signing ${s.signingPaused ? 'paused' : 'open'}, counting ${s.countingPaused ? 'paused' : 'running'}`);
        });
      });
  }

  sig
    .command('summary')
    .description('Signatures by status, the most frequent email domains and network hints')
    .requiredOption('--appeal <id>', 'appeal id or slug')
    .action(async (o: { appeal: string }) => {
      const { signatureSummary } = await reports();
      await withContext(async (ctx) => {
        const s = await signatureSummary(ctx, o.appeal);
        say(
          `${s.slug}: ${s.byStatus.confirmed} confirmed, ${s.byStatus.pending} pending, ${s.byStatus.invalidated} invalidated; public count ${s.publicCount}`,
        );
        say(`signing ${s.signingPaused ? 'paused' : 'open'}, counting ${s.countingPaused ? 'paused' : 'running'}`);
        for (const d of s.topDomains) say(`domain  ${d.n}\t${d.value}`);
        for (const d of s.topNetworks) say(`network ${d.n}\t${d.value}`);
      });
    });

  sig
    .command('csv')
    .description('Write the confirmed signatures as CSV for delivery (names only of signers who agreed to show them)')
    .requiredOption('--appeal <id>', 'appeal id or slug')
    .option('--out <file>', 'write to a file instead of stdout')
    .action(async (o: { appeal: string; out?: string }) => {
      const { writeSignaturesCsv } = await reports();
      await withContext(async (ctx) => {
        const out = o.out ? fs.createWriteStream(path.resolve(o.out), { mode: 0o600 }) : process.stdout;
        const r = await writeSignaturesCsv(ctx, o.appeal, out);
        if (o.out) {
          await new Promise<void>((resolve, reject) =>
            (out as fs.WriteStream).end((err?: Error | null) => (err ? reject(err) : resolve())),
          );
          process.stderr.write(`${r.rows} signatures written to ${path.resolve(o.out)}\n`);
        }
      });
    });

  const deny = sig
    .command('deny')
    .description('Deny rules: signatures from these IP ranges or email domains are silently invalidated');
  deny
    .command('list')
    .description('List the deny rules')
    .action(async () => {
      const { listDenyRulesFor } = await denyRules();
      await withContext(async (ctx) => {
        const rules = await listDenyRulesFor(ctx);
        if (rules.length === 0) say('no deny rules');
        for (const r of rules) say(`${r.id}\t${r.kind}\t${r.value}${r.note ? `\t${r.note}` : ''}`);
      });
    });
  deny
    .command('add')
    .description('Add a deny rule for an IP range or an email domain')
    .option('--ip <cidr>', 'an IP address or CIDR range, e.g. 203.0.113.0/24')
    .option('--domain <domain>', 'an email domain (its subdomains too)')
    .option('--note <text>', 'why')
    .action(async (o: { ip?: string; domain?: string; note?: string }) => {
      if (Boolean(o.ip) === Boolean(o.domain)) throw new CliError('deny add: give exactly one of --ip or --domain');
      const { addDenyRule } = await denyRules();
      await withContext(async (ctx) => {
        const input = {
          kind: o.ip ? 'ip_range' : 'email_domain',
          value: o.ip ?? o.domain,
          ...(o.note ? { note: o.note } : {}),
        };
        const r = await addDenyRule(ctx, input);
        say(`deny rule ${r.id} added: ${r.kind} ${r.value}`);
      });
    });
  deny
    .command('remove')
    .description('Remove a deny rule')
    .argument('<id>', 'the rule id (from `deny list`)')
    .action(async (id: string) => {
      const { removeDenyRule } = await denyRules();
      await withContext(async (ctx) => {
        await removeDenyRule(ctx, id);
        say(`deny rule ${id} removed`);
      });
    });
}
