import type { FlowHelpdeskScripts } from '../../content.types.js';

export const recoveryHelpdeskDe = {
  'recovery.options': {
    ask: [
      'Haben Sie das alte Telefon noch?',
      'Haben Sie einen anderen Faktor: ein zweites Telefon, einen Sicherheitsschlüssel, eine eID?',
    ],
    say: [
      'Wenn Ihr altes Telefon noch funktioniert: Fügen Sie zuerst das neue Telefon hinzu und löschen Sie dann das alte.',
      'Wenn das alte Telefon verloren oder unbrauchbar ist, aber ein anderer Faktor funktioniert: Melden Sie sich damit an, löschen Sie das alte Telefon und fügen Sie dann das neue hinzu.',
      'Wenn Sie keinen anderen Faktor haben: Melden Sie sich mit dem Passwort an, öffnen Sie „Mein Konto“ und verwenden Sie „Alle meine Geräte und eIDs löschen (PANIC)“.',
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
