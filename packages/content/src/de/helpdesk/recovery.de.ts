import type { FlowHelpdeskScripts } from '../../content.types.js';

export const recoveryHelpdeskDe = {
  'recovery.options': {
    ask: [
      'Haben Sie das alte Telefon noch?',
      'Haben Sie einen anderen Faktor: ein zweites Telefon, einen Sicherheitsschlüssel, eine eID?',
    ],
    say: [
      'Altes Telefon funktioniert noch: zuerst das neue Telefon hinzufügen, dann das alte löschen.',
      'Altes Telefon verloren oder unbrauchbar, aber ein anderer Faktor funktioniert: damit anmelden, das alte Telefon löschen, dann das neue hinzufügen.',
      'Kein anderer Faktor: mit dem Passwort anmelden, „Mein Konto“ öffnen und „Alle meine Geräte und eIDs löschen (PANIC)“ verwenden.',
    ],
    ifThen: [
      {
        if: 'Die anrufende Person möchte ein noch funktionierendes Telefon löschen, bevor sie das neue hinzufügt',
        then: 'Halt: Zuerst das neue Telefon hinzufügen, damit das Konto nie ohne Faktor ist.',
      },
      {
        if: '„Immer eine Multi-Faktor-Authentifizierung verlangen“ war eingeschaltet',
        then: 'Das Passwort allein wird nicht angeboten, die anrufende Person ist also ausgesperrt: Wenden Sie sich über https://webgate.ec.europa.eu/cas/help.html an den EU-Login-Support.',
      },
    ],
  },
} satisfies FlowHelpdeskScripts<'recovery'>;
