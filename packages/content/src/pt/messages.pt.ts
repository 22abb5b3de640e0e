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
