import type { FlowStepTexts } from '../../content.types.js';

export const pinStepsPt = {
  'pin.settings': {
    title: 'Abra as definições da aplicação',
    body: 'No telemóvel, abra as definições da aplicação EU Login e escolha «Esqueci-me do código PIN»; é também assim que se altera o PIN. O ícone das definições tem a forma de três pontos no Android e de uma roda dentada no iPhone, e a posição depende da versão da aplicação.',
  },
  'pin.credentials': {
    title: 'Prove que é a própria pessoa',
    body: 'No telemóvel, a aplicação pede que prove a sua identidade: escreva o endereço de e-mail e a palavra-passe do EU Login.',
    assumed:
      'O EU Login não publica o que a aplicação faz após várias palavras-passe erradas aqui. O treinador assume o mesmo bloqueio do computador: {passwordAttempts} tentativas e depois {lockoutMinutes} minutos.',
  },
  'pin.new': {
    title: 'Escolha um PIN novo',
    body: 'No telemóvel, escreva duas vezes um PIN novo de quatro algarismos.',
  },
  'pin.changed': {
    title: 'O PIN novo funciona',
    body: 'No telemóvel, a aplicação confirma o PIN novo. O desbloqueio por impressão digital ou rosto fica desligado e pode ser ativado de novo.',
  },
} satisfies FlowStepTexts<'pin'>;
