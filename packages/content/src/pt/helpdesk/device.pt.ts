import type { FlowHelpdeskScripts } from '../../content.types.js';

export const deviceHelpdeskPt = {
  'device.list': {
    ask: ['Que dispositivos aparecem na lista?', 'O telemóvel que quer adicionar já está na lista?'],
    say: [
      'Para adicionar o telemóvel, escolha «Adicionar um dispositivo móvel».',
      'Para retirar um telemóvel antigo, escolha eliminar ao lado do nome dele.',
    ],
    ifThen: [
      {
        if: 'A aplicação foi reinstalada no mesmo telemóvel',
        then: 'A associação antiga deixou de funcionar. Elimine o registo antigo e adicione o telemóvel de novo.',
      },
      {
        if: 'A pessoa não tem smartphone',
        then: 'Adicione antes uma chave de segurança ou o Windows Hello, ou use um tablet.',
      },
    ],
  },
  'device.addForm': {
    ask: [
      'Vê o formulário «Adicionar um dispositivo móvel», com um nome e duas caixas para o PIN?',
      'Já instalou a aplicação EU Login no telemóvel?',
    ],
    say: [
      'Escreva um nome como «O meu telemóvel».',
      'Escolha quatro algarismos de que se lembre; vai escrevê-los na aplicação sempre que iniciar sessão.',
      'Escreva os mesmos quatro algarismos nas duas caixas do PIN e prima «Enviar».',
    ],
    ifThen: [
      {
        if: 'As caixas do PIN não coincidem',
        then: 'Apague as duas e escreva de novo os mesmos quatro algarismos.',
      },
      {
        if: 'O PIN é recusado',
        then: 'O PIN tem exatamente quatro algarismos, sem letras.',
      },
      {
        if: 'A aplicação ainda não está instalada',
        then: 'Instale primeiro a aplicação EU Login e depois volte a este formulário.',
      },
    ],
  },
  'device.qrShown': {
    ask: [
      'Há um código QR no computador?',
      'A aplicação EU Login no telemóvel mostra as instruções com um botão «Seguinte»?',
    ],
    say: [
      'Na aplicação EU Login, toque em «Seguinte».',
      'Se o telemóvel pedir, permita a câmara e aponte-a para o código QR do computador.',
    ],
    ifThen: [
      {
        if: 'A pessoa leu o código com a câmara do telemóvel',
        then: 'Assim não funciona. Use o leitor que está dentro da aplicação EU Login.',
      },
      {
        if: 'O código QR desapareceu ou diz que expirou',
        then: 'Preencha de novo o formulário; o código dura cerca de {enrolQrMinutes} minutos (valor assumido).',
      },
      {
        if: 'A aplicação mostra antes o ecrã de boas-vindas com «Inicializar»',
        then: 'Toque em «Inicializar» e depois em «Seguinte». Qualquer ordem funciona: os próprios guias do EU Login ora adicionam primeiro o dispositivo no computador, ora tocam primeiro em «Inicializar».',
      },
    ],
  },
  'device.qrExpired': {
    ask: ['O computador diz que o código expirou?'],
    say: [
      'Recomece com «Adicionar um dispositivo móvel».',
      'Tenha a aplicação EU Login aberta no ecrã com «Seguinte» antes de premir «Enviar».',
    ],
    ifThen: [
      {
        if: 'Volta a expirar',
        then: 'Envie o formulário, toque logo em «Seguinte» na aplicação e leia o código de imediato.',
      },
    ],
  },
  'device.added': {
    ask: ['O nome do dispositivo novo aparece na lista do computador?'],
    say: [
      'O telemóvel está pronto. Da próxima vez, escolha «Aplicação móvel + código PIN» ao iniciar sessão.',
      'Se ainda aparecer um telemóvel antigo, elimine-o.',
    ],
    ifThen: [
      {
        if: 'O dispositivo não aparece',
        then: 'Recarregue a página; a confirmação pode demorar alguns minutos.',
      },
    ],
  },
  'device.deleteConfirm': {
    ask: ['Que dispositivo vai eliminar?', 'Ainda funciona outro fator, como um telemóvel novo ou uma chave?'],
    say: ['Confirme o nome do dispositivo e depois confirme a eliminação.'],
    ifThen: [
      {
        if: 'A pessoa está prestes a eliminar o único dispositivo que funciona',
        then: 'Pare: adicione primeiro o dispositivo novo e só depois elimine o antigo.',
      },
    ],
  },
} satisfies FlowHelpdeskScripts<'device'>;
