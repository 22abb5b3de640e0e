import type { FlowStepTexts } from '../../content.types.js';

export const passwordStepsPt = {
  'password.set': {
    title: 'Escolha a palavra-passe',
    body: 'No computador, escreva duas vezes uma palavra-passe nova. Precisa de pelo menos {min} caracteres, com maiúsculas, minúsculas, um algarismo e um carácter especial.',
    assumed:
      'O EU Login não publica nenhuma regra contra o seu nome ou endereço de e-mail na palavra-passe. O treinador assume essa regra e recusa essas palavras-passe.',
  },
} satisfies FlowStepTexts<'password'>;
