// The emails co-signatories receive, in the invitation's language, as plain text and HTML with the same words: the link
// alone on its line, and a reminder that Vigil never asks for passwords (the people we write to are targets of phishing).
import type { Locale } from '../../i18n/locales.ts';
import { composeMail, type ComposedMail, type MailBlock } from '../compose.ts';

type Lang = Locale;
type Built = { subject: string; blocks: MailBlock[] };

const INVITE: Record<Lang, (appeal: string, link: string, until: string) => Built> = {
  en: (appeal, link, until) => ({
    subject: `Invitation to co-sign: ${appeal}`,
    blocks: [
      { kind: 'p', text: `You are invited to co-sign the appeal "${appeal}".` },
      {
        kind: 'p',
        text: `Open this link to read it and to confirm or correct how your name, title and organisation will appear under it. The link works once, until ${until} UTC:`,
      },
      { kind: 'link', href: link },
      {
        kind: 'p',
        text: 'Vigil never asks for passwords or codes by email. If you did not expect this message, ignore it.',
      },
    ],
  }),
  ru: (appeal, link, until) => ({
    subject: `Приглашение подписать обращение: ${appeal}`,
    blocks: [
      { kind: 'p', text: `Вас приглашают подписать обращение «${appeal}».` },
      {
        kind: 'p',
        text: `Откройте ссылку, чтобы прочитать его и подтвердить или исправить, как под ним будут указаны ваше имя, должность и организация. Ссылка действует один раз, до ${until} UTC:`,
      },
      { kind: 'link', href: link },
      {
        kind: 'p',
        text: 'Vigil никогда не запрашивает пароли или коды по почте. Если вы не ждали этого письма, не отвечайте на него.',
      },
    ],
  }),
  fr: (appeal, link, until) => ({
    subject: `Invitation à cosigner : ${appeal}`,
    blocks: [
      { kind: 'p', text: `Vous êtes invité·e à cosigner l’appel « ${appeal} ».` },
      {
        kind: 'p',
        text: `Ouvrez ce lien pour le lire et confirmer ou corriger la façon dont votre nom, votre titre et votre organisation y figureront. Le lien fonctionne une fois, jusqu’au ${until} UTC :`,
      },
      { kind: 'link', href: link },
      {
        kind: 'p',
        text: 'Vigil ne demande jamais de mot de passe ni de code par courriel. Si vous n’attendiez pas ce message, ignorez-le.',
      },
    ],
  }),
  kk: (appeal, link, until) => ({
    subject: `Үндеуге қол қоюға шақыру: ${appeal}`,
    blocks: [
      { kind: 'p', text: `Сізді «${appeal}» үндеуіне қол қоюға шақырамыз.` },
      {
        kind: 'p',
        text: `Үндеуді оқу және оның астында есіміңіз, лауазымыңыз бен ұйымыңыз қалай көрсетілетінін растау немесе түзету үшін осы сілтемені ашыңыз. Сілтеме бір рет жұмыс істейді, мерзімі: ${until} UTC дейін:`,
      },
      { kind: 'link', href: link },
      {
        kind: 'p',
        text: 'Vigil ешқашан электрондық пошта арқылы құпиясөз немесе код сұрамайды. Егер сіз бұл хатты күтпеген болсаңыз, оны елемеңіз.',
      },
    ],
  }),
};

const CONFIRMED: Record<Lang, (appeal: string, link: string) => Built> = {
  en: (appeal, link) => ({
    subject: `Your co-signature: ${appeal}`,
    blocks: [
      { kind: 'p', text: `Thank you: your co-signature of "${appeal}" is confirmed.` },
      { kind: 'p', text: 'Until the appeal is published you may withdraw it with this link (it works once):' },
      { kind: 'link', href: link },
    ],
  }),
  ru: (appeal, link) => ({
    subject: `Ваша подпись: ${appeal}`,
    blocks: [
      { kind: 'p', text: `Спасибо: ваша подпись под обращением «${appeal}» подтверждена.` },
      { kind: 'p', text: 'До публикации обращения вы можете отозвать её по этой ссылке (она действует один раз):' },
      { kind: 'link', href: link },
    ],
  }),
  fr: (appeal, link) => ({
    subject: `Votre cosignature : ${appeal}`,
    blocks: [
      { kind: 'p', text: `Merci : votre cosignature de « ${appeal} » est confirmée.` },
      {
        kind: 'p',
        text: 'Jusqu’à la publication de l’appel, vous pouvez la retirer avec ce lien (il fonctionne une fois) :',
      },
      { kind: 'link', href: link },
    ],
  }),
  kk: (appeal, link) => ({
    subject: `Сіздің қолыңыз: ${appeal}`,
    blocks: [
      { kind: 'p', text: `Рақмет: «${appeal}» үндеуіндегі қолыңыз расталды.` },
      {
        kind: 'p',
        text: 'Үндеу жарияланғанға дейін оны осы сілтеме арқылы қайтарып ала аласыз (сілтеме бір рет жұмыс істейді):',
      },
      { kind: 'link', href: link },
    ],
  }),
};

/** The invitation email. */
export function coSignInvitation(
  lang: Lang,
  appeal: string,
  link: string,
  until: string,
): ComposedMail & { lang: string } {
  const m = INVITE[lang](appeal, link, until.slice(0, 16).replace('T', ' '));
  return { lang, ...composeMail(lang, m.subject, m.blocks) };
}

/** The email after confirming, with the single-use link to withdraw. */
export function coSignConfirmed(lang: Lang, appeal: string, link: string): ComposedMail & { lang: string } {
  const m = CONFIRMED[lang](appeal, link);
  return { lang, ...composeMail(lang, m.subject, m.blocks) };
}
