import type { FlowHelpdeskScripts } from '../../content.types.js';

export const appHelpdeskPt = {
  'app.install': {
    ask: ['O seu telemóvel é Android ou iPhone?', 'Vê a aplicação «EU Login» da Comissão Europeia?'],
    say: ['Abra o Google Play no Android, ou a App Store no iPhone.', 'Procure EU Login, instale e abra a aplicação.'],
    ifThen: [
      {
        if: 'A pessoa não tem smartphone',
        then: 'Um tablet funciona da mesma maneira; caso contrário, use uma chave de segurança ou o Windows Hello.',
      },
      {
        if: 'Aparecem várias aplicações',
        then: 'Escolha a que é publicada pela Comissão Europeia.',
      },
    ],
  },
  'app.notifications': {
    ask: ['O telemóvel pergunta se o EU Login pode enviar notificações?'],
    say: ['Toque em «Permitir».'],
    ifThen: [
      {
        if: 'A pessoa tocou em «Não permitir»',
        then: 'Abra as definições do telemóvel, procure o EU Login e ative as notificações.',
      },
    ],
  },
  'app.notificationsDenied': {
    ask: ['Sabe onde ficam as definições do telemóvel?'],
    say: [
      'Abra as definições do telemóvel, depois Notificações (ou Aplicações) e depois EU Login.',
      'Ative as notificações e volte à aplicação.',
    ],
    ifThen: [
      {
        if: 'A pessoa não encontra a opção',
        then: 'Procure «notificações» na caixa de pesquisa das definições.',
      },
    ],
  },
  'app.welcome': {
    ask: ['Vê o botão «Inicializar» na aplicação?'],
    say: [
      'Toque em «Inicializar».',
      'Depois, no computador, abra https://webgate.ec.europa.eu/cas/mobile, inicie sessão e escolha «Adicionar um dispositivo móvel».',
    ],
    ifThen: [
      {
        if: 'A aplicação recusa porque o telemóvel não tem bloqueio de ecrã',
        then: 'Defina primeiro um PIN, um padrão ou a impressão digital para bloquear o telemóvel.',
      },
      {
        if: 'A pessoa já adicionou o dispositivo no computador e vê lá o código QR',
        then: 'Não há problema: os guias do EU Login mostram as duas ordens. Toque em «Inicializar», depois em «Seguinte», e leia o código.',
      },
    ],
  },
  'app.noScreenLock': {
    ask: ['O seu telemóvel abre sem PIN, padrão ou impressão digital?'],
    say: [
      'Abra as definições do telemóvel e depois Segurança ou Bloqueio de ecrã.',
      'Escolha um PIN, um padrão ou a impressão digital e volte à aplicação EU Login.',
    ],
    ifThen: [
      {
        if: 'A pessoa não quer bloqueio de ecrã',
        then: 'A aplicação não funciona sem ele. Use antes uma chave de segurança ou o Windows Hello.',
      },
    ],
  },
  'app.cameraPermission': {
    ask: ['O telemóvel pergunta se o EU Login pode usar a câmara?'],
    say: ['Toque em «Permitir».'],
    ifThen: [
      {
        if: 'A pessoa recusou',
        then: 'Abra as definições do telemóvel, procure o EU Login e permita a câmara.',
      },
    ],
  },
  'app.cameraDenied': {
    ask: ['A aplicação diz que não pode usar a câmara?'],
    say: [
      'Abra as definições do telemóvel, depois Aplicações, EU Login e Permissões.',
      'Permita a câmara e volte à aplicação.',
    ],
    ifThen: [
      {
        if: 'Entretanto o código QR expirou',
        then: 'Preencha de novo o formulário «Adicionar um dispositivo móvel» no computador.',
      },
    ],
  },
  'app.scanner': {
    ask: ['Vê a imagem da câmara dentro da aplicação EU Login?', 'O código QR ainda está no ecrã do computador?'],
    say: [
      'Segure o telemóvel a uns 20 cm do ecrã, de modo que o código caiba inteiro no enquadramento.',
      'Mantenha-o quieto até a aplicação avançar sozinha.',
    ],
    ifThen: [
      {
        if: 'A aplicação não reage',
        then: 'Aumente o brilho do ecrã do computador, evite reflexos e aproxime ou afaste um pouco o telemóvel.',
      },
      {
        if: 'A pessoa está a usar a aplicação normal da câmara',
        then: 'Feche-a. Só a aplicação EU Login consegue usar este código.',
      },
    ],
  },
  'app.foreignScanner': {
    ask: ['Apareceu uma ligação ou um texto em vez da aplicação EU Login?'],
    say: [
      'Feche a aplicação da câmara; não abra a ligação que ela mostra.',
      'Volte à aplicação EU Login e leia o código com o leitor dela; toque em «Seguinte» se ela voltar a mostrar as instruções.',
    ],
    ifThen: [
      {
        if: 'Entretanto o código QR expirou',
        then: 'Preencha de novo o formulário «Adicionar um dispositivo móvel» para obter um código novo.',
      },
    ],
  },
  'app.scanError': {
    ask: ['O que diz exatamente a aplicação?', 'Há quanto tempo apareceu o código QR no computador?'],
    say: ['No computador, preencha de novo «Adicionar um dispositivo móvel».', 'Leia o código novo de imediato.'],
    ifThen: [
      {
        if: 'A pessoa leu uma fotografia ou uma impressão',
        then: 'Leia o código mostrado no momento na página do EU Login.',
      },
    ],
  },
  'app.enrolPin': {
    ask: ['A aplicação pede um PIN?', 'Lembra-se dos quatro algarismos que escreveu no formulário do computador?'],
    say: ['Escreva os mesmos quatro algarismos que escreveu no computador e toque em «Autenticar».'],
    ifThen: [
      {
        if: 'O PIN está errado',
        then: 'Tente de novo. Se o esqueceu, preencha de novo o formulário do computador com um PIN novo.',
      },
      {
        if: 'A aplicação diz que este telemóvel é usado por outra conta',
        then: 'Neste ensaio, um telemóvel guarda uma conta (as versões mais recentes da aplicação podem guardar várias). Desassocie a outra conta na aplicação ou use outro dispositivo.',
      },
    ],
  },
  'app.deviceInUse': {
    ask: ['Alguém, ou outra conta sua, já usou a aplicação EU Login neste telemóvel?'],
    say: [
      'Se a outra conta é sua e já não precisa dela, desassocie-a na aplicação.',
      'Caso contrário, use outro telemóvel ou tablet, ou uma chave de segurança.',
    ],
    ifThen: [
      {
        if: 'A outra conta é de um familiar',
        then: 'Não a desassocie: essa pessoa perderia o fator dela. Use outro dispositivo.',
      },
    ],
  },
  'app.enrolled': {
    ask: ['A aplicação mostra uma mensagem de sucesso?'],
    say: ['Toque em «Continuar». Se a aplicação oferecer, pode ativar o desbloqueio por impressão digital ou rosto.'],
    ifThen: [
      {
        if: 'O computador continua à espera',
        then: 'Aguarde alguns minutos, ou abra a notificação da aplicação para ajudar a concluir.',
      },
    ],
  },
} satisfies FlowHelpdeskScripts<'app'>;
