// The messages public signers receive, in the language they signed in. Plain text only: no tracking, no images, no
// remote content. The confirmation link opens a page with a button; following the link alone confirms nothing, because
// mail scanners open links.
import type { Mail } from './outbox.ts';

/** Languages the messages exist in. */
export type MailLocale = 'en' | 'ru' | 'fr';

interface Texts {
  confirmSubject: (title: string) => string;
  confirmBody: (title: string, link: string) => string;
  alreadySubject: (title: string) => string;
  alreadyBody: (title: string) => string;
}

const FOOTER = {
  en: 'If you did not sign, ignore this message: without confirmation nothing is counted and your details are deleted when the appeal closes.',
  ru: 'Если вы не подписывали обращение, просто не отвечайте на это письмо: без подтверждения подпись не засчитывается, а ваши данные удаляются после закрытия обращения.',
  fr: 'Si vous n’avez pas signé, ignorez ce message : sans confirmation rien n’est compté, et vos données sont effacées à la clôture de l’appel.',
} as const;

const TEXTS: Record<MailLocale, Texts> = {
  en: {
    confirmSubject: (t) => `Confirm your signature: ${t}`,
    confirmBody: (t, link) => `You (or someone using your address) signed the appeal "${t}".\n\nTo confirm your signature, open this link and press the button on the page:\n\n${link}\n\n${FOOTER.en}\n`,
    alreadySubject: (t) => `You have already signed: ${t}`,
    alreadyBody: (t) => `Someone asked to sign the appeal "${t}" with your address, which has already signed and confirmed it. Each address counts once, so nothing has changed.\n\n${FOOTER.en}\n`,
  },
  ru: {
    confirmSubject: (t) => `Подтвердите подпись: ${t}`,
    confirmBody: (t, link) => `Вы (или кто-то, указавший ваш адрес) подписали обращение «${t}».\n\nЧтобы подтвердить подпись, откройте ссылку и нажмите кнопку на странице:\n\n${link}\n\n${FOOTER.ru}\n`,
    alreadySubject: (t) => `Вы уже подписали: ${t}`,
    alreadyBody: (t) => `С вашим адресом снова попытались подписать обращение «${t}», но этот адрес уже подписал и подтвердил его. Каждый адрес учитывается один раз, поэтому ничего не изменилось.\n\n${FOOTER.ru}\n`,
  },
  fr: {
    confirmSubject: (t) => `Confirmez votre signature : ${t}`,
    confirmBody: (t, link) => `Vous (ou quelqu’un utilisant votre adresse) avez signé l’appel « ${t} ».\n\nPour confirmer votre signature, ouvrez ce lien et appuyez sur le bouton de la page :\n\n${link}\n\n${FOOTER.fr}\n`,
    alreadySubject: (t) => `Vous avez déjà signé : ${t}`,
    alreadyBody: (t) => `Quelqu’un a demandé à signer l’appel « ${t} » avec votre adresse, qui l’a déjà signé et confirmé. Chaque adresse compte une fois : rien n’a changé.\n\n${FOOTER.fr}\n`,
  },
};

/** The message with the confirmation link. */
export function confirmationMail(locale: MailLocale, to: string, appealTitle: string, link: string): Mail {
  const t = TEXTS[locale];
  return { to, subject: t.confirmSubject(appealTitle), text: t.confirmBody(appealTitle, link) };
}

/** The note to an address that signed and confirmed already and signs again. */
export function alreadySignedMail(locale: MailLocale, to: string, appealTitle: string): Mail {
  const t = TEXTS[locale];
  return { to, subject: t.alreadySubject(appealTitle), text: t.alreadyBody(appealTitle) };
}
