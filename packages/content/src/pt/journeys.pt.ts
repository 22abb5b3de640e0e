import type { Content } from '../content.types.js';

export const journeysPt = {
  fullSetup: {
    title: 'Configurar o EU Login com a aplicação, do zero',
    description:
      'Crie uma conta, confirme o e-mail, escolha a palavra-passe, associe a aplicação EU Login ao telemóvel e inicie sessão com ela.',
  },
  forgotPassword: {
    title: 'Esqueci-me da palavra-passe',
    description: 'Peça ao EU Login uma mensagem de redefinição, abra a ligação e escolha uma palavra-passe nova.',
  },
  forgotPin: {
    title: 'Esqueci-me do PIN da aplicação',
    description: 'Defina um PIN novo na aplicação EU Login com o seu e-mail e palavra-passe e inicie sessão com ele.',
  },
  signInAppPin: {
    title: 'Iniciar sessão com a aplicação e o PIN',
    description: 'Escreva a palavra-passe no computador e confirme no telemóvel com o PIN de quatro algarismos.',
  },
  signInAppQr: {
    title: 'Iniciar sessão com um código QR (sem rede)',
    description:
      'Leia o código QR do computador com a aplicação EU Login e escreva o código de utilização única que ela mostra.',
  },
  signInSecurityKey: {
    title: 'Iniciar sessão com uma chave de segurança',
    description: 'Escreva a palavra-passe e depois toque na chave de segurança ou confirme com o Windows Hello.',
  },
  signInEid: {
    title: 'Iniciar sessão com a eID nacional',
    description:
      'Escolha o seu país e inicie sessão na página nacional de eID; não precisa de palavra-passe nem de aplicação.',
  },
  linkEid: {
    title: 'Associar a eID nacional',
    description: 'Acrescente a sua eID nacional à conta EU Login, para que sirva de segundo fator.',
  },
  noSmartphone: {
    title: 'Sem smartphone? Use uma chave de segurança',
    description:
      'Conheça as opções sem smartphone, adicione uma chave de segurança ou o Windows Hello e inicie sessão com ela.',
  },
  newPhone: {
    title: 'Tenho um telemóvel novo',
    description: 'Inicie sessão com outro fator, retire o telemóvel antigo e associe a aplicação EU Login ao novo.',
  },
  lostPhone: {
    title: 'Perdi o telemóvel',
    description:
      'Sem nenhum outro fator, elimine todos os dispositivos e associe depois a aplicação a um telemóvel novo.',
  },
} satisfies Content['journeys'];
