import type { FlowHelpdeskScripts } from '../../content.types.js';

export const pinHelpdeskDe = {
  'pin.settings': {
    ask: [
      'Ist die EU-Login-App geöffnet?',
      'Haben Sie ein Android-Telefon oder ein iPhone?',
      'Sehen Sie drei Punkte oder ein Zahnrad, oben rechts oder unten rechts?',
    ],
    say: [
      'Tippen Sie auf das Einstellungssymbol (drei Punkte auf Android, ein Zahnrad auf dem iPhone) und dann auf „PIN-Code vergessen“.',
    ],
    ifThen: [
      {
        if: 'Die anrufende Person findet die Option nicht',
        then: 'Löschen Sie das Gerät am PC unter „Meine Mobilgeräte verwalten“ und fügen Sie das Telefon mit einer neuen PIN erneut hinzu.',
      },
      {
        if: '„PIN-Code vergessen“ funktioniert nicht',
        then: 'Löschen Sie das Gerät am PC unter „Meine Mobilgeräte verwalten“ (https://webgate.ec.europa.eu/cas/mobile) und fügen Sie das Telefon mit einer neuen PIN erneut hinzu. Die Hilfe von EU Login hat zeitweise dies statt des Zurücksetzens in der App empfohlen.',
      },
    ],
  },
  'pin.credentials': {
    ask: ['Fragt die App nach Ihrer E-Mail-Adresse und Ihrem Passwort?'],
    say: ['Geben Sie Ihre EU-Login-E-Mail-Adresse und Ihr Passwort ein, dieselben wie am PC.'],
    ifThen: [
      {
        if: 'Das Passwort wird abgelehnt',
        then: 'Setzen Sie es am PC mit „Passwort vergessen?“ zurück und kommen Sie dann wieder.',
      },
      {
        if: 'Die App sperrt nach mehreren Versuchen',
        then: 'Warten Sie eine Weile (angenommen {lockoutMinutes} Minuten) oder setzen Sie das Passwort zurück.',
      },
    ],
  },
  'pin.new': {
    ask: ['Fragt die App nach einer neuen PIN?'],
    say: ['Wählen Sie vier Ziffern, die Sie sich merken können, und geben Sie sie zweimal ein.'],
    ifThen: [
      {
        if: 'Die beiden PINs stimmen nicht überein',
        then: 'Geben Sie beide langsam erneut ein.',
      },
    ],
  },
  'pin.changed': {
    ask: ['Bestätigt die App die Änderung?'],
    say: [
      'Verwenden Sie ab jetzt die neue PIN.',
      'Wenn Sie das Entsperren per Fingerabdruck oder Gesicht genutzt haben, schalten Sie es in den App-Einstellungen wieder ein.',
    ],
    ifThen: [
      {
        if: 'Die neue PIN wird bei der Anmeldung abgelehnt',
        then: 'Löschen Sie das Gerät am PC und fügen Sie es erneut hinzu.',
      },
    ],
  },
} satisfies FlowHelpdeskScripts<'pin'>;
