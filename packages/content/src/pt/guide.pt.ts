import type { GuideTexts } from '../content.types.js';

/** Modo guiado: perguntas para quem faz a configuração real, e as respostas possíveis. */
export const guidePt: GuideTexts = {
  lookupAccount: {
    question: 'Depois de carregar em «Seguinte», o que mostra o EU Login?',
    answers: { known: 'Um campo para a palavra-passe', unknown: 'Não encontra nenhum utilizador com esse endereço' },
  },
  registerAccount: {
    question: 'Depois de carregar em «Criar uma conta», o que diz a página?',
    answers: {
      ok: 'Foi-me enviado um e-mail',
      alreadyRegistered: 'O endereço já está registado',
      institution: 'Não são aceites endereços de instituições da UE',
      disposable: 'O endereço não é aceite (caixa de correio temporária)',
      captchaWrong: 'O código da imagem estava errado',
    },
  },
  openLink: {
    question: 'Abriu a ligação do e-mail. O que vê?',
    answers: { valid: 'Uma página para escolher a palavra-passe', expired: 'A ligação expirou ou já foi usada' },
  },
  setPassword: {
    question: 'Depois de enviar a nova palavra-passe, o que aconteceu?',
    answers: { ok: 'Foi aceite', tooSoon: 'Diz que mudei a palavra-passe há pouco tempo' },
  },
  requestPasswordReset: {
    question: 'Depois de carregar em «Obter uma palavra-passe», o que diz a página?',
    answers: { ok: 'Foi enviado um e-mail de reposição', captchaWrong: 'O código da imagem estava errado' },
  },
  signIn: {
    question: 'Depois de carregar em «Iniciar sessão», o que aconteceu?',
    answers: {
      ok: 'Avançou',
      wrongPassword: 'Diz que a palavra-passe está incorreta',
      locked: 'Diz que tenho de esperar antes de tentar de novo',
      methodUnavailable: 'Diz que este método de verificação não está configurado',
    },
  },
  approvePinRequest: {
    question: 'Escreveu o PIN na aplicação. O que diz a aplicação?',
    answers: {
      ok: 'Está aprovado',
      wrongPin: 'O PIN está errado',
      refused: 'O pedido foi recusado depois de demasiadas tentativas',
      expired: 'O pedido expirou',
    },
  },
  readQrChallenge: {
    question: 'Leu o código QR com a aplicação EU Login. O que mostra a aplicação?',
    answers: {
      code: 'Um código para escrever no computador',
      invalid: 'Diz que o código QR não é válido',
      notInitialised: 'Pede para inicializar primeiro a aplicação',
    },
  },
  verifyOtp: {
    question: 'Escreveu o código no computador. O que aconteceu?',
    answers: {
      ok: 'Tenho a sessão iniciada',
      wrong: 'Diz que o código está errado',
      used: 'Diz que o código já foi usado',
      expired: 'Diz que o código expirou',
    },
  },
  assertSecurityKey: {
    question: 'O navegador pediu a chave de segurança. O que aconteceu?',
    answers: {
      ok: 'Aceitou a chave',
      cancelled: 'Cancelei ou o tempo esgotou-se',
      notRegistered: 'A chave não é conhecida',
    },
  },
  scanEnrolmentQr: {
    question: 'Apontou a aplicação EU Login ao código QR. O que aconteceu?',
    answers: {
      ok: 'Pede o meu PIN',
      invalid: 'Diz que o código QR não é válido',
      expired: 'Diz que o código QR expirou',
    },
  },
  confirmEnrolmentPin: {
    question: 'Escreveu o PIN na aplicação. O que diz?',
    answers: {
      ok: 'O dispositivo ficou configurado',
      wrongPin: 'O PIN está errado',
      refused: 'Recusou depois de demasiadas tentativas',
      deviceInUse: 'Este telemóvel já é usado por outra conta',
      expired: 'Diz que o pedido expirou',
    },
  },
  verifyAppCredentials: {
    question: 'Escreveu o e-mail e a palavra-passe do EU Login na aplicação. O que aconteceu?',
    answers: {
      ok: 'Pede um novo PIN',
      wrongPassword: 'A palavra-passe está errada',
      locked: 'Diz que tenho de esperar',
    },
  },
  completeEid: {
    question: 'Iniciou sessão com o seu eID nacional. Onde está agora?',
    answers: {
      ok: 'De volta ao EU Login, correu bem',
      failed: 'Falhou ou não consegui terminar',
      notLinked: 'Diz que esta eID não está associada a nenhuma conta',
    },
  },
  registerSecurityKey: {
    question: 'Tocou na chave ou confirmou com o Windows Hello. O que aconteceu?',
    answers: { ok: 'A chave aparece na lista', duplicate: 'Diz que esta chave já está registada' },
  },
};
