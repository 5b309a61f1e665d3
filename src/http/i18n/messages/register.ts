// Messages of the register screens. ICU syntax; every locale must have every key.
import { defineMessages } from './catalogue.ts';

export const registerMessages = defineMessages({
  en: {},
  ru: {},
  fr: {},
});
