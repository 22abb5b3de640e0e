import type { SurveyTexts } from '../survey.types.js';

export const surveyEn: SurveyTexts = {
  promptHeading: 'Have time for a quick survey?',
  promptBody: 'Five short questions, about 3 minutes, to tell us how the rehearsal went. You can skip any of them.',
  privacy:
    'Your answers stay in this browser: nothing is sent anywhere. You can download them as a file and share it if you wish.',
  take: 'Take the survey',
  dismiss: 'No, thanks',
  formHeading: 'Quick survey',
  optional: 'optional',
  questions: {
    ease: {
      legend: 'How easy was this journey to follow?',
      choices: {
        veryEasy: 'Very easy',
        easy: 'Easy',
        neither: 'Neither easy nor hard',
        hard: 'Hard',
        veryHard: 'Very hard',
      },
    },
    clarity: {
      legend: 'Did the steps match what you expected to see?',
      choices: { yes: 'Yes', partly: 'Partly', no: 'No' },
    },
    confidence: {
      legend: 'Do you feel ready to do it on the real EU Login?',
      choices: { ready: 'Yes, on my own', needHelp: 'Yes, with some help', notYet: 'Not yet' },
    },
    factor: {
      legend: 'Which second factor will you use?',
      choices: {
        app: 'The EU Login app on my phone',
        tablet: 'The app on a tablet',
        securityKey: 'A security key',
        trustedPlatform: 'My computer (for example Windows Hello)',
        eid: 'My national eID',
        notSure: 'Not sure yet',
      },
    },
    improve: {
      label: 'What could we improve?',
      hint: 'Please do not write passwords, PINs or other personal details.',
    },
  },
  submit: 'Save my answers',
  skip: 'Skip the survey',
  nothingAnswered: 'Answer at least one question, or choose "Skip the survey".',
  tooLong: 'Keep your comment under {max} characters.',
  thanksHeading: 'Thank you for your answers',
  thanksBody: 'They are saved in this browser only. We will not ask again.',
  download: 'Download my answers (JSON)',
};
