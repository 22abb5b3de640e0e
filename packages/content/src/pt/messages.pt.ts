import type { Content } from '../content.types.js';

export const noticesPt = {
  stepUpRequired:
    'A sua conta já tem um segundo fator, por isso o EU Login pede que confirme com ele antes de alterar alguma coisa.',
  mailResent: 'Vai a caminho uma mensagem nova. Neste ensaio, só a ligação mais recente funciona.',
  deviceDeleted: 'O dispositivo foi retirado da sua conta.',
  otherAccountUnlinked: 'A outra conta foi retirada da aplicação neste telemóvel. Já pode associar a sua.',
  passwordChanged: 'A palavra-passe foi alterada.',
  prepareFailed: 'Não foi possível preparar este passo. Tente de novo ou recomece o percurso desde o início.',
  resumed: 'Retomou o ensaio onde o tinha deixado.',
  jumped: 'O apoio técnico mudou o ensaio para este passo.',
} satisfies Content['notices'];

export const decodeErrorsPt = {
  empty: {
    title: 'Não há código para ler',
    body: 'Cole o código de partilha que recebeu ou comece um ensaio novo.',
  },
  tooLarge: {
    title: 'Isto é demasiado longo para ser um código de partilha',
    body: 'Um código de partilha tem cerca de uma dúzia de letras e algarismos. Verifique se colou só o código ou recomece do zero.',
  },
  malformed: {
    title: 'Não é possível ler este código',
    body: 'Pode faltar uma parte ou ter sido alterada. Copie de novo o código inteiro ou recomece do zero.',
  },
  checksum: {
    title: 'Este código parece danificado',
    body: 'Provavelmente perdeu-se ou trocou-se um carácter ao copiar. Copie-o de novo ou recomece do zero.',
  },
  unsupportedVersion: {
    title: 'Este código é de outra versão',
    body: 'O treinador mudou desde que o código foi criado, por isso não é possível retomá-lo. Recomece do zero; volta ao mesmo ponto num instante.',
  },
  unknownStep: {
    title: 'Este passo já não existe',
    body: 'O código aponta para um passo que esta versão do treinador não tem. Recomece do zero e escolha de novo o percurso.',
  },
  invalidValue: {
    title: 'Este código indica uma posição que o treinador não conhece',
    body: 'Os caracteres de controlo estão certos, mas parte do código está fora dos limites desta versão. Peça um código novo ou recomece do zero.',
  },
  switchedOff: {
    title: 'Este código leva a uma parte que este site não oferece',
    body: 'Foi criado onde essa parte do EU Login está disponível, mas este site desativou-a. Escolha um dos percursos oferecidos aqui.',
  },
} satisfies Content['decodeErrors'];

export const saveErrorsPt = {
  empty: {
    title: 'O progresso guardado está vazio',
    body: 'Não há nada nele a partir do qual continuar. Recomece do zero e escolha o percurso.',
  },
  tooLarge: {
    title: 'O progresso guardado é demasiado grande para ser lido',
    body: 'É muito maior do que tudo o que o treinador guarda, por isso ficou por ler. Recomece do zero; nada muda no próprio EU Login.',
  },
  malformed: {
    title: 'O progresso guardado está danificado',
    body: 'Foi alterado ou cortado depois de o treinador o guardar. Recomece do zero e escolha de novo o percurso.',
  },
  unsupportedVersion: {
    title: 'O progresso foi guardado por outra versão',
    body: 'O treinador mudou desde então, por isso não é possível continuar a partir daí. Recomece do zero; volta ao mesmo ponto num instante.',
  },
  unknownStep: {
    title: 'O passo que guardou já não existe',
    body: 'Esta versão do treinador não o tem. Recomece do zero e escolha de novo o percurso.',
  },
  invalidValue: {
    title: 'O progresso guardado não bate certo',
    body: 'Alguns dos dados estão fora dos limites ou não fazem sentido em conjunto. Recomece do zero; nada muda no próprio EU Login.',
  },
  switchedOff: {
    title: 'O progresso guardado leva a uma parte que este site não oferece',
    body: 'Este site desativou essa parte do EU Login depois de o progresso ter sido guardado. Escolha um dos percursos oferecidos aqui.',
  },
} satisfies Content['saveErrors'];
