import type { FlowStepTexts } from '../../content.types.js';

export const passwordResetStepsPt = {
  'passwordReset.request': {
    title: 'Peça uma palavra-passe nova',
    body: 'No computador, confirme o endereço de e-mail, escreva os caracteres da imagem e prima «Obter uma palavra-passe». O EU Login envia-lhe depois uma ligação por e-mail.',
  },
  'passwordReset.mailSent': {
    title: 'Abra a mensagem de redefinição',
    body: 'Na caixa de correio chega uma mensagem do EU Login com uma ligação para definir uma palavra-passe nova. Pode demorar até {mailMinutes} minutos; veja também o spam. (Aqui, o botão «Aguardar» da caixa de correio poupa-lhe a espera.)',
    assumed:
      'O EU Login não publica quanto tempo funciona uma ligação de redefinição nem se um pedido mais recente anula as ligações anteriores. O treinador assume {linkMinutes} minutos e só aceita a ligação mais recente.',
  },
  'passwordReset.linkExpired': {
    title: 'A ligação de redefinição já não funciona',
    body: 'No computador, o EU Login indica que a ligação expirou ou foi substituída por uma mais recente. Peça uma ligação nova.',
    assumed:
      'O EU Login não publica quanto tempo funciona uma ligação de redefinição. O treinador assume {linkMinutes} minutos, e um pedido mais recente substitui as ligações anteriores.',
  },
  'passwordReset.done': {
    title: 'A palavra-passe nova está definida',
    body: 'No computador, o EU Login confirma a palavra-passe nova. Use-a a partir de agora; a aplicação e as chaves continuam a funcionar como antes.',
  },
} satisfies FlowStepTexts<'passwordReset'>;
