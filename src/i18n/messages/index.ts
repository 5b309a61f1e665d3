// Every message area, merged. Add an area here when a part of the interface gets its own file.
import type { Locale } from '../locales.ts';
import { accountMessages } from './account.ts';
import { appealsMessages } from './appeals.ts';
import { calendarMessages } from './calendar.ts';
import { common } from './common.ts';
import { editMessages } from './edit.ts';
import { historyMessages } from './history.ts';
import { homeMessages } from './home.ts';
import { intakeMessages } from './intake.ts';
import { registerMessages } from './register.ts';
import { restrictedMessages } from './restricted.ts';
import { searchMessages } from './search.ts';
import { signMessages } from './sign.ts';
import { vocabMessages } from './vocab.ts';
import { KK_AREAS } from './kk/index.ts';

const AREAS = [
  common,
  vocabMessages,
  registerMessages,
  homeMessages,
  editMessages,
  accountMessages,
  restrictedMessages,
  historyMessages,
  appealsMessages,
  signMessages,
  intakeMessages,
  searchMessages,
  calendarMessages,
] as const;

type Keys<A> = A extends { en: infer E } ? keyof E : never;
/** Every message key of the interface. */
export type MessageKey = Keys<(typeof AREAS)[number]>;

/** The full catalogue per locale. */
export const MESSAGES: Record<Locale, Record<MessageKey, string>> = {
  en: Object.assign({}, ...AREAS.map((a) => a.en)),
  ru: Object.assign({}, ...AREAS.map((a) => a.ru)),
  fr: Object.assign({}, ...AREAS.map((a) => a.fr)),
  // Kazakh lives in its own folder (messages/kk), one file per area, typed against the English keys.
  kk: Object.assign({}, ...KK_AREAS),
};
