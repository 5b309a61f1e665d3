// The emails co-signatories receive, in the invitation's language. Plain text, the link alone on its line, and a
// reminder that Vigil never asks for passwords (the people we write to are targets of phishing).
type Lang = 'en' | 'ru' | 'fr';

const INVITE: Record<Lang, (appeal: string, link: string, until: string) => { subject: string; lines: string[] }> = {
  en: (appeal, link, until) => ({
    subject: `Invitation to co-sign: ${appeal}`,
    lines: [`You are invited to co-sign the appeal "${appeal}".`, '', 'Open this link to read it and to confirm or correct how your name,',
      `title and organisation will appear under it. The link works once, until ${until} UTC:`, '', link, '',
      'Vigil never asks for passwords or codes by email. If you did not expect this message, ignore it.'],
  }),
  ru: (appeal, link, until) => ({
    subject: `Приглашение подписать обращение: ${appeal}`,
    lines: [`Вас приглашают подписать обращение «${appeal}».`, '', 'Откройте ссылку, чтобы прочитать его и подтвердить или исправить,',
      `как под ним будут указаны ваше имя, должность и организация. Ссылка действует один раз, до ${until} UTC:`, '', link, '',
      'Vigil никогда не запрашивает пароли или коды по почте. Если вы не ждали этого письма, не отвечайте на него.'],
  }),
  fr: (appeal, link, until) => ({
    subject: `Invitation à cosigner : ${appeal}`,
    lines: [`Vous êtes invité·e à cosigner l’appel « ${appeal} ».`, '', 'Ouvrez ce lien pour le lire et confirmer ou corriger la façon dont',
      `votre nom, votre titre et votre organisation y figureront. Le lien fonctionne une fois, jusqu’au ${until} UTC :`, '', link, '',
      'Vigil ne demande jamais de mot de passe ni de code par courriel. Si vous n’attendiez pas ce message, ignorez-le.'],
  }),
};

const CONFIRMED: Record<Lang, (appeal: string, link: string) => { subject: string; lines: string[] }> = {
  en: (appeal, link) => ({
    subject: `Your co-signature: ${appeal}`,
    lines: [`Thank you: your co-signature of "${appeal}" is confirmed.`, '', 'Until the appeal is published you may withdraw it with this link (it works once):', '', link],
  }),
  ru: (appeal, link) => ({
    subject: `Ваша подпись: ${appeal}`,
    lines: [`Спасибо: ваша подпись под обращением «${appeal}» подтверждена.`, '', 'До публикации обращения вы можете отозвать её по этой ссылке (она действует один раз):', '', link],
  }),
  fr: (appeal, link) => ({
    subject: `Votre cosignature : ${appeal}`,
    lines: [`Merci : votre cosignature de « ${appeal} » est confirmée.`, '', 'Jusqu’à la publication de l’appel, vous pouvez la retirer avec ce lien (il fonctionne une fois) :', '', link],
  }),
};

/** The invitation email. */
export function coSignInvitation(lang: Lang, appeal: string, link: string, until: string): { subject: string; text: string } {
  const m = INVITE[lang](appeal, link, until.slice(0, 16).replace('T', ' '));
  return { subject: m.subject, text: m.lines.join('\n') };
}

/** The email after confirming, with the single-use link to withdraw. */
export function coSignConfirmed(lang: Lang, appeal: string, link: string): { subject: string; text: string } {
  const m = CONFIRMED[lang](appeal, link);
  return { subject: m.subject, text: m.lines.join('\n') };
}
