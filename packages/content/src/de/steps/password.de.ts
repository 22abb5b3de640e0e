import type { FlowStepTexts } from '../../content.types.js';

export const passwordStepsDe = {
  'password.set': {
    title: 'Wählen Sie Ihr Passwort',
    body: 'Geben Sie auf dem PC zweimal ein neues Passwort ein. Es braucht mindestens {min} Zeichen mit Groß- und Kleinbuchstaben, einer Ziffer und einem Sonderzeichen.',
    assumed:
      'EU Login veröffentlicht keine Regel gegen Ihren Namen oder Ihre E-Mail-Adresse im Passwort. Der Coach nimmt eine solche Regel an und lehnt solche Passwörter ab.',
  },
} satisfies FlowStepTexts<'password'>;
