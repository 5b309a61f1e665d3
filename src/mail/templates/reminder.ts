// The reminder a follower gets before an occasion, in the language of their account, as plain text and HTML built from
// the same blocks: the occasion and its dates, the open cases in the countries concerned, the appeals timed to it, and
// what changed since the last reminder. Dates, country names and case statuses are written in the same language.
import { i18nFor, vocab, type I18n } from '../../i18n/i18n.ts';
import type { Locale } from '../../i18n/locales.ts';
import { composeMail, type MailBlock } from '../compose.ts';
import type { Mail } from '../outbox.ts';

/** What a reminder says, as facts; the template words them. */
export interface ReminderFacts {
  eventTitle: string;
  /** Partial dates (YYYY, YYYY-MM or YYYY-MM-DD). */
  startDate: string;
  endDate: string | null;
  timeZone: string | null;
  link: string;
  /** ISO country codes the occasion concerns. */
  countries: string[];
  open: { title: string; country: string; status: string }[];
  appealTitles: string[];
  /** When the previous reminder went out (ISO), or null for the first. */
  since: string | null;
  changed: { title: string; updatedAt: string }[];
}

interface Texts {
  subject: (date: string, title: string) => string;
  open: (countries: string) => string;
  noCountries: string;
  noneRecorded: string;
  appeals: string;
  noneYet: string;
  changed: (date: string) => string;
  first: string;
  nothing: string;
  updated: (title: string, date: string) => string;
  footer: string;
}

const TEXTS: Record<Locale, Texts> = {
  en: {
    subject: (d, t) => `Coming up ${d}: ${t}`,
    open: (c) => `Open cases in ${c}:`,
    noCountries: 'the countries concerned',
    noneRecorded: 'none recorded',
    appeals: 'Appeals timed to this occasion:',
    noneYet: 'none yet',
    changed: (d) => `Changed since your last reminder (${d}):`,
    first: 'Changes: this is your first reminder.',
    nothing: 'nothing',
    updated: (t, d) => `${t}: updated ${d}`,
    footer: 'You get this because you follow a country or case in Vigil. Change what you follow on your account page.',
  },
  ru: {
    subject: (d, t) => `Скоро, ${d}: ${t}`,
    open: (c) => `Открытые дела (${c}):`,
    noCountries: 'страны, которых это касается',
    noneRecorded: 'не записаны',
    appeals: 'Обращения, приуроченные к этому событию:',
    noneYet: 'пока нет',
    changed: (d) => `Изменения после вашего прошлого напоминания (${d}):`,
    first: 'Изменения: это ваше первое напоминание.',
    nothing: 'ничего',
    updated: (t, d) => `${t}: обновлено ${d}`,
    footer:
      'Вы получили это письмо, потому что следите за страной или делом в Vigil. Изменить подписки можно на странице вашей учётной записи.',
  },
  fr: {
    subject: (d, t) => `À venir (${d}) : ${t}`,
    open: (c) => `Affaires en cours (${c}) :`,
    noCountries: 'pays concernés',
    noneRecorded: 'aucune enregistrée',
    appeals: 'Appels liés à cette échéance :',
    noneYet: 'aucun pour l’instant',
    changed: (d) => `Modifié depuis votre dernier rappel (${d}) :`,
    first: 'Modifications : ceci est votre premier rappel.',
    nothing: 'rien',
    updated: (t, d) => `${t} : mis à jour le ${d}`,
    footer:
      'Vous recevez ce message parce que vous suivez un pays ou une affaire dans Vigil. Modifiez vos suivis sur la page de votre compte.',
  },
  kk: {
    subject: (d, t) => `Жақында (${d}): ${t}`,
    open: (c) => `Ашық істер (${c}):`,
    noCountries: 'қатысты елдер',
    noneRecorded: 'тіркелмеген',
    appeals: 'Осы оқиғаға орайластырылған үндеулер:',
    noneYet: 'әзірге жоқ',
    changed: (d) => `Соңғы еске салғыштан бері өзгергендер (${d}):`,
    first: 'Өзгерістер: бұл сіздің алғашқы еске салғышыңыз.',
    nothing: 'ештеңе',
    updated: (t, d) => `${t}: ${d} жаңартылды`,
    footer:
      'Сіз бұл хатты Vigil-де елді немесе істі бақылайтындықтан алып отырсыз. Бақылайтыныңызды тіркелгі бетінде өзгерте аласыз.',
  },
};

function when(i: I18n, f: ReminderFacts): string {
  const span =
    f.endDate && f.endDate !== f.startDate ? `${i.date(f.startDate)} – ${i.date(f.endDate)}` : i.date(f.startDate);
  return f.timeZone ? `${span} (${f.timeZone})` : span;
}

/** The reminder of one occasion for one follower, in their language. */
export function reminderMail(locale: Locale, to: string, f: ReminderFacts): Mail {
  const i = i18nFor(locale);
  const t = TEXTS[locale];
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  const countries = f.countries.length ? list.format(f.countries.map((c) => i.country(c))) : t.noCountries;
  const blocks: MailBlock[] = [
    { kind: 'p', text: f.eventTitle },
    { kind: 'p', text: when(i, f) },
    { kind: 'link', href: f.link },
    { kind: 'p', text: t.open(countries) },
    {
      kind: 'list',
      items: f.open.length
        ? f.open.map((c) => `${c.title} (${i.country(c.country)}, ${vocab(i, 'caseStatus', c.status)})`)
        : [t.noneRecorded],
    },
    { kind: 'p', text: t.appeals },
    { kind: 'list', items: f.appealTitles.length ? f.appealTitles : [t.noneYet] },
    ...(f.since
      ? [
          { kind: 'p', text: t.changed(i.date(f.since.slice(0, 10))) } as const,
          {
            kind: 'list',
            items: f.changed.length
              ? f.changed.map((c) => t.updated(c.title, i.date(c.updatedAt.slice(0, 10))))
              : [t.nothing],
          } as const,
        ]
      : [{ kind: 'p', text: t.first } as const]),
    { kind: 'p', text: t.footer },
  ];
  return { to, lang: locale, ...composeMail(locale, t.subject(i.date(f.startDate), f.eventTitle), blocks) };
}
