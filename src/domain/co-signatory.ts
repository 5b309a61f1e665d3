// Co-signatories: organisations and people who endorse an appeal, named as they confirmed it (invited → confirmed → withdrawn).
import { z } from 'zod';
import { IdSchema, nameText, shortText } from './common.ts';

export const CO_SIGNATORY_KINDS = ['organisation', 'person'] as const;
export const CO_SIGNATORY_STATUSES = ['invited', 'confirmed', 'withdrawn'] as const;
export type CoSignatoryStatus = (typeof CO_SIGNATORY_STATUSES)[number];

/** How long an invitation link stays usable when the appeal has no earlier deadline. */
export const CO_SIGN_LINK_TTL_MS = 30 * 24 * 3600 * 1000;

const Email = z
  .email('expected an email address')
  .max(320)
  .transform((e) => e.trim());

/** What a coordinator sends to invite a co-signatory; name, title and organisation are a proposal the invitee may correct. */
export const CoSignatoryInviteSchema = z.object({
  kind: z.enum(CO_SIGNATORY_KINDS),
  email: Email,
  name: nameText(300),
  title: shortText(300).nullish(),
  organisation: shortText(300).nullish(),
  organisationId: IdSchema.nullish().describe('The organisation in the register, when it is there'),
  lang: z.enum(['en', 'ru', 'fr', 'kk']).default('en').describe('Language of the invitation email'),
});

/** A co-signature received another way (a signed letter, a call) that a coordinator records as confirmed. */
export const CoSignatoryRecordSchema = CoSignatoryInviteSchema.omit({ email: true }).extend({ email: Email.nullish() });

/** What the invitee confirms: their name, title and organisation as they should appear under the letter. */
export const CoSignatoryAnswerSchema = z.object({
  name: nameText(300),
  title: shortText(300).nullish(),
  organisation: shortText(300).nullish(),
});

/** A co-signatory as stored (the email only for those who may see it). */
export interface CoSignatory {
  id: string;
  appealId: string;
  position: number;
  kind: (typeof CO_SIGNATORY_KINDS)[number];
  name: string;
  title: string | null;
  organisation: string | null;
  organisationId: string | null;
  status: CoSignatoryStatus;
  invitedAt: string;
  confirmedAt: string | null;
  withdrawnAt: string | null;
  createdBy: string;
  /** The language emails to them are written in. */
  lang: 'en' | 'ru' | 'fr' | 'kk';
  /** Whether a link is still open (an invitation, or a confirmation that can still be withdrawn). */
  linkOpen: boolean;
}

/** The line under a letter: "Name, Title, Organisation". */
export function signatureLine(c: Pick<CoSignatory, 'name' | 'title' | 'organisation'>): string {
  return [c.name, c.title, c.organisation].filter(Boolean).join(', ');
}
