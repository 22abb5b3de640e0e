import type { FlowStepTexts } from '../../content.types.js';

export const passwordStepsDe = {
  'password.set': {
    title: 'Wählen Sie Ihr Passwort',
    body: 'Geben Sie auf dem PC zweimal ein neues Passwort ein. Es muss mindestens {min} Zeichen lang sein und Groß- und Kleinbuchstaben, eine Ziffer und ein Sonderzeichen enthalten.',
    assumed:
      'EU Login veröffentlicht keine Regel gegen Ihren Namen oder Ihre E-Mail-Adresse im Passwort. Der Coach geht von einer solchen Regel aus und lehnt solche Passwörter ab.',
  },
} satisfies FlowStepTexts<'password'>;
