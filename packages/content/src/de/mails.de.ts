import type { MailTexts } from '../content.types.js';

/**
 * EU Login's mails in German (de), in the polite register of an official service.
 * Placeholders: {firstName}, {link}, {minutes} (how long the link stays valid).
 * The greeting ends in a comma, so the text after it starts in lower case.
 */
export const mailsDe: MailTexts = {
  confirmation: {
    subject: 'Schließen Sie Ihre Registrierung bei EU Login ab',
    body: 'Guten Tag, {firstName},\n\njemand, wahrscheinlich Sie selbst, hat mit dieser E-Mail-Adresse ein Konto bei EU Login angelegt. Um die Registrierung abzuschließen, öffnen Sie den folgenden Link und wählen Sie Ihr Passwort:\n\n{link}\n\nDer Link ist {minutes} Minuten lang gültig. Ist er abgelaufen, registrieren Sie sich bitte erneut.\n\nFalls Sie dies nicht veranlasst haben, ignorieren Sie bitte diese E-Mail; es wird kein Konto aktiviert.\n\nDies ist eine Übungs-E-Mail des Coachs für EU Login.',
    linkLabel: 'Mein Passwort wählen',
  },
  reset: {
    subject: 'Setzen Sie Ihr Passwort für EU Login zurück',
    body: 'Guten Tag, {firstName},\n\nwir haben eine Anfrage erhalten, für Ihr Konto bei EU Login ein neues Passwort festzulegen. Öffnen Sie den folgenden Link, um eines zu wählen:\n\n{link}\n\nDer Link ist {minutes} Minuten lang gültig, und nur die neueste Anfrage zählt.\n\nFalls Sie dies nicht veranlasst haben, ignorieren Sie bitte diese E-Mail; Ihr Passwort bleibt unverändert.\n\nDies ist eine Übungs-E-Mail des Coachs für EU Login.',
    linkLabel: 'Neues Passwort festlegen',
  },
  securityNotice: {
    subject: 'Sicherheitshinweis zu Ihrem Konto bei EU Login',
    body: 'Guten Tag, {firstName},\n\nsoeben wurden alle Mobilgeräte und eIDs aus Ihrem Konto bei EU Login entfernt. Sie können sich jetzt mit Ihrem Passwort anmelden und ein neues Gerät hinzufügen.\n\nFalls Sie das nicht selbst waren, setzen Sie Ihr Passwort sofort zurück:\n\n{link}\n\nDies ist eine Übungs-E-Mail des Coachs für EU Login.',
    linkLabel: 'Mein Passwort zurücksetzen',
  },
  emailChanged: {
    subject: 'Bestätigen Sie Ihre neue E-Mail-Adresse für EU Login',
    body: 'Guten Tag, {firstName},\n\nSie haben beantragt, diese Adresse für Ihr Konto bei EU Login zu verwenden. Öffnen Sie den folgenden Link, um sie zu bestätigen:\n\n{link}\n\nDer Link ist {minutes} Minuten lang gültig. Bis Sie die Adresse bestätigen, bleibt die alte Adresse in Gebrauch.\n\nDies ist eine Übungs-E-Mail des Coachs für EU Login.',
    linkLabel: 'Meine neue Adresse bestätigen',
  },
};
