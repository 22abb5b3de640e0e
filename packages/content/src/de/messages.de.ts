import type { Content } from '../content.types.js';

export const noticesDe = {
  stepUpRequired:
    'Ihr Konto hat bereits einen zweiten Faktor, daher bittet EU Login Sie, damit zu bestätigen, bevor Sie etwas ändern.',
  mailResent: 'Eine neue E-Mail ist unterwegs. In dieser Übung funktioniert nur der neueste Link.',
  deviceDeleted: 'Das Gerät wurde aus Ihrem Konto entfernt.',
  otherAccountUnlinked:
    'Das andere Konto wurde aus der App auf diesem Telefon entfernt. Sie können jetzt Ihr Konto verknüpfen.',
  passwordChanged: 'Ihr Passwort wurde geändert.',
  prepareFailed:
    'Dieser Schritt konnte nicht vorbereitet werden. Versuchen Sie es erneut oder beginnen Sie den Ablauf von vorn.',
  resumed: 'Willkommen zurück: Sie sind dort, wo Sie aufgehört haben.',
  jumped: 'Der Helpdesk hat Sie zu diesem Schritt gebracht.',
} satisfies Content['notices'];
