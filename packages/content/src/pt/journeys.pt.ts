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
    title: 'Esqueci-me do PIN da aplicação ou quero alterá-lo',
    description:
      'Nas definições da aplicação EU Login, use «Esqueci-me do código PIN» com o seu e-mail e palavra-passe para definir um PIN novo e inicie sessão com ele.',
  },
  signInAppPin: {
    title: 'Iniciar sessão com a aplicação e o PIN',
    description: 'Escreva a palavra-passe no computador e confirme no telemóvel com o PIN de quatro algarismos.',
    methodNote:
      'Este percurso treina a aplicação com o PIN: «{method}» já está escolhido como método de verificação. Mantenha-o, escreva a palavra-passe e carregue em «Iniciar sessão».',
  },
  signInAppQr: {
    title: 'Iniciar sessão com um código QR (sem rede)',
    description:
      'Leia o código QR do computador com a aplicação EU Login e escreva o código de utilização única que ela mostra.',
    methodNote:
      'Este percurso treina o código QR: «{method}» já está escolhido como método de verificação. Mantenha-o, escreva a palavra-passe e carregue em «Iniciar sessão».',
  },
  signInSecurityKey: {
    title: 'Iniciar sessão com uma chave de segurança',
    description: 'Escreva a palavra-passe e depois toque na chave de segurança ou confirme com o Windows Hello.',
    methodNote:
      'Este percurso treina a chave de segurança: «{method}» já está escolhido como método de verificação. Mantenha-o, escreva a palavra-passe e carregue em «Iniciar sessão».',
  },
  signInEid: {
    title: 'Iniciar sessão com a eID nacional',
    description:
      'Escolha o seu país e inicie sessão na página nacional de eID; não precisa de palavra-passe nem de aplicação. Já inicia sessão com eID? Não há nada a ativar: conta como dois fatores.',
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
    title: 'Substituir um telemóvel que já não pode usar',
    description:
      'O telemóvel antigo avariou, foi reposto ou desapareceu: inicie sessão com outro fator (aqui, uma chave de segurança), retire o telemóvel antigo e associe a aplicação ao novo. Se o antigo ainda funcionar, adicione primeiro o novo e só depois elimine o antigo.',
  },
  lostPhone: {
    title: 'Perdi o telemóvel',
    description:
      'Sem nenhum outro fator, inicie sessão com a palavra-passe, elimine todos os dispositivos em «A minha conta» (PANIC) e associe depois a aplicação a um telemóvel novo.',
  },
} satisfies Content['journeys'];
