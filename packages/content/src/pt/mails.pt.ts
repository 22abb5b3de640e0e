import type { Content } from '../content.types.js';

/** Placeholders: {firstName}, {link}, {minutes} (how long the link stays valid). */
export const mailsPt = {
  confirmation: {
    subject: 'Conclua o seu registo no EU Login',
    body: 'Olá, {firstName}:\n\nAlguém, provavelmente o próprio titular deste endereço, criou uma conta EU Login com ele. Para concluir, abra a ligação abaixo e escolha a palavra-passe:\n\n{link}\n\nA ligação funciona durante {minutes} minutos. Se expirar, registe-se de novo.\n\nSe não fez este pedido, ignore esta mensagem; nenhuma conta será ativada.\n\nEsta é uma mensagem de treino do treinador EU Login.',
    linkLabel: 'Escolher a palavra-passe',
  },
  reset: {
    subject: 'Redefina a sua palavra-passe do EU Login',
    body: 'Olá, {firstName}:\n\nRecebemos um pedido para definir uma palavra-passe nova na sua conta EU Login. Abra a ligação abaixo para a escolher:\n\n{link}\n\nA ligação funciona durante {minutes} minutos e só o pedido mais recente conta.\n\nSe não fez este pedido, ignore esta mensagem; a palavra-passe mantém-se.\n\nEsta é uma mensagem de treino do treinador EU Login.',
    linkLabel: 'Definir uma palavra-passe nova',
  },
  securityNotice: {
    subject: 'Aviso de segurança da sua conta EU Login',
    body: 'Olá, {firstName}:\n\nTodos os dispositivos móveis e eID acabaram de ser retirados da sua conta EU Login. Já pode iniciar sessão com a palavra-passe e adicionar um dispositivo novo.\n\nSe não foi o titular da conta a fazê-lo, redefina já a palavra-passe:\n\n{link}\n\nEsta é uma mensagem de treino do treinador EU Login.',
    linkLabel: 'Redefinir a palavra-passe',
  },
  emailChanged: {
    subject: 'Confirme o seu novo endereço de e-mail no EU Login',
    body: 'Olá, {firstName}:\n\nPediu para usar este endereço na sua conta EU Login. Abra a ligação abaixo para o confirmar:\n\n{link}\n\nA ligação funciona durante {minutes} minutos. Até confirmar, continua a ser usado o endereço antigo.\n\nEsta é uma mensagem de treino do treinador EU Login.',
    linkLabel: 'Confirmar o novo endereço',
  },
} satisfies Content['mails'];
