// Accepts a reviewer's decisions on a document's proposals: every accepted record is created (or an existing one used),
// acts become cases of their subjects, signatures become memberships (or, for a group signing as such, its co-signature), and each cites the document and its span —
// all in one transaction, or nothing.
import type { Ctx } from '../../context.ts';
import { writeTransaction, type Trx } from '../../db/database.ts';
import { findIntake, setIntakeOutcome } from '../../db/repos/intake.repo.ts';
import type { RecordBase } from '../../domain/common.ts';
import type { Person } from '../../domain/person.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { AppError, notFound } from '../../errors.ts';
import type { OutcomeItem, Proposals, Span } from '../../intake/types.ts';
import { readableLevels } from '../../policies/authorize.ts';
import { insertRecord } from '../records/create-record.ts';
import {
  caseDef,
  citationDef,
  eventDef,
  membershipDef,
  organisationDef,
  personDef,
  sourceDef,
  type RecordDef,
} from '../../records/registry.ts';
import { SourceInputSchema, type Source, type SourceCount } from '../../domain/source.ts';
import { auditWrite, checkRecord } from '../records/write-support.ts';
import { DecisionsSchema, type Decisions, type DecisionsInput } from './decisions.ts';
import { authorizeIntake } from '../../policies/intake.policy.ts';

interface Run {
  ctx: Ctx;
  trx: Trx;
  sourceId: string;
  decisions: Decisions;
  outcome: OutcomeItem[];
  ids: Map<string, { type: 'person' | 'organisation'; id: string; name: string }>;
}

/** Applies the decisions; returns what was created or reused. A document is reviewed once. */
export async function acceptProposals(ctx: Ctx, intakeId: string, input: DecisionsInput): Promise<OutcomeItem[]> {
  authorizeIntake(ctx.actor);
  const decisions = parseOrThrow(DecisionsSchema, input);
  return writeTransaction(ctx.db, async (trx) => {
    const row = await findIntake(trx, intakeId, readableLevels(ctx.actor));
    if (!row) throw notFound('intake document', intakeId);
    if (row.status !== 'open') throw new AppError('conflict', 'This document has already been reviewed');
    const proposals = JSON.parse(row.proposals) as Proposals;
    const run: Run = { ctx, trx, sourceId: row.source_id, decisions, outcome: [], ids: new Map() };
    await acceptNamed(run, proposals);
    await acceptEvents(run, proposals);
    await acceptActs(run, proposals);
    await acceptSignatories(run, proposals);
    await acceptCounts(run, proposals);
    const status = run.outcome.length > 0 ? 'accepted' : 'closed';
    await setIntakeOutcome(trx, row.id, status, JSON.stringify(run.outcome), ctx.now().toISOString());
    await auditWrite(
      ctx,
      trx,
      'intake.accept',
      'intake',
      row.id,
      { status: row.status },
      { status, outcome: run.outcome },
    );
    return run.outcome;
  });
}

/** Uses an existing record (checked visible) or creates one; either way the span(s) are cited. */
async function createOrUse<T extends RecordBase, F>(
  run: Run,
  def: RecordDef<T, F>,
  ref: string,
  matchId: string | null | undefined,
  input: unknown,
  spans: readonly Span[],
): Promise<string> {
  let id: string;
  if (matchId) {
    const found = await def.repo.find(run.trx, matchId, readableLevels(run.ctx.actor), null);
    if (!found)
      throw new AppError('validation_failed', `${ref}: no ${def.type} with id "${matchId}"`, {
        field: `${ref}.matchId`,
      });
    id = found.id;
  } else {
    id = (await withRef(ref, () => insertRecord(run.ctx, run.trx, def, input))).id;
  }
  run.outcome.push({ ref, type: def.type as OutcomeItem['type'], id, created: !matchId });
  await cite(run, def.type, id, spans.slice(0, 3));
  return id;
}

/** Cites the source for a record (or one field of it), at the span's characters with its text as the quote. */
async function cite(run: Run, type: string, id: string, spans: readonly Span[], field?: string): Promise<void> {
  for (const s of spans) {
    await insertRecord(run.ctx, run.trx, citationDef, {
      sourceId: run.sourceId,
      record: { type, id },
      field: field ?? null,
      locator: `characters ${s.start}–${s.end}`,
      quote: s.text.slice(0, 5000),
      certainty: 'alleged',
      confidentiality: run.decisions.confidentiality,
    });
  }
}

/** Names the proposal in a validation error, so the reviewer sees which one to correct. */
async function withRef<T>(ref: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof AppError && err.code === 'validation_failed')
      throw new AppError('validation_failed', `${ref}: ${err.message}`, {
        ...err.details,
        field: `${ref}.${String(err.details?.field ?? '')}`,
      });
    throw err;
  }
}

async function acceptNamed(run: Run, p: Proposals): Promise<void> {
  const level = run.decisions.confidentiality;
  for (const person of p.persons) {
    const d = run.decisions.persons[person.ref];
    if (!d?.accept) continue;
    const input = { names: [{ full: d.name, lang: p.language }], roles: d.roleKinds, confidentiality: level };
    const id = await createOrUse(run, personDef, person.ref, d.matchId, input, person.spans);
    if (d.matchId) await addRoles(run, id, d.roleKinds);
    run.ids.set(person.ref, { type: 'person', id, name: d.name });
  }
  for (const org of p.organisations) {
    const d = run.decisions.organisations[org.ref];
    if (!d?.accept) continue;
    const input = {
      names: [{ full: d.name, lang: p.language }],
      kind: d.kind,
      country: d.country ?? null,
      confidentiality: level,
    };
    run.ids.set(org.ref, {
      type: 'organisation',
      id: await createOrUse(run, organisationDef, org.ref, d.matchId, input, org.spans),
      name: d.name,
    });
  }
}

/** An existing person gains the roles the reviewer accepted that it lacks, audited like any update, in the same transaction. */
async function addRoles(run: Run, id: string, roles: readonly Person['roles'][number][]): Promise<void> {
  const current = await personDef.repo.find(run.trx, id, readableLevels(run.ctx.actor), run.ctx.keyring);
  if (!current || roles.every((r) => current.roles.includes(r))) return;
  const updated: Person = {
    ...current,
    roles: [...new Set([...current.roles, ...roles])],
    updatedAt: run.ctx.now().toISOString(),
  };
  await checkRecord(run.ctx, run.trx, personDef, updated);
  await personDef.repo.update(run.trx, updated, run.ctx.keyring);
  await auditWrite(run.ctx, run.trx, 'person.update', 'person', id, current, updated);
}

async function acceptEvents(run: Run, p: Proposals): Promise<void> {
  for (const event of p.events) {
    const d = run.decisions.events[event.ref];
    if (!d?.accept) continue;
    const input = {
      title: d.title,
      kind: d.kind,
      startDate: d.date ?? null,
      endDate: d.endDate ?? null,
      startApprox: event.yearInferred,
      place: { country: d.country ?? null, locality: event.locality },
      confidentiality: run.decisions.confidentiality,
    };
    await createOrUse(run, eventDef, event.ref, d.matchId, input, event.spans);
  }
}

/** Accepted acts become one new case per subject, with the sentence when one was proposed. */
async function acceptActs(run: Run, p: Proposals): Promise<void> {
  const bySubject = new Map<
    string,
    {
      kind: string;
      date: string | null;
      months: number | null;
      sentenceKind: string | null;
      country: string | null;
      spans: Span[];
      lengthSpan: Span | null;
      ref: string;
    }[]
  >();
  for (const act of p.acts) {
    const d = run.decisions.acts[act.ref];
    if (!d?.accept) continue;
    const subject = d.subjectRef ?? act.personRef;
    if (!subject || !run.ids.has(subject)) {
      throw new AppError(
        'validation_failed',
        `${act.ref}: accept the person or organisation the act was done to, and choose it as its subject`,
        { field: `${act.ref}.subjectRef` },
      );
    }
    const list = bySubject.get(subject) ?? [];
    list.push({
      kind: d.kind,
      date: d.date ?? null,
      months: d.sentenceMonths ?? null,
      sentenceKind: d.sentenceKind ?? null,
      country: d.country ?? act.country,
      spans: act.spans,
      lengthSpan: act.lengthSpan,
      ref: act.ref,
    });
    bySubject.set(subject, list);
  }
  for (const [subjectRef, acts] of bySubject) {
    const subject = run.ids.get(subjectRef)!;
    const country = acts.find((a) => a.country)?.country;
    if (!country)
      throw new AppError('validation_failed', `${acts[0]!.ref}: a case needs the country responsible`, {
        field: `${acts[0]!.ref}.country`,
      });
    const sentence = acts.find((a) => a.kind === 'sentence' && a.months !== null);
    const kinds = [...new Set(acts.map((a) => a.kind.replace(/_/g, ' ')))].join(', ');
    const input = {
      title: `${subject.name}: ${kinds}`.slice(0, 500),
      subject: { type: subject.type, id: subject.id },
      country,
      // What the person's situation is now the document does not say; the reviewer sets it on the case.
      status: 'unknown',
      sentence: sentence ? { kind: sentence.sentenceKind ?? 'prison', months: sentence.months } : null,
      acts: acts.map((a) => ({ kind: a.kind, date: a.date, certainty: 'alleged', place: { country: a.country } })),
      confidentiality: run.decisions.confidentiality,
    };
    const created = await withRef(acts[0]!.ref, () => insertRecord(run.ctx, run.trx, caseDef, input));
    run.outcome.push({ ref: acts.map((a) => a.ref).join(','), type: 'case', id: created.id, created: true });
    await cite(
      run,
      'case',
      created.id,
      acts.flatMap((a) => a.spans.slice(0, 1)),
    );
    if (sentence?.lengthSpan) await cite(run, 'case', created.id, [sentence.lengthSpan], 'sentence.months');
  }
}

/** Each accepted signature gives a membership of its person in each organisation it names, with the title's role. */
async function acceptSignatories(run: Run, p: Proposals): Promise<void> {
  for (const [i, sig] of p.signatories.entries()) {
    if (!run.decisions.signatories[`signatory-${i + 1}`]?.accept) continue;
    if (sig.kind === 'organisation') {
      await acceptGroupSignatory(run, sig, i);
      continue;
    }
    const person = sig.personRef ? run.ids.get(sig.personRef) : undefined;
    if (!person)
      throw new AppError('validation_failed', `signatory ${i + 1}: accept ${sig.name} as a person first`, {
        field: `signatories.${i}`,
      });
    for (const aff of sig.affiliations) {
      const org = aff.organisationRef ? run.ids.get(aff.organisationRef) : undefined;
      if (!org || org.type !== 'organisation') continue;
      const input = {
        personId: person.id,
        organisationId: org.id,
        role: aff.role ?? 'Signatory',
        confidentiality: run.decisions.confidentiality,
      };
      const created = await withRef(`signatory-${i + 1}`, () => insertRecord(run.ctx, run.trx, membershipDef, input));
      run.outcome.push({ ref: `signatory-${i + 1}`, type: 'membership', id: created.id, created: true });
      await cite(run, 'membership', created.id, sig.spans.slice(0, 1));
    }
  }
}

/** A group signing as such: its organisation must be accepted too; it is cited at the signature and the outcome records the
 * signature (ref signatory-N), which makes the group a co-signatory of an appeal started from the letter. */
async function acceptGroupSignatory(run: Run, sig: Proposals['signatories'][number], i: number): Promise<void> {
  const org = sig.organisationRef ? run.ids.get(sig.organisationRef) : undefined;
  if (!org || org.type !== 'organisation') {
    throw new AppError('validation_failed', `signatory ${i + 1}: accept ${sig.name} as an organisation first`, {
      field: `signatories.${i}`,
    });
  }
  run.outcome.push({ ref: `signatory-${i + 1}`, type: 'organisation', id: org.id, created: false });
  await cite(run, 'organisation', org.id, sig.spans.slice(0, 1));
}

/** The counts the reviewer kept join the source's own counts (one already there is not added twice), audited as a source update. */
async function acceptCounts(run: Run, p: Proposals): Promise<void> {
  const kept: SourceCount[] = parseOrThrow(
    SourceInputSchema.shape.counts,
    (p.counts ?? []).flatMap((c, i) =>
      run.decisions.counts[`count-${i + 1}`]?.accept
        ? [
            {
              number: c.number,
              approximate: c.approximate,
              what: c.what.slice(0, 200),
              passage: c.spans[0]?.text.slice(0, 2000) ?? null,
            },
          ]
        : [],
    ),
  );
  if (kept.length === 0) return;
  const current = await sourceDef.repo.find(run.trx, run.sourceId, readableLevels(run.ctx.actor), run.ctx.keyring);
  if (!current) throw notFound('source', run.sourceId);
  const same = (a: SourceCount, b: SourceCount) =>
    a.number === b.number && a.approximate === b.approximate && a.what === b.what && a.passage === b.passage;
  const added = kept.filter(
    (c, i) => !current.counts.some((x) => same(x, c)) && kept.findIndex((x) => same(x, c)) === i,
  );
  if (added.length === 0) return;
  const updated: Source = { ...current, counts: [...current.counts, ...added], updatedAt: run.ctx.now().toISOString() };
  await checkRecord(run.ctx, run.trx, sourceDef, updated);
  await sourceDef.repo.update(run.trx, updated, run.ctx.keyring);
  await auditWrite(run.ctx, run.trx, 'source.update', 'source', current.id, current, updated);
}
