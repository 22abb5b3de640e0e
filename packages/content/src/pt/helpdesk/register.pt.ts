import type { FlowHelpdeskScripts } from '../../content.types.js';

export const registerHelpdeskPt = {
  'register.form': {
    ask: [
      'Está na página com o título «Criar uma conta»?',
      'Que endereço de e-mail vai usar? Tem de ser um que consiga abrir agora mesmo.',
    ],
    say: [
      'Escreva o nome como preferir; qualquer alfabeto serve.',
      'Escreva o endereço de e-mail duas vezes, igual nas duas.',
      'Escreva os caracteres da imagem, assinale a caixa da declaração de privacidade e prima «Criar uma conta».',
    ],
    ifThen: [
      {
        if: 'A página diz que o endereço já está registado',
        then: 'A pessoa já tem conta, talvez criada para outro site. Use «Esqueceu-se da palavra-passe?» em vez de se registar.',
      },
      {
        if: 'A página recusa um endereço de uma instituição da UE',
        then: 'As contas do pessoal são criadas pela instituição. Use um endereço pessoal ou contacte o apoio informático local.',
      },
      {
        if: 'A imagem é difícil de ler',
        then: 'Prima o botão com duas setas para obter uma imagem nova.',
      },
      {
        if: 'Um endereço temporário é recusado',
        then: 'Use um endereço permanente: as mensagens do EU Login serão precisas mais tarde, para redefinições e avisos de segurança.',
      },
    ],
  },
  'register.mailSent': {
    ask: [
      'O computador indicou que foi enviado um e-mail? Para que endereço?',
      'Já procurou na pasta de spam ou de lixo eletrónico?',
      'Há quanto tempo premiu «Criar uma conta»?',
    ],
    say: [
      'Procure uma mensagem de automated-notifications@nomail.ec.europa.eu.',
      'Abra-a e clique na ligação, ou copie-a para a barra de endereço do navegador.',
    ],
    ifThen: [
      {
        if: 'Nada na caixa de entrada',
        then: 'Veja o spam e o lixo eletrónico e aguarde: pode demorar até {mailMinutes} minutos.',
      },
      {
        if: 'O endereço no computador tem um erro',
        then: 'Essa mensagem nunca vai chegar. Registe-se de novo com o endereço certo.',
      },
      {
        if: 'A ligação está partida em duas linhas',
        then: 'Copie a ligação inteira, de uma só vez, para a barra de endereço do navegador.',
      },
      {
        if: 'A ligação diz que expirou',
        then: 'Registe-se de novo; a ligação dura um tempo limitado ({linkMinutes} minutos aqui, valor assumido).',
      },
    ],
  },
  'register.linkExpired': {
    ask: ['Quando chegou a mensagem?', 'Se há várias, clicou na mais recente?'],
    say: [
      'Volte à página do EU Login e escolha de novo «Criar uma conta».',
      'Abra a mensagem nova pouco depois de chegar.',
    ],
    ifThen: [
      {
        if: 'A página diz depois que o endereço já está registado',
        then: 'Use «Esqueceu-se da palavra-passe?» com esse endereço para acabar de definir a palavra-passe.',
      },
      {
        if: 'Chegaram várias mensagens',
        then: 'Use a mais recente; neste ensaio, só a ligação mais recente funciona.',
      },
    ],
  },
  'register.done': {
    ask: ['O computador indica que a autenticação foi feita?'],
    say: [
      'A conta funciona. Agora adicione um segundo fator: a aplicação EU Login, uma chave de segurança ou uma eID.',
      'Abra o ícone da roda dentada, no canto superior direito, e escolha «A minha conta».',
    ],
    ifThen: [
      {
        if: 'A pessoa não tem smartphone',
        then: 'Um tablet, uma chave de segurança ou o Windows Hello também servem.',
      },
    ],
  },
} satisfies FlowHelpdeskScripts<'register'>;
