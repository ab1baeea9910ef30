import type { Locale } from '../../../contracts/auth';

interface AccountEmailText {
  subject: string;
  text: (link: string) => string;
}

/**
 * The account emails (one-time links) in each language, chosen by the recipient's account locale.
 * The link is passed in by the mailer (mailer.ts): the stored copy sees only a placeholder.
 */
export const accountEmailTexts = {
  invitation: (locale: Locale, givenName: string): AccountEmailText =>
    locale === 'de'
      ? {
          subject: 'Ihre Einladung zu Trellis',
          text: (link) =>
            `Hallo ${givenName},\n\nSie wurden zu Trellis eingeladen, wo Sie Ihre Ziele, Beurteilungen und Karrierepläne finden.\nLegen Sie hier Ihr Passwort fest (7 Tage gültig):\n\n${link}\n`,
        }
      : {
          subject: 'You are invited to Trellis',
          text: (link) =>
            `Hello ${givenName},\n\nYou have been invited to Trellis, where you will find your goals, reviews and career plans.\nSet your password here (valid for 7 days):\n\n${link}\n`,
        },
  passwordReset: (locale: Locale): AccountEmailText =>
    locale === 'de'
      ? {
          subject: 'Setzen Sie Ihr Trellis-Passwort zurück',
          text: (link) =>
            `Jemand hat angefordert, das Passwort Ihres Trellis-Kontos zurückzusetzen.\nWenn Sie das waren, wählen Sie hier ein neues Passwort (eine Stunde gültig):\n\n${link}\n\nWenn nicht, ignorieren Sie diese E-Mail; Ihr Passwort bleibt unverändert.\n`,
        }
      : {
          subject: 'Reset your Trellis password',
          text: (link) =>
            `Someone asked to reset the password of your Trellis account.\nIf it was you, choose a new password here (valid for one hour):\n\n${link}\n\nIf it was not you, ignore this email; your password stays as it is.\n`,
        },
};
