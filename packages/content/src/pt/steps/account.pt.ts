import type { FlowStepTexts } from '../../content.types.js';

export const accountStepsPt = {
  'account.home': {
    title: 'Abra «A minha conta»',
    body: 'No computador, com sessão iniciada no EU Login, vá a «A minha conta» (no EU Login real, pelo ícone da roda dentada no canto superior direito). Aí vê o que pode gerir: dispositivos móveis, eID, chaves de segurança.',
  },
} satisfies FlowStepTexts<'account'>;
