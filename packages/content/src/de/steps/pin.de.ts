import type { FlowStepTexts } from '../../content.types.js';

export const pinStepsDe = {
  'pin.settings': {
    title: 'Öffnen Sie die App-Einstellungen',
    body: 'Öffnen Sie auf Ihrem Telefon die Einstellungen der EU-Login-App und wählen Sie „PIN-Code vergessen“; so ändern Sie auch die PIN. Das Einstellungssymbol sind drei Punkte auf Android und ein Zahnrad auf dem iPhone; wo es sitzt, hängt von der App-Version ab.',
  },
  'pin.credentials': {
    title: 'Weisen Sie nach, dass Sie es sind',
    body: 'Auf Ihrem Telefon bittet die App Sie, sich auszuweisen: Geben Sie Ihre EU-Login-E-Mail-Adresse und Ihr Passwort ein.',
    assumed:
      'EU Login veröffentlicht nicht, was die App hier nach mehreren falschen Passwörtern tut. Der Coach nimmt dieselbe Sperre wie am PC an: {passwordAttempts} Versuche, dann {lockoutMinutes} Minuten.',
  },
  'pin.new': {
    title: 'Wählen Sie eine neue PIN',
    body: 'Geben Sie auf Ihrem Telefon zweimal eine neue vierstellige PIN ein.',
  },
  'pin.changed': {
    title: 'Ihre neue PIN funktioniert',
    body: 'Auf Ihrem Telefon bestätigt die App die neue PIN. Das Entsperren per Fingerabdruck oder Gesicht ist ausgeschaltet und kann wieder eingeschaltet werden.',
  },
} satisfies FlowStepTexts<'pin'>;
