import type { FlowStepTexts } from '../../content.types.js';

export const signInStepsPt = {
  'signIn.email': {
    title: 'Escreva o seu endereço de e-mail',
    body: 'No computador, a página do EU Login pede primeiro o endereço de e-mail. Escreva-o e prima «Seguinte».',
  },
  'signIn.userNotFound': {
    title: 'Não há conta para este endereço',
    body: 'No computador, o EU Login indica que não conhece nenhuma conta com o endereço escrito. Verifique a ortografia, experimente outro endereço ou crie uma conta.',
  },
  'signIn.password': {
    title: 'Escreva a palavra-passe e escolha como confirmar',
    body: 'No computador, escreva a palavra-passe, escolha um método em «Escolha o método de verificação» e prima «Iniciar sessão». A lista só mostra os métodos que o site aceita.',
  },
  'signIn.locked': {
    title: 'Demasiadas tentativas falhadas',
    body: 'No computador, o EU Login recusa durante algum tempo o início de sessão nesta conta após demasiadas tentativas falhadas: palavras-passe erradas, PIN da aplicação errados ou códigos únicos errados. Recomeçar não levanta o bloqueio. Aguarde cerca de {lockoutMinutes} minutos ou redefina a palavra-passe.',
    assumed:
      'O EU Login não publica quantas tentativas falhadas aceita nem quanto tempo espera depois. O treinador assume {passwordAttempts} palavras-passe, {pinAttempts} PIN da aplicação ou {otpAttempts} códigos seguidos, e {lockoutMinutes} minutos.',
  },
  'signIn.pinWait': {
    title: 'Confirme o início de sessão no telemóvel',
    body: 'O computador fica à espera enquanto o EU Login envia um pedido ao seu telemóvel. Abra a aplicação EU Login: o pedido aparece e pede o PIN.',
    assumed:
      'O EU Login não publica quanto tempo o computador espera pela sua confirmação. O treinador assume {pinWaitSeconds} segundos.',
  },
  'signIn.appNotification': {
    title: 'Toque na notificação',
    body: 'A aplicação estava em segundo plano, por isso o telemóvel mostra uma notificação do EU Login. Toque nela para abrir o pedido.',
  },
  'signIn.appPin': {
    title: 'Escreva o PIN da aplicação',
    body: 'No telemóvel, a aplicação EU Login pede o PIN de quatro algarismos que escolheu ao adicionar o telemóvel. Escreva-o e toque em «Autenticar».',
    assumed:
      'O EU Login não publica quantos PIN errados a aplicação aceita. O treinador assume {pinAttempts}; depois disso, o pedido é recusado.',
  },
  'signIn.refused': {
    title: 'Início de sessão recusado',
    body: 'No computador, o EU Login indica que o pedido foi recusado, normalmente após demasiados PIN errados na aplicação. Esses PIN contam para a conta, não para um só pedido: após {pinAttempts} seguidos, o início de sessão fica bloqueado durante cerca de {lockoutMinutes} minutos, mesmo com um pedido novo.',
    assumed:
      'O EU Login não publica ao fim de quantos PIN errados um pedido é recusado nem quanto tempo o início de sessão fica depois bloqueado. O treinador assume {pinAttempts} PIN e {lockoutMinutes} minutos.',
  },
  'signIn.qrScan': {
    title: 'Leia o código QR com a aplicação',
    body: 'O computador mostra um código QR. No telemóvel, abra a aplicação EU Login, escolha ler um código QR e aponte a câmara para o ecrã do computador. Funciona mesmo sem internet.',
  },
  'signIn.qrCode': {
    title: 'Escreva o código de utilização única no computador',
    body: 'O telemóvel mostra agora um código de utilização única. Escreva-o na caixa do computador e prima «Iniciar sessão». Cada código só funciona uma vez.',
    assumed:
      'O EU Login não publica o aspeto do código de utilização única nem quanto tempo dura. O treinador mostra letras e algarismos em dois grupos e aceita-os durante {challengeMinutes} minutos.',
  },
  'signIn.securityKey': {
    title: 'Use a sua chave de segurança',
    body: 'No computador, o navegador pede que confirme com a chave de segurança ou com o Windows Hello. Toque na chave ou use a impressão digital, o rosto ou o PIN.',
  },
  'signIn.expired': {
    title: 'O pedido expirou',
    body: 'No computador, o EU Login indica que o pedido de início de sessão demorou demasiado. Recomece e confirme no telemóvel um pouco mais depressa.',
    assumed:
      'O EU Login não publica quanto tempo dura um pedido de início de sessão. O treinador assume {pinWaitSeconds} segundos para um pedido de PIN e {challengeMinutes} minutos para um código QR.',
  },
  'signIn.done': {
    title: 'Sessão iniciada',
    body: 'O computador voltou ao site que queria usar, com a sessão iniciada. Não há mais nada a fazer.',
  },
} satisfies FlowStepTexts<'signIn'>;
