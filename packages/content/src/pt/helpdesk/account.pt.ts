import type { FlowHelpdeskScripts } from '../../content.types.js';

export const accountHelpdeskPt = {
  'account.home': {
    ask: ['Vê um ícone de roda dentada no canto superior direito da página do EU Login?', 'Tem a sessão iniciada?'],
    say: [
      'Abra o menu de definições (a roda dentada, no canto superior direito) e escolha «A minha conta».',
      'Depois escolha a opção do que quer adicionar ou alterar.',
    ],
    ifThen: [
      {
        if: 'O EU Login pede que inicie sessão de novo com um segundo fator',
        then: 'É normal quando já existe um fator: confirme primeiro com ele.',
      },
      {
        if: 'O telemóvel perdido é o único fator',
        then: 'Use «Eliminar todos os meus dispositivos e eID (PANIC)» para recomeçar do zero.',
      },
      {
        if: 'As páginas do EU Login aparecem em inglês',
        then: 'Procure «My Account» e, a seguir, «Manage my mobile devices».',
      },
      {
        if: 'A pessoa quer mudar o endereço de e-mail da conta',
        then: 'Escolha «Configurar a minha conta», escreva o endereço novo, prima «Enviar» e abra a ligação de confirmação enviada para o endereço novo. Não crie uma segunda conta.',
      },
    ],
  },
} satisfies FlowHelpdeskScripts<'account'>;
