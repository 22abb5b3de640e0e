import type { SurveyTexts } from '../survey.types.js';

export const surveyDe: SurveyTexts = {
  promptHeading: 'Haben Sie Zeit für eine kurze Umfrage?',
  promptBody:
    'Fünf kurze Fragen, etwa 3 Minuten, damit Sie uns sagen können, wie die Übung gelaufen ist. Sie können jede Frage überspringen.',
  privacy:
    'Ihre Antworten bleiben in diesem Browser: Nichts wird irgendwohin gesendet. Sie können sie als Datei herunterladen und weitergeben, wenn Sie möchten.',
  take: 'An der Umfrage teilnehmen',
  dismiss: 'Nein, danke',
  formHeading: 'Kurze Umfrage',
  optional: 'optional',
  questions: {
    ease: {
      legend: 'Wie leicht war es, diesem Ablauf zu folgen?',
      choices: {
        veryEasy: 'Sehr leicht',
        easy: 'Leicht',
        neither: 'Weder leicht noch schwer',
        hard: 'Schwer',
        veryHard: 'Sehr schwer',
      },
    },
    clarity: {
      legend: 'Entsprachen die Schritte dem, was Sie erwartet hatten?',
      choices: { yes: 'Ja', partly: 'Teilweise', no: 'Nein' },
    },
    confidence: {
      legend: 'Fühlen Sie sich bereit, es im echten EU Login zu tun?',
      choices: { ready: 'Ja, allein', needHelp: 'Ja, mit etwas Hilfe', notYet: 'Noch nicht' },
    },
    factor: {
      legend: 'Welchen zweiten Faktor werden Sie verwenden?',
      choices: {
        app: 'Die EU-Login-App auf meinem Telefon',
        tablet: 'Die App auf einem Tablet',
        securityKey: 'Einen Sicherheitsschlüssel',
        trustedPlatform: 'Meinen Computer (zum Beispiel Windows Hello)',
        eid: 'Meine nationale eID',
        notSure: 'Noch nicht sicher',
      },
    },
    improve: {
      label: 'Was könnten wir verbessern?',
      hint: 'Bitte schreiben Sie keine Passwörter, PINs oder andere persönliche Angaben.',
    },
  },
  submit: 'Meine Antworten speichern',
  skip: 'Umfrage überspringen',
  nothingAnswered: 'Beantworten Sie mindestens eine Frage, oder wählen Sie „Umfrage überspringen“.',
  tooLong: 'Halten Sie Ihren Kommentar unter {max} Zeichen.',
  thanksHeading: 'Vielen Dank für Ihre Antworten',
  thanksBody: 'Sie sind nur in diesem Browser gespeichert. Wir fragen nicht noch einmal.',
  download: 'Meine Antworten herunterladen (JSON)',
};
