import type { SurveyTexts } from '../survey.types.js';

export const surveyFr: SurveyTexts = {
  promptHeading: 'Vous avez un moment pour une courte enquête\u00a0?',
  promptBody:
    'Cinq petites questions, environ 3 minutes, pour nous dire comment s’est passé l’entraînement. Vous pouvez passer n’importe laquelle.',
  privacy:
    'Vos réponses restent dans ce navigateur\u00a0: rien n’est envoyé nulle part. Vous pouvez les télécharger dans un fichier et le partager si vous le souhaitez.',
  take: 'Répondre à l’enquête',
  dismiss: 'Non merci',
  formHeading: 'Courte enquête',
  optional: 'facultatif',
  questions: {
    ease: {
      legend: 'Ce parcours a-t-il été facile à suivre\u00a0?',
      choices: {
        veryEasy: 'Très facile',
        easy: 'Facile',
        neither: 'Ni facile ni difficile',
        hard: 'Difficile',
        veryHard: 'Très difficile',
      },
    },
    clarity: {
      legend: 'Les étapes correspondaient-elles à ce que vous vous attendiez à voir\u00a0?',
      choices: { yes: 'Oui', partly: 'En partie', no: 'Non' },
    },
    confidence: {
      legend: 'Vous sentez-vous prêt ou prête à le faire sur le vrai EU Login\u00a0?',
      choices: { ready: 'Oui, seul ou seule', needHelp: 'Oui, avec un peu d’aide', notYet: 'Pas encore' },
    },
    factor: {
      legend: 'Quel second facteur allez-vous utiliser\u00a0?',
      choices: {
        app: 'L’application EU Login sur mon téléphone',
        tablet: 'L’application sur une tablette',
        securityKey: 'Une clé de sécurité',
        trustedPlatform: 'Mon ordinateur (par exemple Windows Hello)',
        eid: 'Mon eID nationale',
        notSure: 'Je ne sais pas encore',
      },
    },
    improve: {
      label: 'Que pourrions-nous améliorer\u00a0?',
      hint: 'N’écrivez pas de mot de passe, de code PIN ni d’autres données personnelles.',
    },
  },
  submit: 'Enregistrer mes réponses',
  skip: 'Passer l’enquête',
  nothingAnswered: 'Répondez à au moins une question, ou choisissez «\u00a0Passer l’enquête\u00a0».',
  tooLong: 'Votre commentaire doit faire moins de {max} caractères.',
  thanksHeading: 'Merci pour vos réponses',
  thanksBody: 'Elles sont enregistrées uniquement dans ce navigateur. Nous ne vous le redemanderons pas.',
  download: 'Télécharger mes réponses (JSON)',
};
