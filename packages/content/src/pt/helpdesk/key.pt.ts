import type { FlowHelpdeskScripts } from '../../content.types.js';

export const keyHelpdeskPt = {
  'key.manage': {
    ask: ['Tem uma chave de segurança USB ou um computador com Windows Hello?'],
    say: [
      'Escolha «Gerir as minhas chaves de segurança e plataformas de confiança» e depois «Adicionar uma chave de segurança».',
    ],
    ifThen: [
      {
        if: 'O EU Login pede primeiro um segundo fator',
        then: 'Confirme com o fator que já tem.',
      },
      {
        if: 'A pessoa quer usar uma chave de acesso (passkey)',
        then: 'As chaves de acesso funcionam, embora a página não as refira: escolha «Adicionar uma chave de segurança», de preferência a partir do navegador do próprio telemóvel. Para usar a chave de acesso do telemóvel a partir de um computador, ative o Bluetooth em ambos; não é preciso emparelhar.',
      },
    ],
  },
  'key.addForm': {
    ask: ['A chave está ligada, ou o Windows Hello está configurado neste computador?'],
    say: ['Escreva um nome e prima «Enviar». O navegador pede depois que confirme.'],
    ifThen: [
      {
        if: 'O nome é recusado',
        then: 'Use um nome mais curto, sem < nem >.',
      },
    ],
  },
  'key.prompt': {
    ask: ['O que pede a janela do navegador?'],
    say: ['Toque na chave ou siga o pedido do Windows Hello. Não feche a janela.'],
    ifThen: [
      {
        if: 'A pessoa fechou a janela',
        then: 'Recomece a partir de «Adicionar uma chave de segurança».',
      },
      {
        if: 'O navegador diz que a chave já está registada',
        then: 'Já está na conta: use-a ou adicione outra chave.',
      },
    ],
  },
  'key.added': {
    ask: ['A chave já aparece na lista?'],
    say: ['Da próxima vez, escolha o método da chave de segurança e toque na chave quando for pedido.'],
    ifThen: [
      {
        if: 'A pessoa só tem este fator',
        then: 'Sugira adicionar uma segunda chave ou a aplicação, para que perder uma não bloqueie o acesso.',
      },
    ],
  },
  'key.failed': {
    ask: ['Cancelou o pedido do navegador, ou ele disse que a chave já estava registada?'],
    say: ['Tente de novo a partir de «Adicionar uma chave de segurança» e conclua o pedido do navegador.'],
    ifThen: [
      {
        if: 'A chave já está registada',
        then: 'Não há nada a adicionar: use a chave para iniciar sessão.',
      },
    ],
  },
} satisfies FlowHelpdeskScripts<'key'>;
