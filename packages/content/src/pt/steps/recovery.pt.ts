import type { FlowStepTexts } from '../../content.types.js';

export const recoveryStepsPt = {
  'recovery.options': {
    title: 'Perdeu ou substituiu o telemóvel?',
    body: 'Se o telemóvel antigo ainda funcionar, adicione primeiro o novo e só depois elimine o antigo. Se se perdeu ou já não funciona, inicie sessão com outro fator e retire-o; sem outro fator, inicie sessão com a palavra-passe e elimine todos os dispositivos em «A minha conta».',
  },
} satisfies FlowStepTexts<'recovery'>;
