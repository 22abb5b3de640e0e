import type { FlowHelpdeskScripts } from '../../content.types.js';

export const passwordResetHelpdeskPt = {
  'passwordReset.request': {
    ask: ['O seu endereço de e-mail aparece na página?', 'Consegue ler os caracteres da imagem?'],
    say: [
      'Confirme que o endereço é o da sua conta EU Login.',
      'Escreva os caracteres da imagem e prima «Obter uma palavra-passe».',
    ],
    ifThen: [
      {
        if: 'A imagem é ilegível',
        then: 'Prima o botão das duas setas para obter uma imagem nova.',
      },
      {
        if: 'O endereço da conta está desatualizado',
        then: 'A mensagem vai para o endereço antigo. Se já não tiver acesso a ele, contacte o apoio do EU Login através de https://webgate.ec.europa.eu/cas/help.html.',
      },
    ],
  },
  'passwordReset.mailSent': {
    ask: ['Já procurou na pasta de spam ou de lixo eletrónico?', 'Pediu a redefinição mais do que uma vez?'],
    say: [
      'Procure uma mensagem de automated-notifications@nomail.ec.europa.eu e abra a ligação.',
      'Se fez vários pedidos, use apenas a mensagem mais recente.',
    ],
    ifThen: [
      {
        if: 'Não chega nada',
        then: 'Aguarde até {mailMinutes} minutos e veja o spam; depois peça uma ligação nova.',
      },
      {
        if: 'A ligação diz que expirou ou que é inválida',
        then: 'Peça uma ligação nova com «Esqueceu-se da palavra-passe?» e use a mensagem mais recente.',
      },
    ],
  },
  'passwordReset.linkExpired': {
    ask: ['Esta é a mensagem de redefinição mais recente que recebeu?'],
    say: [
      'Volte a https://webgate.ec.europa.eu/cas/login, escreva o seu endereço de e-mail, escolha «Esqueceu-se da palavra-passe?» e peça de novo.',
      'Abra logo a mensagem nova.',
    ],
    ifThen: [
      {
        if: 'Todas as ligações parecem expiradas',
        then: 'Apague as mensagens de redefinição antigas, peça mais uma vez e espere apenas por essa mensagem.',
      },
    ],
  },
  'passwordReset.done': {
    ask: ['A página confirma que a palavra-passe foi alterada?'],
    say: [
      'A palavra-passe nova já está ativa. Inicie sessão com ela como habitualmente.',
      'Só a poderá alterar de novo daqui a {changeHours} horas.',
    ],
    ifThen: [
      {
        if: 'A palavra-passe antiga está guardada no navegador',
        then: 'Atualize ou apague a palavra-passe guardada para que não preencha a antiga.',
      },
    ],
  },
} satisfies FlowHelpdeskScripts<'passwordReset'>;
