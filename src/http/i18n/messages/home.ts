// Messages of the home screens. ICU syntax; every locale must have every key.
import { defineMessages } from './catalogue.ts';

export const homeMessages = defineMessages({
  en: {},
  ru: {},
  fr: {},
});
