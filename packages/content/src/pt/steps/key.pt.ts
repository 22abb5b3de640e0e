import type { FlowStepTexts } from '../../content.types.js';

export const keyStepsPt = {
  'key.manage': {
    title: 'Gira as suas chaves de segurança',
    body: 'No computador, em «A minha conta», abra «Gerir as minhas chaves de segurança e plataformas de confiança» e escolha «Adicionar uma chave de segurança».',
  },
  'key.addForm': {
    title: 'Dê um nome à chave',
    body: 'No computador, dê à chave um nome que reconheça, como «Chave USB azul» ou «Portátil do trabalho», e prima «Enviar».',
    assumed:
      'O EU Login não publica regras para os nomes das chaves nem o que acontece se a mesma chave for adicionada duas vezes. O treinador assume um nome curto, sem < nem >, e recusa uma chave que já esteja na conta.',
  },
  'key.prompt': {
    title: 'Confirme com a chave',
    body: 'No computador, o navegador pede que use a chave: toque nela quando piscar, ou confirme com o Windows Hello (impressão digital, rosto ou PIN).',
  },
  'key.added': {
    title: 'A chave foi adicionada',
    body: 'No computador, a chave aparece na sua lista. Escolha-a em «Escolha o método de verificação» quando iniciar sessão.',
  },
  'key.failed': {
    title: 'A chave não foi adicionada',
    body: 'No computador, o EU Login indica que não foi possível adicionar a chave: o pedido foi cancelado ou a chave já está na sua conta.',
  },
} satisfies FlowStepTexts<'key'>;
