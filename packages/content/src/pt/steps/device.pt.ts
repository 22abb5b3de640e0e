import type { FlowStepTexts } from '../../content.types.js';

export const deviceStepsPt = {
  'device.list': {
    title: 'Gira os seus dispositivos móveis',
    body: 'No computador, «Gerir os meus dispositivos móveis» lista os telemóveis associados à sua conta. Escolha «Adicionar um dispositivo móvel» ou elimine um antigo.',
  },
  'device.addForm': {
    title: 'Dê um nome ao telemóvel e escolha um PIN',
    body: 'No computador, dê ao telemóvel um nome que reconheça e escolha um PIN de quatro algarismos, duas vezes. Prima «Enviar» e aparece um código QR.',
    assumed:
      'O EU Login não publica regras para os nomes dos dispositivos. O treinador assume que o nome é obrigatório, tem um comprimento máximo e não contém < nem >.',
  },
  'device.qrShown': {
    title: 'Pegue no telemóvel',
    body: 'O computador mostra agora um código QR. No telemóvel, a aplicação EU Login continua a mostrar as instruções de configuração: toque em «Seguinte» para abrir o leitor.',
    assumed:
      'O EU Login não publica durante quanto tempo este código QR é válido. O treinador assume {enrolQrMinutes} minutos.',
  },
  'device.qrExpired': {
    title: 'O código QR expirou',
    body: 'No computador, o código QR já não é válido. Preencha de novo o formulário «Adicionar um dispositivo móvel» para obter um novo.',
    assumed:
      'O EU Login não publica durante quanto tempo o código QR é válido. O treinador assume {enrolQrMinutes} minutos.',
  },
  'device.added': {
    title: 'O telemóvel está associado',
    body: 'No computador, o EU Login confirma que o dispositivo foi adicionado; passa a constar de «Gerir os meus dispositivos móveis». A partir de agora, escolha a aplicação em «Escolha o método de verificação» quando iniciar sessão. Prima «Terminar sessão» para experimentar.',
  },
  'device.deleteConfirm': {
    title: 'Elimine o dispositivo antigo',
    body: 'No computador, confirme que quer retirar o telemóvel antigo da sua conta. O telemóvel antigo deixa de poder confirmar inícios de sessão.',
  },
} satisfies FlowStepTexts<'device'>;
