// Reads of an appeal's signatures for coordinators: the summary that helps spot a flood, and the delivery CSV. Neither
// ever holds an email address; the CSV shows a signer's name only when they agreed to have it shown.
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import type { Ctx } from '../../context.ts';
import { confirmedSignaturesPage, countByStatus, topValues } from '../../db/repos/signature.repo.ts';
import { managedAppeal } from './managed-appeal.ts';

/** The state of an appeal's sign-on. */
export interface SignatureSummary {
  appealId: string;
  slug: string;
  signingPaused: boolean;
  countingPaused: boolean;
  publicCount: number;
  countRefreshedAt: string | null;
  byStatus: { pending: number; confirmed: number; invalidated: number };
  topDomains: { value: string; n: number }[];
  topNetworks: { value: string; n: number }[];
}

/** Counts by status, the switches, and the most frequent email domains and network hints. */
export async function signatureSummary(ctx: Ctx, ref: string): Promise<SignatureSummary> {
  const appeal = await managedAppeal(ctx, ref);
  const counts = await countByStatus(ctx.db, appeal.id);
  return {
    appealId: appeal.id,
    slug: appeal.slug,
    signingPaused: appeal.signingPaused,
    countingPaused: appeal.countingPaused,
    publicCount: appeal.signatureCount,
    countRefreshedAt: appeal.countRefreshedAt,
    byStatus: { pending: counts.pending ?? 0, confirmed: counts.confirmed ?? 0, invalidated: counts.invalidated ?? 0 },
    topDomains: await topValues(ctx.db, appeal.id, 'email_domain', 20),
    topNetworks: await topValues(ctx.db, appeal.id, 'network_hint', 20),
  };
}

const COLUMNS = ['number', 'name', 'country', 'comment', 'confirmed_on'];

function write(out: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    out.write(text, (err) => (err ? reject(err) : resolve()));
  });
}

/**
 * Writes the confirmed signatures of an appeal as CSV, in confirmation order, a page at a time. Cells a spreadsheet would
 * run as a formula (= + - @ tab CR) are prefixed with a quote. Returns the number of rows.
 */
export async function writeSignaturesCsv(
  ctx: Ctx,
  ref: string,
  out: Writable,
): Promise<{ slug: string; rows: number }> {
  const appeal = await managedAppeal(ctx, ref);
  await write(out, stringify([], { header: true, columns: COLUMNS }));
  let after: { confirmedAt: string; id: string } | undefined;
  let n = 0;
  for (;;) {
    const page = await confirmedSignaturesPage(ctx.db, appeal.id, after, 1000);
    if (page.length === 0) break;
    const rows = page.map((s) => {
      n += 1;
      return {
        number: n,
        name: s.showName ? (s.name ?? '') : '',
        country: s.country ?? '',
        comment: s.comment ?? '',
        confirmed_on: s.confirmedAt.slice(0, 10),
      };
    });
    await write(out, stringify(rows, { columns: COLUMNS, escape_formulas: true }));
    const last = page[page.length - 1]!;
    after = { confirmedAt: last.confirmedAt, id: last.id };
  }
  return { slug: appeal.slug, rows: n };
}
