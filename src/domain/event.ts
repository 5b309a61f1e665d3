import { z } from 'zod';
import { isPossibleInterval } from './partial-date.ts';
import {
  ConfidentialitySchema,
  RestrictedSchema,
  restrictedOf,
  CountrySchema,
  IdSchema,
  PartialDateSchema,
  SlugSchema,
  longText,
  orNull,
  shortText,
  type Base,
  type RecordBase,
} from './common.ts';
import {
  compactTranslations,
  localizedInput,
  plainLangOf,
  recordLangOf,
  RecordLangSchema,
  splitLocalized,
  translationsInput,
  type Translations,
} from './localized.ts';
import { EVENT_KINDS, EVENT_RELATION_KINDS, PARTICIPANT_ROLES } from './vocabulary.ts';

/** Where something happened. Coordinates are optional and never required for public display. */
export const PlaceSchema = z.object({
  country: CountrySchema.nullish(),
  locality: shortText(200).nullish(),
  lat: z.number().min(-90).max(90).nullish(),
  lon: z.number().min(-180).max(180).nullish(),
});
export type Place = { country: string | null; locality: string | null; lat: number | null; lon: number | null };

const RelationSchema = z.object({ eventId: IdSchema, kind: z.enum(EVENT_RELATION_KINDS) });

/** Whether a text names a time zone this runtime knows (IANA names such as Asia/Almaty). */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return tz.includes('/') || tz === 'UTC';
  } catch {
    return false;
  }
}

/** Someone taking part in an occasion: a person in the register, or a name when they are not in it. */
const ParticipantSchema = z
  .object({ personId: IdSchema.nullish(), name: shortText(300).nullish(), role: z.enum(PARTICIPANT_ROLES) })
  .refine((p) => Boolean(p.personId || p.name), { message: 'a participant needs personId or name' });
export type Participant = { personId: string | null; name: string | null; role: (typeof PARTICIPANT_ROLES)[number] };

/** What a client sends to create an event (a protest, a shooting, an election, a conference, a state visit …). */
export const EventInputSchema = z.object({
  slug: SlugSchema.optional(),
  lang: RecordLangSchema.optional().describe(
    'Language of the plain title and description (default: kept, else the first of a title map, else en)',
  ),
  title: localizedInput(shortText(500)).describe("A string in the event's language, or a map of language → title"),
  translations: translationsInput({ title: shortText(500), description: longText() }),
  kind: z.enum(EVENT_KINDS),
  startDate: PartialDateSchema.nullish(),
  startApprox: z.boolean().default(false),
  endDate: PartialDateSchema.nullish(),
  endApprox: z.boolean().default(false),
  place: PlaceSchema.default({}),
  description: localizedInput(longText())
    .nullish()
    .describe("A string in the event's language, or a map of language → description"),
  relations: z.array(RelationSchema).max(100).default([]),
  countries: z
    .array(CountrySchema)
    .max(50)
    .default([])
    .describe('Countries the event concerns (for occasions: whose cases it is a moment for)'),
  participants: z.array(ParticipantSchema).max(100).default([]),
  timeZone: z.string().max(64).refine(isTimeZone, 'expected an IANA time zone such as Asia/Almaty').nullish(),
  confidentiality: ConfidentialitySchema.default('public'),
  restricted: RestrictedSchema,
});
export type EventInput = z.input<typeof EventInputSchema>;

/** A stored event. */
export interface Event extends RecordBase {
  /** The language of the plain title and description. */
  lang: string;
  /** The title in `lang`. */
  title: string;
  /** Title and description in languages other than `lang`. */
  translations: Translations<'title' | 'description'>;
  kind: (typeof EVENT_KINDS)[number];
  startDate: string | null;
  startApprox: boolean;
  endDate: string | null;
  endApprox: boolean;
  place: Place;
  description: string | null;
  relations: { eventId: string; kind: (typeof EVENT_RELATION_KINDS)[number] }[];
  countries: string[];
  participants: Participant[];
  timeZone: string | null;
}

/** Cross-field rules of an event. */
export function eventProblems(
  e: Pick<Event, 'id' | 'startDate' | 'endDate' | 'place' | 'relations' | 'countries' | 'title' | 'lang'>,
): [string, string][] {
  const out: [string, string][] = [];
  if (e.title === '') out.push(['title', `needs a value in the event's language (${e.lang})`]);
  if (e.startDate && e.endDate && !isPossibleInterval(e.startDate, e.endDate))
    out.push(['endDate', 'must not be before startDate']);
  if (e.endDate && !e.startDate) out.push(['startDate', 'is required when endDate is given']);
  if ((e.place.lat == null) !== (e.place.lon == null)) out.push(['place.lon', 'lat and lon go together']);
  if (e.relations.some((r) => r.eventId === e.id)) out.push(['relations', 'an event cannot relate to itself']);
  if (new Set(e.countries).size !== e.countries.length) out.push(['countries', 'countries must not repeat']);
  return out;
}

/** Completes a parsed place with explicit nulls. */
export function buildPlace(p: z.output<typeof PlaceSchema>): Place {
  return { country: orNull(p.country), locality: orNull(p.locality), lat: orNull(p.lat), lon: orNull(p.lon) };
}

/** Turns validated input into the stored event. */
export function buildEvent(e: z.output<typeof EventInputSchema>, base: Base, current?: Event): Event {
  const lang = recordLangOf(e.lang, current?.lang, e.title);
  const title = splitLocalized(
    e.title,
    e.translations?.title,
    lang,
    plainLangOf(e.title, current?.title, current?.lang, lang),
  );
  const description = splitLocalized(
    e.description,
    e.translations?.description,
    lang,
    plainLangOf(e.description, current?.description, current?.lang, lang),
  );
  return {
    ...base,
    confidentiality: e.confidentiality,
    restricted: restrictedOf(e.restricted),
    lang,
    title: title.value ?? '',
    translations: compactTranslations({ title: title.translations, description: description.translations }),
    kind: e.kind,
    startDate: orNull(e.startDate),
    startApprox: e.startApprox,
    endDate: orNull(e.endDate),
    endApprox: e.endApprox,
    place: buildPlace(e.place),
    description: description.value,
    relations: e.relations.map((r) => ({ eventId: r.eventId, kind: r.kind })),
    countries: [...e.countries],
    participants: e.participants.map((p) => ({ personId: orNull(p.personId), name: orNull(p.name), role: p.role })),
    timeZone: orNull(e.timeZone),
  };
}
