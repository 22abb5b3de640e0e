import type { FlowHelpdeskScripts } from '../../content.types.js';

export const eidHelpdeskPt = {
  'eid.manage': {
    ask: ['Que país emitiu a sua eID?', 'Usa um leitor de cartões ou uma aplicação nacional de eID?'],
    say: ['Escolha «Gerir as minhas eID» e depois «Associar a minha eID».'],
    ifThen: [
      {
        if: 'O EU Login pede primeiro um segundo fator',
        then: 'Confirme com o fator que já tem.',
      },
    ],
  },
  'eid.country': {
    ask: ['A bandeira do seu país está na lista?'],
    say: ['Clique na bandeira do seu país e depois em «Enviar».'],
    ifThen: [
      {
        if: 'O país não está na lista',
        then: 'A eID desse país ainda não pode ser usada com o EU Login. Use antes a aplicação ou uma chave de segurança.',
      },
      {
        if: 'A pessoa escolheu «Iniciar sessão com eID» sem nunca ter associado a eID à conta',
        then: 'Isso cria uma conta à parte, só com a eID, e não a conta habitual. Inicie antes sessão com a palavra-passe e associe a eID em «A minha conta».',
      },
    ],
  },
  'eid.national': {
    ask: ['Que página está aberta agora: o serviço de eID do seu país?'],
    say: [
      'Siga a página nacional de eID.',
      'Dúvidas sobre o cartão, o leitor ou a aplicação nacional devem ir para o apoio nacional da eID.',
    ],
    ifThen: [
      {
        if: 'A página nacional mostra um erro',
        then: 'Verifique o leitor de cartões e a aplicação nacional e recomece a partir de «Associar a minha eID».',
      },
      {
        if: 'A pessoa cancelou',
        then: 'Recomece a partir de «Associar a minha eID».',
      },
    ],
  },
  'eid.linked': {
    ask: ['A página confirma que a eID está associada?'],
    say: ['Da próxima vez, escolha «Iniciar sessão com eID» na primeira página do EU Login.'],
    ifThen: [
      {
        if: 'O site não oferece «Iniciar sessão com eID»',
        then: 'Esse site não aceita eID; use aí a aplicação ou uma chave de segurança.',
      },
    ],
  },
  'eid.failed': {
    ask: ['Cancelou na página nacional ou ela mostrou um erro?'],
    say: ['Prima «Tentar novamente» para escolher de novo o país, ou cancele e use outro método.'],
    ifThen: [
      {
        if: 'Falha sempre',
        then: 'Contacte o apoio nacional da eID ou configure antes a aplicação EU Login.',
      },
    ],
  },
} satisfies FlowHelpdeskScripts<'eid'>;
