import type { FlowStepTexts } from '../../content.types.js';

export const eidStepsDe = {
  'eid.manage': {
    title: 'Verwalten Sie Ihre eIDs',
    body: 'Öffnen Sie auf dem PC unter „Mein Konto“ den Eintrag „Meine eIDs verwalten“ und wählen Sie „Meine eID verknüpfen“. Halten Sie Ihr Kartenlesegerät oder Ihre nationale eID-App bereit.',
  },
  'eid.country': {
    title: 'Wählen Sie Ihr Land',
    body: 'Wählen Sie auf dem PC das Land, das Ihre eID ausgestellt hat (EU Login zeigt Flaggen, hier ist es eine Liste), und klicken Sie auf „Senden“.',
    assumed:
      'Diese Übung zeigt eine Beispielliste von Ländern. EU Login veröffentlicht hier keine Liste; die Quellen sagen nur, dass eID für etwa 19 Mitgliedstaaten funktioniert.',
  },
  'eid.national': {
    title: 'Melden Sie sich mit Ihrer nationalen eID an',
    body: 'Auf dem PC öffnet sich die eID-Seite Ihres Landes. Melden Sie sich dort mit Ihrem Kartenlesegerät oder Ihrer nationalen App an; danach kehren Sie zu EU Login zurück.',
  },
  'eid.linked': {
    title: 'Ihre eID ist verknüpft',
    body: 'Auf dem PC bestätigt EU Login die Verknüpfung. Sie können jetzt „Mit eID anmelden“ verwenden, was allein schon als zwei Faktoren zählt.',
  },
  'eid.failed': {
    title: 'Der nationale eID-Schritt wurde nicht abgeschlossen',
    body: 'Auf dem PC meldet EU Login, dass die nationale Anmeldung nicht abgeschlossen wurde; es hat sich also nichts geändert. Versuchen Sie es erneut oder verwenden Sie eine andere Methode.',
  },
} satisfies FlowStepTexts<'eid'>;
