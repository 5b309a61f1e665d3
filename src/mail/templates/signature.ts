// The messages public signers receive, in the language they signed in, as plain text and HTML with the same words and
// link. No tracking, no images, no remote content. The confirmation link opens a page with a button; following the link
// alone confirms nothing, because mail scanners open links.
import type { Locale } from '../../i18n/locales.ts';
import { composeMail, type MailBlock } from '../compose.ts';
import type { Mail } from '../outbox.ts';

/** Languages the messages exist in: every interface language. */
export type MailLocale = Locale;

interface Texts {
  confirmSubject: (title: string) => string;
  confirmIntro: (title: string) => string;
  confirmHow: string;
  alreadySubject: (title: string) => string;
  alreadyBody: (title: string) => string;
  footer: string;
}

const TEXTS: Record<MailLocale, Texts> = {
  en: {
    confirmSubject: (t) => `Confirm your signature: ${t}`,
    confirmIntro: (t) => `You (or someone using your address) signed the appeal "${t}".`,
    confirmHow: 'To confirm your signature, open this link and press the button on the page:',
    alreadySubject: (t) => `You have already signed: ${t}`,
    alreadyBody: (t) =>
      `Someone asked to sign the appeal "${t}" with your address, which has already signed and confirmed it. Each address counts once, so nothing has changed.`,
    footer:
      'If you did not sign, ignore this message: without confirmation nothing is counted and your details are deleted when the appeal closes.',
  },
  ru: {
    confirmSubject: (t) => `Подтвердите подпись: ${t}`,
    confirmIntro: (t) => `Вы (или кто-то, указавший ваш адрес) подписали обращение «${t}».`,
    confirmHow: 'Чтобы подтвердить подпись, откройте ссылку и нажмите кнопку на странице:',
    alreadySubject: (t) => `Вы уже подписали: ${t}`,
    alreadyBody: (t) =>
      `С вашим адресом снова попытались подписать обращение «${t}», но этот адрес уже подписал и подтвердил его. Каждый адрес учитывается один раз, поэтому ничего не изменилось.`,
    footer:
      'Если вы не подписывали обращение, просто не отвечайте на это письмо: без подтверждения подпись не засчитывается, а ваши данные удаляются после закрытия обращения.',
  },
  fr: {
    confirmSubject: (t) => `Confirmez votre signature : ${t}`,
    confirmIntro: (t) => `Vous (ou quelqu’un utilisant votre adresse) avez signé l’appel « ${t} ».`,
    confirmHow: 'Pour confirmer votre signature, ouvrez ce lien et appuyez sur le bouton de la page :',
    alreadySubject: (t) => `Vous avez déjà signé : ${t}`,
    alreadyBody: (t) =>
      `Quelqu’un a demandé à signer l’appel « ${t} » avec votre adresse, qui l’a déjà signé et confirmé. Chaque adresse compte une fois : rien n’a changé.`,
    footer:
      'Si vous n’avez pas signé, ignorez ce message : sans confirmation rien n’est compté, et vos données sont effacées à la clôture de l’appel.',
  },
  kk: {
    confirmSubject: (t) => `Қолыңызды растаңыз: ${t}`,
    confirmIntro: (t) => `Сіз (немесе сіздің мекенжайыңызды көрсеткен біреу) «${t}» үндеуіне қол қойдыңыз.`,
    confirmHow: 'Қолыңызды растау үшін осы сілтемені ашып, беттегі батырманы басыңыз:',
    alreadySubject: (t) => `Сіз бұған дейін қол қойғансыз: ${t}`,
    alreadyBody: (t) =>
      `Біреу сіздің мекенжайыңызбен «${t}» үндеуіне қол қоюды сұрады, бірақ бұл мекенжай оған бұрын қол қойып, растаған. Әр мекенжай бір рет есептеледі, сондықтан ештеңе өзгерген жоқ.`,
    footer:
      'Егер сіз қол қоймаған болсаңыз, бұл хатты елемеңіз: растаусыз ештеңе есептелмейді, ал үндеу жабылғанда деректеріңіз жойылады.',
  },
};

/** The message with the confirmation link. */
export function confirmationMail(locale: MailLocale, to: string, appealTitle: string, link: string): Mail {
  const t = TEXTS[locale];
  const blocks: MailBlock[] = [
    { kind: 'p', text: t.confirmIntro(appealTitle) },
    { kind: 'p', text: t.confirmHow },
    { kind: 'link', href: link },
    { kind: 'p', text: t.footer },
  ];
  return { to, lang: locale, ...composeMail(locale, t.confirmSubject(appealTitle), blocks) };
}

/** The note to an address that signed and confirmed already and signs again. */
export function alreadySignedMail(locale: MailLocale, to: string, appealTitle: string): Mail {
  const t = TEXTS[locale];
  return {
    to,
    lang: locale,
    ...composeMail(locale, t.alreadySubject(appealTitle), [
      { kind: 'p', text: t.alreadyBody(appealTitle) },
      { kind: 'p', text: t.footer },
    ]),
  };
}
