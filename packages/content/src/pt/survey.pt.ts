import type { SurveyTexts } from '../survey.types.js';

export const surveyPt: SurveyTexts = {
  promptHeading: 'Tem tempo para um inquérito rápido?',
  promptBody: 'Cinco perguntas curtas, cerca de 3 minutos, sobre como correu o ensaio. Pode saltar qualquer uma.',
  privacy:
    'As suas respostas ficam neste navegador: nada é enviado para lado nenhum. Pode transferi-las num ficheiro e partilhá-lo, se quiser.',
  take: 'Responder ao inquérito',
  dismiss: 'Não, obrigado',
  formHeading: 'Inquérito rápido',
  optional: 'opcional',
  questions: {
    ease: {
      legend: 'Foi fácil seguir este percurso?',
      choices: {
        veryEasy: 'Muito fácil',
        easy: 'Fácil',
        neither: 'Nem fácil nem difícil',
        hard: 'Difícil',
        veryHard: 'Muito difícil',
      },
    },
    clarity: {
      legend: 'Os passos corresponderam ao que esperava ver?',
      choices: { yes: 'Sim', partly: 'Em parte', no: 'Não' },
    },
    confidence: {
      legend: 'Sente-se preparado para o fazer no EU Login real?',
      choices: { ready: 'Sim, sozinho', needHelp: 'Sim, com alguma ajuda', notYet: 'Ainda não' },
    },
    factor: {
      legend: 'Que segundo fator vai usar?',
      choices: {
        app: 'A aplicação EU Login no telemóvel',
        tablet: 'A aplicação num tablet',
        securityKey: 'Uma chave de segurança',
        trustedPlatform: 'O meu computador (por exemplo, Windows Hello)',
        eid: 'A minha eID nacional',
        notSure: 'Ainda não sei',
      },
    },
    improve: {
      label: 'O que podemos melhorar?',
      hint: 'Não escreva palavras-passe, PIN nem outros dados pessoais.',
    },
  },
  submit: 'Guardar as respostas',
  skip: 'Saltar o inquérito',
  nothingAnswered: 'Responda a pelo menos uma pergunta, ou escolha "Saltar o inquérito".',
  tooLong: 'O comentário deve ter menos de {max} caracteres.',
  thanksHeading: 'Obrigado pelas suas respostas',
  thanksBody: 'Ficam guardadas apenas neste navegador. Não voltaremos a perguntar.',
  download: 'Transferir as respostas (JSON)',
};
