import type { Content } from '../content.types.js';

export const journeysDe = {
  fullSetup: {
    title: 'EU Login mit der App von Grund auf einrichten',
    description:
      'Ein Konto erstellen, Ihre E-Mail-Adresse bestätigen, ein Passwort wählen, die EU-Login-App auf Ihrem Telefon verknüpfen und sich damit anmelden.',
  },
  forgotPassword: {
    title: 'Ich habe mein Passwort vergessen',
    description:
      'Bei EU Login eine E-Mail zum Zurücksetzen anfordern, deren Link öffnen und ein neues Passwort wählen.',
  },
  forgotPin: {
    title: 'Ich habe meine App-PIN vergessen oder möchte sie ändern',
    description:
      'In den Einstellungen der EU-Login-App mit „PIN-Code vergessen“ und Ihrer E-Mail-Adresse und Ihrem Passwort eine neue PIN festlegen und sich dann damit anmelden.',
  },
  signInAppPin: {
    title: 'Mit der App und Ihrer PIN anmelden',
    description: 'Ihr Passwort am PC eingeben und dann auf Ihrem Telefon mit der vierstelligen PIN bestätigen.',
    methodNote:
      'Dieser Ablauf übt die App mit Ihrer PIN: „{method}“ ist als Überprüfungsmethode bereits ausgewählt. Lassen Sie es so, geben Sie Ihr Passwort ein und klicken Sie auf „Anmelden“.',
  },
  signInAppQr: {
    title: 'Mit einem QR-Code anmelden (funktioniert offline)',
    description: 'Den QR-Code am PC mit der EU-Login-App scannen und den angezeigten Einmalcode eingeben.',
    methodNote:
      'Dieser Ablauf übt den QR-Code: „{method}“ ist als Überprüfungsmethode bereits ausgewählt. Lassen Sie es so, geben Sie Ihr Passwort ein und klicken Sie auf „Anmelden“.',
  },
  signInSecurityKey: {
    title: 'Mit einem Sicherheitsschlüssel anmelden',
    description:
      'Ihr Passwort eingeben und dann Ihren Sicherheitsschlüssel berühren oder mit Windows Hello bestätigen.',
    methodNote:
      'Dieser Ablauf übt den Sicherheitsschlüssel: „{method}“ ist als Überprüfungsmethode bereits ausgewählt. Lassen Sie es so, geben Sie Ihr Passwort ein und klicken Sie auf „Anmelden“.',
  },
  signInEid: {
    title: 'Mit Ihrer nationalen eID anmelden',
    description:
      'Ihr Land wählen und sich auf der Seite Ihrer nationalen eID anmelden; kein Passwort und keine App nötig. Sie melden sich bereits mit eID an? Dann ist nichts zu aktivieren: Sie zählt als zwei Faktoren.',
  },
  linkEid: {
    title: 'Ihre nationale eID verknüpfen',
    description: 'Ihre nationale eID Ihrem EU-Login-Konto hinzufügen, damit sie als Ihr zweiter Faktor dienen kann.',
  },
  noSmartphone: {
    title: 'Kein Smartphone? Sicherheitsschlüssel verwenden',
    description:
      'Die Möglichkeiten ohne Smartphone ansehen, einen Sicherheitsschlüssel oder Windows Hello hinzufügen und sich damit anmelden.',
  },
  newPhone: {
    title: 'Ein Telefon ersetzen, das Sie nicht mehr nutzen können',
    description:
      'Ihr altes Telefon ist kaputt, zurückgesetzt oder weg: mit einem anderen Faktor anmelden (hier einem Sicherheitsschlüssel), das alte Telefon entfernen und die App auf dem neuen verknüpfen. Funktioniert das alte Telefon noch, zuerst das neue hinzufügen und danach das alte löschen.',
  },
  lostPhone: {
    title: 'Ich habe mein Telefon verloren',
    description:
      'Ohne anderen Faktor mit dem Passwort anmelden, unter „Mein Konto“ alle Ihre Geräte löschen (PANIC) und dann die App auf einem neuen Telefon verknüpfen.',
  },
} satisfies Content['journeys'];
