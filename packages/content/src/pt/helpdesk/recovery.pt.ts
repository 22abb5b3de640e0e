import type { FlowHelpdeskScripts } from '../../content.types.js';

export const recoveryHelpdeskPt = {
  'recovery.options': {
    ask: ['Ainda tem o telemóvel antigo?', 'Tem outro fator: um segundo telemóvel, uma chave de segurança, uma eID?'],
    say: [
      'Telemóvel antigo ainda a funcionar: adicione primeiro o novo e depois elimine o antigo.',
      'Telemóvel antigo perdido ou inutilizável, mas outro fator funciona: inicie sessão com ele, elimine o telemóvel antigo e adicione o novo.',
      'Sem outro fator: inicie sessão com a palavra-passe, abra «A minha conta» e use «Eliminar todos os meus dispositivos e eID (PANIC)».',
    ],
    ifThen: [
      {
        if: 'A pessoa quer eliminar um telemóvel que ainda funciona antes de adicionar o novo',
        then: 'Pare: adicione primeiro o telemóvel novo, para que a conta nunca fique sem fator.',
      },
      {
        if: 'A opção «Exigir sempre autenticação multifator» estava ativa',
        then: 'A palavra-passe sozinha não é oferecida, por isso a pessoa fica sem acesso: contacte o apoio do EU Login através de https://webgate.ec.europa.eu/cas/help.html.',
      },
    ],
  },
} satisfies FlowHelpdeskScripts<'recovery'>;
