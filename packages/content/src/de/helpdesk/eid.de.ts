import type { FlowHelpdeskScripts } from '../../content.types.js';

export const eidHelpdeskDe = {
  'eid.manage': {
    ask: ['Welches Land hat Ihre eID ausgestellt?', 'Verwenden Sie ein Kartenlesegerät oder eine nationale eID-App?'],
    say: ['Wählen Sie „Meine eIDs verwalten“ und dann „Meine eID verknüpfen“.'],
    ifThen: [
      {
        if: 'EU Login verlangt zuerst einen zweiten Faktor',
        then: 'Bestätigen Sie mit dem Faktor, den Sie bereits haben.',
      },
    ],
  },
  'eid.country': {
    ask: ['Ist die Flagge Ihres Landes in der Liste?'],
    say: ['Klicken Sie auf die Flagge Ihres Landes und dann auf „Senden“.'],
    ifThen: [
      {
        if: 'Das Land fehlt',
        then: 'Dessen eID kann noch nicht mit EU Login verwendet werden. Verwenden Sie stattdessen die App oder einen Sicherheitsschlüssel.',
      },
      {
        if: 'Die anrufende Person hat „Mit eID anmelden“ gewählt, die eID aber nie mit ihrem Konto verknüpft',
        then: 'Dadurch entsteht ein separates Konto, das nur die eID enthält, nicht das gewohnte. Melden Sie sich stattdessen mit dem Passwort an und verknüpfen Sie die eID unter „Mein Konto“.',
      },
    ],
  },
  'eid.national': {
    ask: ['Welche Seite ist jetzt geöffnet: der eID-Dienst Ihres Landes?'],
    say: [
      'Folgen Sie den Anweisungen Ihrer nationalen eID-Seite.',
      'Fragen zur Karte, zum Lesegerät oder zur nationalen App richten Sie an Ihren nationalen eID-Support.',
    ],
    ifThen: [
      {
        if: 'Die nationale Seite zeigt einen Fehler',
        then: 'Prüfen Sie das Kartenlesegerät und die nationale App und beginnen Sie dann erneut bei „Meine eID verknüpfen“.',
      },
      {
        if: 'Die anrufende Person hat abgebrochen',
        then: 'Beginnen Sie erneut bei „Meine eID verknüpfen“.',
      },
    ],
  },
  'eid.linked': {
    ask: ['Bestätigt die Seite, dass die eID verknüpft ist?'],
    say: ['Wählen Sie beim nächsten Mal „Mit eID anmelden“ auf der ersten EU-Login-Seite.'],
    ifThen: [
      {
        if: 'Die Website bietet „Mit eID anmelden“ nicht an',
        then: 'Diese Website akzeptiert keine eID; verwenden Sie dort die App oder einen Sicherheitsschlüssel.',
      },
    ],
  },
  'eid.failed': {
    ask: ['Haben Sie auf der nationalen Seite abgebrochen, oder hat sie einen Fehler gezeigt?'],
    say: [
      'Klicken Sie auf „Erneut versuchen“, um Ihr Land erneut zu wählen, oder brechen Sie ab und verwenden Sie eine andere Methode.',
    ],
    ifThen: [
      {
        if: 'Es schlägt jedes Mal fehl',
        then: 'Wenden Sie sich an den nationalen eID-Support, oder richten Sie stattdessen die EU-Login-App ein.',
      },
    ],
  },
} satisfies FlowHelpdeskScripts<'eid'>;
