import type { GuideTexts } from '../content.types.js';

/** Guide mode: questions for the person doing the real setup, and their possible answers. */
export const guideDe: GuideTexts = {
  lookupAccount: {
    question: 'Was zeigt EU Login, nachdem Sie auf „Weiter“ geklickt haben?',
    answers: { known: 'Ein Passwortfeld', unknown: 'Es findet keinen Benutzer mit dieser Adresse' },
  },
  registerAccount: {
    question: 'Was meldet die Seite, nachdem Sie auf „Konto erstellen“ geklickt haben?',
    answers: {
      ok: 'Eine E-Mail wurde an mich gesendet',
      alreadyRegistered: 'Die Adresse ist bereits registriert',
      institution: 'Adressen von EU-Institutionen werden nicht angenommen',
      disposable: 'Die Adresse wird nicht angenommen (temporäres Postfach)',
      captchaWrong: 'Der Code aus dem Bild war falsch',
    },
  },
  openLink: {
    question: 'Sie haben den Link aus der E-Mail geöffnet. Was sehen Sie?',
    answers: {
      valid: 'Eine Seite, auf der ich mein Passwort wähle',
      expired: 'Der Link ist abgelaufen oder wurde bereits verwendet',
    },
  },
  setPassword: {
    question: 'Was ist passiert, nachdem Sie das neue Passwort gesendet haben?',
    answers: { ok: 'Es wurde angenommen', tooSoon: 'Es heißt, ich hätte mein Passwort erst vor Kurzem geändert' },
  },
  requestPasswordReset: {
    question: 'Was meldet die Seite, nachdem Sie auf „Passwort anfordern“ geklickt haben?',
    answers: {
      ok: 'Eine E-Mail zum Zurücksetzen wurde gesendet',
      captchaWrong: 'Der Code aus dem Bild war falsch',
    },
  },
  signIn: {
    question: 'Was ist passiert, nachdem Sie auf „Anmelden“ geklickt haben?',
    answers: {
      ok: 'Es ging weiter',
      wrongPassword: 'Es heißt, das Passwort sei falsch',
      locked: 'Es heißt, ich müsse warten, bevor ich es erneut versuche',
      methodUnavailable: 'Es heißt, diese Überprüfungsmethode sei nicht eingerichtet',
    },
  },
  approvePinRequest: {
    question: 'Sie haben Ihre PIN in der App eingegeben. Was meldet die App?',
    answers: {
      ok: 'Es ist bestätigt',
      wrongPin: 'Die PIN ist falsch',
      refused: 'Die Anfrage wurde nach zu vielen Versuchen abgelehnt',
      expired: 'Die Anfrage ist abgelaufen',
    },
  },
  readQrChallenge: {
    question: 'Sie haben den QR-Code mit der EU-Login-App gescannt. Was zeigt die App?',
    answers: {
      code: 'Einen Code, den ich am Computer eingeben soll',
      invalid: 'Es heißt, der QR-Code sei ungültig',
      notInitialised: 'Sie bittet mich, die App zuerst zu initialisieren',
    },
  },
  verifyOtp: {
    question: 'Sie haben den Code am Computer eingegeben. Was ist passiert?',
    answers: {
      ok: 'Ich bin angemeldet',
      wrong: 'Es heißt, der Code sei falsch',
      used: 'Es heißt, der Code sei bereits verwendet worden',
      expired: 'Es heißt, der Code sei abgelaufen',
    },
  },
  assertSecurityKey: {
    question: 'Ihr Browser hat nach dem Sicherheitsschlüssel gefragt. Was ist passiert?',
    answers: {
      ok: 'Der Schlüssel wurde angenommen',
      cancelled: 'Ich habe abgebrochen oder die Zeit ist abgelaufen',
      notRegistered: 'Der Schlüssel ist nicht bekannt',
    },
  },
  scanEnrolmentQr: {
    question: 'Sie haben die EU-Login-App auf den QR-Code gerichtet. Was ist passiert?',
    answers: {
      ok: 'Sie fragt nach meiner PIN',
      invalid: 'Es heißt, der QR-Code sei ungültig',
      expired: 'Es heißt, der QR-Code sei abgelaufen',
    },
  },
  confirmEnrolmentPin: {
    question: 'Sie haben die PIN in der App eingegeben. Was meldet sie?',
    answers: {
      ok: 'Das Gerät ist eingerichtet',
      wrongPin: 'Die PIN ist falsch',
      refused: 'Sie hat nach zu vielen Versuchen abgelehnt',
      deviceInUse: 'Dieses Telefon wird bereits von einem anderen Konto verwendet',
      expired: 'Es heißt, die Anfrage sei abgelaufen',
    },
  },
  verifyAppCredentials: {
    question: 'Sie haben Ihre EU-Login-E-Mail-Adresse und Ihr Passwort in der App eingegeben. Was ist passiert?',
    answers: {
      ok: 'Sie fragt nach einer neuen PIN',
      wrongPassword: 'Das Passwort ist falsch',
      locked: 'Es heißt, ich müsse warten',
    },
  },
  completeEid: {
    question: 'Sie haben sich mit Ihrer nationalen eID angemeldet. Wo sind Sie jetzt?',
    answers: {
      ok: 'Zurück bei EU Login, es hat funktioniert',
      failed: 'Es ist fehlgeschlagen oder ich konnte es nicht abschließen',
      notLinked: 'Es heißt, diese eID sei mit keinem Konto verknüpft',
    },
  },
  registerSecurityKey: {
    question: 'Sie haben den Schlüssel berührt oder mit Windows Hello bestätigt. Was ist passiert?',
    answers: { ok: 'Der Schlüssel ist aufgeführt', duplicate: 'Es heißt, dieser Schlüssel sei bereits registriert' },
  },
};
