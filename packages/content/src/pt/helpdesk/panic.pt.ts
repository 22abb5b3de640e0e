import type { FlowHelpdeskScripts } from '../../content.types.js';

export const panicHelpdeskPt = {
  'panic.confirm': {
    ask: ['Tem a certeza de que nenhum outro fator funciona?', 'Ainda sabe a palavra-passe?'],
    say: [
      'Confirme a eliminação.',
      'Depois adicione logo o telemóvel novo, porque muitos sites exigem um segundo fator.',
    ],
    ifThen: [
      {
        if: 'A pessoa ainda tem outro fator',
        then: 'Não use o PANIC; inicie sessão com esse fator e elimine apenas o telemóvel perdido.',
      },
    ],
  },
  'panic.done': {
    ask: ['A página confirma a eliminação?'],
    say: [
      'Vá a «Gerir os meus dispositivos móveis» (https://webgate.ec.europa.eu/cas/mobile) e adicione o telemóvel novo.',
    ],
    ifThen: [
      {
        if: 'A pessoa não pediu isto e recebeu um aviso de segurança',
        then: 'Alguém pode saber a palavra-passe: redefina-a de imediato.',
      },
    ],
  },
} satisfies FlowHelpdeskScripts<'panic'>;
