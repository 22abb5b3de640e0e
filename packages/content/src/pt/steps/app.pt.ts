import type { FlowStepTexts } from '../../content.types.js';

export const appStepsPt = {
  'app.install': {
    title: 'Instale a aplicação EU Login',
    body: 'No telemóvel, abra a loja de aplicações (Google Play ou App Store), procure «EU Login» e instale a aplicação gratuita da Comissão Europeia.',
  },
  'app.notifications': {
    title: 'Permita as notificações',
    body: 'No telemóvel, a aplicação EU Login pede autorização para enviar notificações. Permita: a aplicação precisa delas para a configuração e para receber pedidos de início de sessão.',
  },
  'app.notificationsDenied': {
    title: 'Volte a ativar as notificações',
    body: 'No telemóvel, as notificações do EU Login estão desligadas, por isso a aplicação não consegue concluir a configuração. Ative-as nas definições do telemóvel.',
  },
  'app.welcome': {
    title: 'Comece a configuração na aplicação',
    body: 'No telemóvel, a aplicação EU Login mostra o ecrã de boas-vindas. Toque em «Inicializar»: a aplicação indica que deve abrir o EU Login no computador.',
  },
  'app.noScreenLock': {
    title: 'Proteja primeiro o telemóvel',
    body: 'No telemóvel, a aplicação EU Login recusa-se a arrancar porque o telemóvel não tem bloqueio de ecrã. Defina um PIN, um padrão ou a impressão digital nas definições do telemóvel.',
    assumed:
      'A FAQ do Europass diz que a aplicação não pode ser usada num telemóvel sem bloqueio de ecrã, mas não diz como a aplicação o indica. O treinador assume um aviso que impede continuar antes de «Inicializar».',
  },
  'app.cameraPermission': {
    title: 'Permita a câmara',
    body: 'No telemóvel, a aplicação EU Login pede para usar a câmara, para poder ler o código QR. Permita.',
  },
  'app.cameraDenied': {
    title: 'Permita a câmara nas definições',
    body: 'No telemóvel, a aplicação EU Login não tem acesso à câmara e por isso não consegue ler o código QR. Permita a câmara nas definições do telemóvel.',
  },
  'app.scanner': {
    title: 'Leia o código QR do computador',
    body: 'No telemóvel, a aplicação mostra a imagem da câmara. Segure o telemóvel em frente do ecrã do computador, de modo que o código QR preencha o enquadramento; a aplicação real avança sozinha quando o tiver lido (aqui, prima «Ler o código QR no ecrã do PC»).',
  },
  'app.foreignScanner': {
    title: 'Leitor errado',
    body: 'No telemóvel, a aplicação da câmara leu o código QR como texto simples. Só a aplicação EU Login o consegue usar: volte à aplicação e leia o código a partir dela.',
  },
  'app.scanError': {
    title: 'A aplicação não conseguiu usar o código',
    body: 'No telemóvel, a aplicação diz que o código QR é inválido ou expirou. Obtenha um código novo no computador e leia-o de novo.',
  },
  'app.enrolPin': {
    title: 'Confirme com o PIN',
    body: 'No telemóvel, escreva o PIN de quatro algarismos que escolheu há pouco no computador e toque em «Autenticar».',
    assumed:
      'O EU Login não publica quantos PIN errados aceita aqui. O treinador assume {pinAttempts}; depois disso, este código QR deixa de funcionar e recomeça no computador.',
  },
  'app.deviceInUse': {
    title: 'Este telemóvel pertence a outra conta',
    body: 'No telemóvel, a aplicação diz que já está associada a outra conta EU Login. Desassocie essa conta na aplicação ou use outro dispositivo.',
    assumed:
      'Os guias do EU Login não concordam: os mais antigos permitem uma conta por dispositivo, os mais recentes descrevem várias contas na mesma aplicação. O treinador segue a regra antiga e recusa uma segunda conta.',
  },
  'app.enrolled': {
    title: 'A aplicação está configurada',
    body: 'No telemóvel, a aplicação confirma que o dispositivo está configurado. Toque em «Continuar»; o computador também confirma.',
  },
} satisfies FlowStepTexts<'app'>;
