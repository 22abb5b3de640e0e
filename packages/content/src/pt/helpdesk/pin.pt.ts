import type { FlowHelpdeskScripts } from '../../content.types.js';

export const pinHelpdeskPt = {
  'pin.settings': {
    ask: [
      'A aplicação EU Login está aberta?',
      'O seu telemóvel é Android ou iPhone?',
      'Vê três pontos ou uma roda dentada, no canto superior direito ou no inferior direito?',
    ],
    say: [
      'Toque no ícone das definições (três pontos no Android, roda dentada no iPhone) e depois em «Esqueci-me do código PIN».',
    ],
    ifThen: [
      {
        if: 'A pessoa não encontra a opção',
        then: 'Elimine o dispositivo no computador, em «Gerir os meus dispositivos móveis», e adicione o telemóvel de novo com um PIN novo.',
      },
      {
        if: '«Esqueci-me do código PIN» não funciona',
        then: 'Elimine o dispositivo em «Gerir os meus dispositivos móveis» no computador (https://webgate.ec.europa.eu/cas/mobile) e adicione o telemóvel de novo com um PIN novo. A ajuda do EU Login já aconselhou isto em vez da redefinição na aplicação.',
      },
    ],
  },
  'pin.credentials': {
    ask: ['A aplicação pede o seu e-mail e a palavra-passe?'],
    say: ['Escreva o endereço de e-mail e a palavra-passe do EU Login, os mesmos que usa no computador.'],
    ifThen: [
      {
        if: 'A palavra-passe é recusada',
        then: 'Redefina-a no computador com «Esqueceu-se da palavra-passe?» e depois volte.',
      },
      {
        if: 'A aplicação bloqueia após várias tentativas',
        then: 'Aguarde algum tempo ({lockoutMinutes} minutos, valor assumido) ou redefina a palavra-passe.',
      },
    ],
  },
  'pin.new': {
    ask: ['A aplicação pede um PIN novo?'],
    say: ['Escolha quatro algarismos de que se lembre e escreva-os duas vezes.'],
    ifThen: [
      {
        if: 'Os dois PIN são diferentes',
        then: 'Escreva os dois de novo com calma.',
      },
    ],
  },
  'pin.changed': {
    ask: ['A aplicação confirma a alteração?'],
    say: [
      'Use o PIN novo a partir de agora.',
      'Se usava a impressão digital ou o rosto, ative-os de novo nas definições da aplicação.',
    ],
    ifThen: [
      {
        if: 'O PIN novo é recusado ao iniciar sessão',
        then: 'Elimine o dispositivo no computador e adicione-o de novo.',
      },
    ],
  },
} satisfies FlowHelpdeskScripts<'pin'>;
