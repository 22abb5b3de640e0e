import type { FlowStepTexts } from '../../content.types.js';

export const eidStepsPt = {
  'eid.manage': {
    title: 'Gira as suas eID',
    body: 'No computador, em «A minha conta», abra «Gerir as minhas eID» e escolha «Associar a minha eID». Tenha à mão o leitor de cartões ou a aplicação nacional de eID.',
  },
  'eid.country': {
    title: 'Escolha o seu país',
    body: 'No computador, escolha o país que emitiu a sua eID (o EU Login mostra bandeiras; aqui é uma lista) e prima «Enviar».',
    assumed:
      'Este ensaio mostra uma lista de países de exemplo. O EU Login não publica aqui nenhuma lista; as fontes só dizem que a eID funciona em cerca de 19 Estados-Membros.',
  },
  'eid.national': {
    title: 'Inicie sessão com a sua eID nacional',
    body: 'No computador, abre-se a página de eID do seu país. Inicie sessão aí com o leitor de cartões ou a aplicação nacional; depois volta ao EU Login.',
  },
  'eid.linked': {
    title: 'A sua eID está associada',
    body: 'No computador, o EU Login confirma a associação. Já pode usar «Iniciar sessão com eID», que, por si só, conta como dois fatores.',
  },
  'eid.failed': {
    title: 'O passo da eID nacional não terminou',
    body: 'No computador, o EU Login indica que o início de sessão nacional não terminou, por isso nada mudou. Tente de novo ou use outro método.',
  },
} satisfies FlowStepTexts<'eid'>;
