// An editor confirms a proposed anniversary: it becomes an event of its own that commemorates the original.
import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import type { Event } from '../../domain/event.ts';
import { IdSchema, PartialDateSchema } from '../../domain/common.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { AppError } from '../../errors.ts';
import { getRecord } from '../../queries/records/get-record.ts';
import { isRoundAnniversary } from '../../queries/occasions/anniversaries.ts';
import { createRecord } from '../records/create-record.ts';
import { eventDef } from '../../records/registry.ts';

export const ConfirmAnniversarySchema = z.object({ eventId: IdSchema, date: PartialDateSchema });

/** Creates the anniversary event for `date` (same month and day as the original, a round number of years later). */
export async function confirmAnniversary(ctx: Ctx, input: unknown): Promise<Event> {
  const { eventId, date } = parseOrThrow(ConfirmAnniversarySchema, input);
  const original = await getRecord(ctx, eventDef, eventId);
  if (
    !original.startDate ||
    original.startDate.length !== 10 ||
    date.length !== 10 ||
    date.slice(5) !== original.startDate.slice(5)
  ) {
    throw new AppError('validation_failed', 'date: must fall on the day and month of the original event', {
      field: 'date',
    });
  }
  const years = Number(date.slice(0, 4)) - Number(original.startDate.slice(0, 4));
  if (!isRoundAnniversary(years))
    throw new AppError('validation_failed', 'date: not a round anniversary (1, 5, 10, 15 … years)', { field: 'date' });
  const countries = [...new Set([...(original.place.country ? [original.place.country] : []), ...original.countries])];
  return createRecord(ctx, eventDef, {
    title: `${years} ${years === 1 ? 'year' : 'years'} since: ${original.title}`.slice(0, 500),
    kind: 'anniversary',
    startDate: date,
    countries,
    relations: [{ eventId: original.id, kind: 'commemorates' }],
    place: { country: original.place.country, locality: original.place.locality },
    timeZone: original.timeZone,
    confidentiality: original.confidentiality,
  });
}
