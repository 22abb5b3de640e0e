import type { FlowHelpdeskScripts } from '../../content.types.js';

export const passwordHelpdeskPt = {
  'password.set': {
    ask: [
      'A página mostra duas caixas, «Nova palavra-passe» e «Confirmar a nova palavra-passe»?',
      'O que diz a mensagem a vermelho por baixo da caixa, se houver?',
    ],
    say: [
      'Use pelo menos {min} caracteres, misturando maiúsculas, minúsculas, algarismos e um sinal como ! ou #.',
      'Deixe de fora o seu nome e a primeira parte do seu endereço de e-mail.',
      'Escreva a mesma palavra-passe nas duas caixas e prima «Enviar».',
    ],
    ifThen: [
      {
        if: 'A página diz que a palavra-passe foi alterada há pouco tempo',
        then: 'O EU Login permite uma alteração a cada {changeHours} horas. Inicie sessão com a palavra-passe atual ou tente amanhã.',
      },
      {
        if: 'As duas caixas não coincidem',
        then: 'Apague as duas e escreva de novo com calma; ative «Mostrar palavra-passe», se existir.',
      },
      {
        if: 'Um gestor de palavras-passe preencheu outra coisa',
        then: 'Apague as caixas e escreva a palavra-passe à mão.',
      },
    ],
  },
} satisfies FlowHelpdeskScripts<'password'>;
