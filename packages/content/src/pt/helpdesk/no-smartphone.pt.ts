import type { FlowHelpdeskScripts } from '../../content.types.js';

export const noSmartphoneHelpdeskPt = {
  'noSmartphone.options': {
    ask: ['Tem um tablet Android ou um iPad?', 'Tem uma chave de segurança USB ou um computador com Windows Hello?'],
    say: [
      'Um tablet funciona exatamente como um telemóvel para a aplicação EU Login.',
      'Uma chave de segurança ou o Windows Hello adiciona-se em «Gerir as minhas chaves de segurança e plataformas de confiança».',
    ],
    ifThen: [
      {
        if: 'A pessoa pergunta por SMS',
        then: 'O EU Login deixou de oferecer códigos por SMS desde meados de 2025.',
      },
      {
        if: 'A pessoa tem uma eID nacional',
        then: 'Associá-la é outra opção, se o país for suportado.',
      },
      {
        if: 'A pessoa pergunta por chaves de acesso (passkeys)',
        then: 'Uma chave de acesso também serve: adicione-a com «Adicionar uma chave de segurança», de preferência a partir do navegador do telemóvel. Para a usar a partir de um computador, o Bluetooth tem de estar ativo nos dois dispositivos.',
      },
    ],
  },
} satisfies FlowHelpdeskScripts<'noSmartphone'>;
