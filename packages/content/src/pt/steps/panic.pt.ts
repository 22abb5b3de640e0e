import type { FlowStepTexts } from '../../content.types.js';

export const panicStepsPt = {
  'panic.confirm': {
    title: 'Elimine todos os dispositivos e eID',
    body: 'No computador, em «A minha conta», confirme «Eliminar todos os meus dispositivos e eID (PANIC)». Todos os telemóveis e eID são retirados da conta; depois inicia sessão só com a palavra-passe.',
  },
  'panic.done': {
    title: 'Todos os dispositivos foram retirados',
    body: 'No computador, o EU Login confirma que todos os dispositivos e eID foram eliminados e envia-lhe um aviso de segurança por e-mail. Adicione agora o telemóvel novo.',
    assumed:
      'O EU Login não publica se o PANIC pede verificações adicionais ou envia um e-mail. O treinador assume uma confirmação, a eliminação imediata e um aviso de segurança por e-mail.',
  },
} satisfies FlowStepTexts<'panic'>;
