// Words the PDF letter adds around the text its authors wrote, in each interface language. Labels of the register's own
// fields (status, charges, sentence …) come from the interface's message catalogue instead.
import type { Locale } from '../i18n/locales.ts';

/** The letter's own words in one language. */
export interface LetterLabels {
  coSignatories: string;
  occasion: string;
  annex: string;
  annexAsOf(date: string): string;
  page(n: number, total: number): string;
  /** Printed on every page of a letter that is not yet published. */
  draft: string;
}

/** The letter's own words in every interface language; the compiler refuses a language with a label missing. */
export const LETTER_LABELS: Readonly<Record<Locale, LetterLabels>> = {
  en: {
    coSignatories: 'Co-signatories',
    occasion: 'Occasion',
    annex: 'Annex: the cases named in this letter',
    annexAsOf: (date) => `As recorded in the register on ${date}.`,
    page: (n, total) => `Page ${n} of ${total}`,
    draft: 'DRAFT',
  },
  ru: {
    coSignatories: 'Подписали',
    occasion: 'Повод',
    annex: 'Приложение: дела, упомянутые в письме',
    annexAsOf: (date) => `По данным реестра на ${date}`,
    page: (n, total) => `Страница ${n} из ${total}`,
    draft: 'ПРОЕКТ',
  },
  fr: {
    coSignatories: 'Cosignataires',
    occasion: 'Occasion',
    annex: 'Annexe : les affaires citées dans cette lettre',
    annexAsOf: (date) => `Selon le registre au ${date}.`,
    page: (n, total) => `Page ${n} sur ${total}`,
    draft: 'PROJET',
  },
  kk: {
    coSignatories: 'Қол қойғандар',
    occasion: 'Себебі',
    annex: 'Қосымша: хатта аталған істер',
    annexAsOf: (date) => `Тізілім деректері бойынша, жағдай күні: ${date}.`,
    page: (n, total) => `${total} беттің ${n}-беті`,
    draft: 'ЖОБА',
  },
};
