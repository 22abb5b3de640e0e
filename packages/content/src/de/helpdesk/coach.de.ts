import type { FlowHelpdeskScripts } from '../../content.types.js';

export const coachHelpdeskDe = {
  'coach.journeys': {
    ask: [
      'Was möchten Sie heute tun: ein Konto erstellen, Ihr Telefon hinzufügen oder sich anmelden?',
      'Haben Sie bereits ein EU-Login-Konto?',
      'Haben Sie ein Smartphone oder Tablet bei sich?',
    ],
    say: [
      'Öffnen Sie den Coach und wählen Sie den Ablauf, der zu Ihrem Vorhaben passt.',
      'Wenn Sie unsicher sind, wählen Sie die vollständige Einrichtung: Sie deckt alles von Anfang an ab.',
      'Warum ein zweiter Faktor: Selbst wenn jemand Ihr Passwort stiehlt oder errät, kommt er ohne Ihr Telefon, Ihren Schlüssel oder Ihre eID nicht hinein.',
    ],
    ifThen: [
      {
        if: 'Die anrufende Person hat kein Smartphone',
        then: 'Wählen Sie „Kein Smartphone? Sicherheitsschlüssel verwenden“: Ein Tablet, ein Sicherheitsschlüssel oder Windows Hello funktioniert ebenfalls.',
      },
      {
        if: 'Die anrufende Person hat ihr Telefon verloren oder gewechselt',
        then: 'Altes Telefon verloren oder unbrauchbar: „Ein Telefon ersetzen, das Sie nicht mehr nutzen können“ wählen, wenn ein anderer Faktor noch funktioniert, sonst „Ich habe mein Telefon verloren“. Altes Telefon funktioniert noch: zuerst das neue hinzufügen, dann das alte löschen.',
      },
      {
        if: 'Die anrufende Person meldet sich bereits mit einer nationalen eID an',
        then: 'Sagen Sie ihr, dass sie nichts weiter einrichten muss: Die eID zählt bereits als zwei Faktoren.',
      },
    ],
  },
} satisfies FlowHelpdeskScripts<'coach'>;
