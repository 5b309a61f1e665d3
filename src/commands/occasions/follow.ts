// Signed-in users follow countries or cases; reminders of coming occasions go to them.
import { ulid } from 'ulid';
import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { CountrySchema, IdSchema } from '../../domain/common.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { isUniqueViolation, writeTransaction } from '../../db/database.ts';
import { occasionRepo, type Follow } from '../../db/repos/occasion.repo.ts';
import { recordExists } from '../../db/repos/shared.ts';
import { setUserLang } from '../../db/repos/user.repo.ts';
import type { Locale } from '../../i18n/locales.ts';
import { AppError } from '../../errors.ts';
import { readableLevels } from '../../policies/authorize.ts';

/** What a user follows and how many days before an occasion they want to hear of it. */
export const FollowInputSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('country'),
    value: CountrySchema,
    daysBefore: z.number().int().min(0).max(90).default(7),
  }),
  z.object({ kind: z.literal('case'), value: IdSchema, daysBefore: z.number().int().min(0).max(90).default(7) }),
]);

function userOf(ctx: Ctx): string {
  if (ctx.actor.kind !== 'user') throw new AppError('unauthorized', 'Sign in to follow countries or cases');
  return ctx.actor.id;
}

/** Adds a follow for the signed-in user; the language of the page or request it came from becomes their reminders' language. */
export async function followSomething(ctx: Ctx, input: unknown, lang?: Locale): Promise<Follow> {
  const userId = userOf(ctx);
  const parsed = parseOrThrow(FollowInputSchema, input);
  return writeTransaction(ctx.db, async (trx) => {
    if (parsed.kind === 'case' && !(await recordExists(trx, 'cases', parsed.value, readableLevels(ctx.actor)))) {
      throw new AppError('validation_failed', `value: no case with id "${parsed.value}"`, { field: 'value' });
    }
    const follow: Follow = {
      id: ulid(),
      userId,
      kind: parsed.kind,
      value: parsed.value,
      daysBefore: parsed.daysBefore,
      createdAt: ctx.now().toISOString(),
    };
    try {
      await occasionRepo.addFollow(trx, follow);
    } catch (err) {
      if (isUniqueViolation(err))
        throw new AppError('conflict', `You already follow this ${parsed.kind}`, { field: 'value' });
      throw err;
    }
    if (lang) await setUserLang(trx, userId, lang);
    return follow;
  });
}

/** Removes one of the signed-in user's follows. */
export async function unfollow(ctx: Ctx, id: string): Promise<void> {
  const userId = userOf(ctx);
  const removed = await writeTransaction(ctx.db, (trx) => occasionRepo.removeFollow(trx, userId, id));
  if (!removed) throw new AppError('not_found', `No follow with id "${id}"`);
}
