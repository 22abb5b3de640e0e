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

export const decodeErrorsDe = {
  empty: {
    title: 'Kein Code zum Lesen',
    body: 'Fügen Sie den Freigabecode ein, den Sie erhalten haben, oder beginnen Sie eine neue Übung.',
  },
  tooLarge: {
    title: 'Das ist zu lang für einen Freigabecode',
    body: 'Ein Freigabecode hat etwa ein Dutzend Buchstaben und Ziffern. Prüfen Sie, ob nur der Code eingefügt wurde, oder beginnen Sie neu.',
  },
  malformed: {
    title: 'Dieser Code kann nicht gelesen werden',
    body: 'Möglicherweise fehlt ein Teil oder wurde verändert. Kopieren Sie den ganzen Code erneut oder beginnen Sie neu.',
  },
  checksum: {
    title: 'Dieser Code scheint beschädigt',
    body: 'Beim Kopieren ist wahrscheinlich ein Zeichen verloren gegangen oder falsch eingegeben worden. Kopieren Sie ihn erneut oder beginnen Sie neu.',
  },
  unsupportedVersion: {
    title: 'Dieser Code stammt aus einer anderen Version',
    body: 'Der Coach hat sich seit der Erstellung des Codes geändert, daher kann er nicht fortgesetzt werden. Beginnen Sie neu; Sie sind in einer Minute wieder so weit.',
  },
  unknownStep: {
    title: 'Diesen Schritt gibt es nicht mehr',
    body: 'Der Code verweist auf einen Schritt, den diese Version des Coachs nicht hat. Beginnen Sie neu und wählen Sie Ihren Ablauf erneut.',
  },
  invalidValue: {
    title: 'Dieser Code nennt eine Stelle, die der Coach nicht zuordnen kann',
    body: 'Seine Prüfzeichen stimmen, aber ein Teil liegt für diese Version außerhalb des gültigen Bereichs. Fordern Sie einen neuen Code an oder beginnen Sie neu.',
  },
  switchedOff: {
    title: 'Dieser Code führt zu einem Teil, den diese Website nicht anbietet',
    body: 'Er wurde dort erstellt, wo dieser Teil von EU Login genutzt wird, aber diese Website hat ihn abgeschaltet. Wählen Sie einen der hier angebotenen Wege.',
  },
} satisfies Content['decodeErrors'];

export const saveErrorsDe = {
  empty: {
    title: 'Ihr gespeicherter Fortschritt ist leer',
    body: 'Es gibt nichts, womit Sie fortfahren könnten. Beginnen Sie neu und wählen Sie Ihren Ablauf.',
  },
  tooLarge: {
    title: 'Ihr gespeicherter Fortschritt ist zu groß zum Lesen',
    body: 'Er ist weit größer als alles, was der Coach speichert, daher wurde er nicht gelesen. Beginnen Sie neu; an EU Login selbst ändert sich nichts.',
  },
  malformed: {
    title: 'Ihr gespeicherter Fortschritt ist beschädigt',
    body: 'Er wurde nach dem Speichern verändert oder gekürzt. Beginnen Sie neu und wählen Sie Ihren Ablauf erneut.',
  },
  unsupportedVersion: {
    title: 'Ihr Fortschritt wurde von einer anderen Version gespeichert',
    body: 'Der Coach hat sich seitdem geändert, daher kann er dort nicht fortfahren. Beginnen Sie neu; Sie sind in einer Minute wieder so weit.',
  },
  unknownStep: {
    title: 'Den gespeicherten Schritt gibt es nicht mehr',
    body: 'Diese Version des Coachs hat ihn nicht. Beginnen Sie neu und wählen Sie Ihren Ablauf erneut.',
  },
  invalidValue: {
    title: 'Ihr gespeicherter Fortschritt ist nicht stimmig',
    body: 'Einige Angaben liegen außerhalb des gültigen Bereichs oder passen nicht zusammen. Beginnen Sie neu; an EU Login selbst ändert sich nichts.',
  },
  switchedOff: {
    title: 'Ihr gespeicherter Fortschritt führt zu einem Teil, den diese Website nicht anbietet',
    body: 'Diese Website hat diesen Teil von EU Login abgeschaltet, seit Ihr Fortschritt gespeichert wurde. Wählen Sie einen der hier angebotenen Wege.',
  },
} satisfies Content['saveErrors'];
