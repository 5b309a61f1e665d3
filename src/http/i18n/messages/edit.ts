// Messages of the edit screens. ICU syntax; every locale must have every key.
import { defineMessages } from './catalogue.ts';

export const editMessages = defineMessages({
  en: {},
  ru: {},
  fr: {},
});
