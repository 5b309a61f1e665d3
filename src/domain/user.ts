import { z } from 'zod';
import { nameText } from './common.ts';
import { USER_ROLES, type UserRole } from './vocabulary.ts';

/** Input for adding a user from the CLI or, later, an invitation. */
export const UserInputSchema = z.object({
  email: z
    .email('expected an email address')
    .max(320)
    .transform((e) => e.trim().toLowerCase()),
  role: z.enum(USER_ROLES),
  displayName: nameText(200).optional(),
});
export type UserInput = z.input<typeof UserInputSchema>;

/** A stored account (no secrets). */
export interface User {
  id: string;
  email: string;
  displayName: string | null;
  role: UserRole;
  status: 'active' | 'disabled';
  createdAt: string;
  updatedAt: string;
}

/** An API token as listed (the secret itself is shown once, at creation). */
export interface ApiToken {
  id: string;
  userId: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
}

/** Prefix that makes Vigil tokens recognisable (and findable by secret scanners). */
export const TOKEN_PREFIX = 'vgl_';
