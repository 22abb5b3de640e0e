import type { StepId } from '@eulogin-coach/machine';
import type { CallerSees } from '../help/help.types.js';

const SIGN_IN = 'https://webgate.ec.europa.eu/cas/login';
const MOBILE = 'https://webgate.ec.europa.eu/cas/mobile';
const APP = 'A aplicação EU Login no telemóvel';
const MAILBOX = 'A caixa de correio, numa mensagem de automated-notifications@nomail.ec.europa.eu';

/**
 * O que quem liga vê em cada passo no EU Login real, na sua aplicação ou nas suas mensagens. Nenhuma fonte pública
 * mostra os textos portugueses do EU Login: são traduções fiéis dos textos ingleses (`assumed`), com os mesmos
 * termos que os passos do treinador; endereços, códigos de erro e nomes próprios ficam como estão.
 */
export const callerSeesPt: Readonly<Record<StepId, CallerSees>> = {
  'coach.journeys': {
    heading: 'Iniciar sessão',
    texts: ['Autenticação de dois fatores (2FA)', 'O site envia-o para o EU Login para iniciar sessão'],
    assumed: true,
  },
  'signIn.email': {
    heading: 'Inicie sessão para continuar',
    texts: ['Utilize o seu endereço de e-mail', 'Seguinte', 'Criar uma conta', 'Iniciar sessão com eID'],
    address: SIGN_IN,
    assumed: true,
  },
  'signIn.userNotFound': {
    heading: 'Utilizador não encontrado',
    texts: ['O utilizador não foi encontrado', 'Criar uma conta', 'Iniciar sessão com outro endereço de e-mail'],
    address: SIGN_IN,
    assumed: true,
  },
  'signIn.password': {
    heading: 'Escolha o método de verificação',
    texts: [
      '(externo)',
      'Palavra-passe',
      'Iniciar sessão',
      'Esqueceu-se da palavra-passe?',
      'Iniciar sessão com outro endereço de e-mail',
      'Aplicação móvel + código PIN',
      'Código PIN da aplicação móvel EU Login',
      'Código QR da aplicação móvel EU Login',
      'On Mobile',
      'Chave de segurança ou plataforma de confiança',
      'incorrect password supplied',
      'Palavra-passe incorreta',
      'Tem sessão iniciada como um utilizador e não pode usar um fator de autenticação registado noutro utilizador',
      'Erro 5305',
    ],
    address: SIGN_IN,
    assumed: true,
  },
  'signIn.locked': {
    heading: 'Início de sessão temporariamente bloqueado',
    texts: ['Demasiadas tentativas falhadas: tente mais tarde', 'Esqueceu-se da palavra-passe?'],
    address: SIGN_IN,
    assumed: true,
  },
  'signIn.pinWait': {
    heading: 'Pedido de autenticação pendente',
    texts: [
      'No computador: à espera da sua confirmação no dispositivo móvel',
      'Na aplicação: há um pedido pendente',
      'Continuar',
      'Mudar de conta',
    ],
    address: APP,
    assumed: true,
  },
  'signIn.appNotification': {
    heading: 'Notificação do EU Login',
    texts: ['Uma notificação do EU Login no ecrã de bloqueio: há um pedido de início de sessão', 'Toque para abrir'],
    address: 'As notificações do telemóvel',
    assumed: true,
  },
  'signIn.appPin': {
    heading: 'Autenticar',
    texts: ['Introduza o seu código PIN', 'Código PIN', 'Autenticar', 'Impressão digital ou Face ID'],
    address: APP,
    assumed: true,
  },
  'signIn.refused': {
    heading: 'A autenticação falhou',
    texts: ['O pedido foi recusado no dispositivo móvel', 'Código PIN errado', 'Tentar novamente'],
    address: SIGN_IN,
    assumed: true,
  },
  'signIn.qrScan': {
    heading: 'Ler o código QR',
    texts: ['A aplicação abre o leitor de códigos QR', 'Aponte a câmara para o código QR no ecrã do computador'],
    address: APP,
    assumed: true,
  },
  'signIn.qrCode': {
    heading: 'Código QR da aplicação móvel EU Login',
    texts: [
      'Leia o código QR com a aplicação móvel EU Login',
      'Escreva o código de utilização única que a aplicação mostra',
      'Código de utilização única',
      'Iniciar sessão',
      'O código é inválido',
    ],
    address: SIGN_IN,
    assumed: true,
  },
  'signIn.securityKey': {
    heading: 'Chave de segurança ou plataforma de confiança',
    texts: [
      'O navegador pede: use a sua chave de segurança',
      'Insira a chave de segurança e toque-lhe',
      'Segurança do Windows: a confirmar que é você',
      'Windows Hello: PIN, impressão digital ou rosto',
      'Chave de acesso (passkey)',
      'Cancelar',
    ],
    address: SIGN_IN,
    assumed: true,
  },
  'signIn.expired': {
    heading: 'O pedido expirou',
    texts: ['O pedido de autenticação expirou', 'Tempo esgotado: não foi recebida confirmação', 'Tentar novamente'],
    address: SIGN_IN,
    assumed: true,
  },
  'signIn.done': {
    heading: 'O site que a pessoa queria, com sessão iniciada',
    texts: [
      'INVALID_USER',
      'a aplicação só aceita utilizadores INTERNAL',
      'INSUFFICIENT_AUTHENTICATION_LEVEL',
      'Acesso negado',
    ],
    assumed: true,
  },
  'register.form': {
    heading: 'Criar uma conta',
    texts: [
      'Nome próprio',
      'Apelido',
      'E-mail',
      'Confirmar o e-mail',
      'Língua das mensagens de e-mail',
      'Escreva o código',
      'Uma imagem de letras e algarismos a copiar (captcha), com um botão de duas setas para outra',
      'Declaração de privacidade',
      'Criar uma conta',
      'Não pode criar uma conta com um e-mail que pertence a uma instituição',
    ],
    address: 'https://webgate.ec.europa.eu/cas/eim/external/register.cgi',
    assumed: true,
  },
  'register.mailSent': {
    heading: 'Foi enviada uma mensagem para o endereço que indicou',
    texts: [
      'automated-notifications@nomail.ec.europa.eu',
      'Uma mensagem do EU Login com uma ligação para concluir o registo',
      'Clique na ligação, ou copie-a e cole-a na barra de endereço',
      'Pasta de spam ou de lixo',
    ],
    address: MAILBOX,
    assumed: true,
  },
  'register.linkExpired': {
    heading: 'A ligação expirou',
    texts: ['Esta ligação já não é válida', 'Registar de novo'],
    assumed: true,
  },
  'password.set': {
    heading: 'Nova palavra-passe',
    texts: [
      'Nova palavra-passe',
      'Confirmar a nova palavra-passe',
      'Enviar',
      'pelo menos 10 carateres',
      'maiúsculas, minúsculas, algarismos e carateres especiais',
    ],
    assumed: true,
  },
  'register.done': {
    heading: 'Está agora autenticado',
    texts: ['Está agora autenticado e pode avançar para o serviço que pretende usar'],
    assumed: true,
  },
  'passwordReset.request': {
    heading: 'Esqueceu-se da palavra-passe?',
    texts: [
      'E-mail',
      'Escreva o código',
      'Escreva os carateres mostrados no ecrã (captcha)',
      'Obter uma palavra-passe',
    ],
    address: SIGN_IN,
    assumed: true,
  },
  'passwordReset.mailSent': {
    heading: 'Uma mensagem do EU Login para repor a palavra-passe',
    texts: [
      'automated-notifications@nomail.ec.europa.eu',
      'Uma ligação para uma página do EU Login onde define uma nova palavra-passe',
      'Pasta de spam ou de lixo',
    ],
    address: MAILBOX,
    assumed: true,
  },
  'passwordReset.linkExpired': {
    heading: 'A ligação expirou',
    texts: ['Esta ligação de reposição da palavra-passe já não é válida', 'Esqueceu-se da palavra-passe?'],
    assumed: true,
  },
  'passwordReset.done': {
    heading: 'A sua palavra-passe foi alterada',
    texts: ['Inicie sessão com a nova palavra-passe'],
    assumed: true,
  },
  'account.home': {
    heading: 'A minha conta',
    texts: [
      'O ícone da roda dentada, em cima à direita',
      'Gerir os meus dispositivos móveis',
      'Gerir as minhas eID',
      'Gerir as minhas chaves de segurança e plataformas de confiança',
      'Configurar a minha conta',
      'Eliminar todos os meus dispositivos e eID (PANIC)',
      'Exigir sempre autenticação multifator',
    ],
    assumed: true,
  },
  'device.list': {
    heading: 'Gerir os meus dispositivos móveis',
    texts: ['Adicionar um dispositivo móvel', 'Os dispositivos móveis associados à conta', 'Eliminar'],
    address: MOBILE,
    assumed: true,
  },
  'device.addForm': {
    heading: 'Adicionar um dispositivo móvel',
    texts: ['Nome do seu dispositivo', 'O seu código PIN de 4 algarismos', 'Confirme o seu código PIN', 'Enviar'],
    address: MOBILE,
    assumed: true,
  },
  'device.qrShown': {
    heading: 'Leia o código QR com o seu dispositivo',
    texts: [
      'Um código QR no ecrã do computador',
      'Na aplicação: as instruções para abrir /cas/mobile no computador',
      'Toque no visto azul para abrir o leitor',
    ],
    address: MOBILE,
    assumed: true,
  },
  'device.qrExpired': {
    heading: 'O código QR expirou',
    texts: ['Expirado: recomece', 'Adicionar um dispositivo móvel'],
    address: MOBILE,
    assumed: true,
  },
  'device.added': {
    heading: 'O seu dispositivo foi adicionado',
    texts: ['Gerir os meus dispositivos móveis', 'O novo dispositivo aparece na lista', 'Terminar sessão'],
    address: MOBILE,
    assumed: true,
  },
  'device.deleteConfirm': {
    heading: 'Tem a certeza de que quer eliminar este dispositivo?',
    texts: ['Gerir os meus dispositivos móveis', 'Eliminar', 'Confirmar', 'Cancelar'],
    address: MOBILE,
    assumed: true,
  },
  'app.install': {
    heading: 'EU Login',
    texts: ['Comissão Europeia', 'Google Play', 'App Store', 'Instalar', 'Obter', 'Gratuita'],
    address: 'A loja de aplicações do telemóvel',
    assumed: true,
  },
  'app.notifications': {
    heading: '«EU Login» pretende enviar-lhe notificações',
    texts: ['Permitir', 'Não permitir'],
    address: 'O telemóvel pergunta, da primeira vez que a aplicação abre',
    assumed: true,
  },
  'app.notificationsDenied': {
    heading: 'As notificações estão desativadas',
    texts: ['A aplicação precisa das notificações para ser inicializada', 'Definições', 'Notificações'],
    address: APP,
    assumed: true,
  },
  'app.welcome': {
    heading: 'EU Login',
    texts: ['Inicializar', 'Abra https://webgate.ec.europa.eu/cas/mobile no computador'],
    address: APP,
    assumed: true,
  },
  'app.noScreenLock': {
    heading: 'Proteja o seu dispositivo',
    texts: ['A aplicação não pode ser usada sem bloqueio de ecrã: PIN, padrão ou impressão digital', 'Definições'],
    address: APP,
    assumed: true,
  },
  'app.cameraPermission': {
    heading: 'Permitir que o EU Login tire fotografias e grave vídeo?',
    texts: ['Permitir o acesso à câmara', 'Permitir', 'Não permitir', 'Durante a utilização da aplicação'],
    address: 'O telemóvel pergunta, quando o leitor abre pela primeira vez',
    assumed: true,
  },
  'app.cameraDenied': {
    heading: 'Sem acesso à câmara',
    texts: ['A aplicação não consegue ler o código QR sem a câmara', 'Definições', 'Câmara'],
    address: APP,
    assumed: true,
  },
  'app.scanner': {
    heading: 'Leitor de códigos QR',
    texts: ['Aponte a câmara para o código QR no ecrã do computador até ser reconhecido'],
    address: APP,
    assumed: true,
  },
  'app.foreignScanner': {
    heading: 'A câmara do telemóvel ou outra aplicação de leitura de QR',
    texts: ['O código é inválido', 'Uma linha de texto ou uma ligação em vez do EU Login', 'Abrir no navegador'],
    address: 'A aplicação da câmara ou um leitor de QR',
    assumed: true,
  },
  'app.scanError': {
    heading: 'Código QR inválido',
    texts: ['O código QR é inválido ou expirou', 'Tentar novamente'],
    address: APP,
    assumed: true,
  },
  'app.enrolPin': {
    heading: 'Autenticar',
    texts: ['Introduza o código PIN de quatro algarismos que escolheu no computador', 'Código PIN', 'Autenticar'],
    address: APP,
    assumed: true,
  },
  'app.deviceInUse': {
    heading: 'Este dispositivo já está associado a outra conta',
    texts: ['Uma conta EU Login por dispositivo', 'Desassociar dispositivo'],
    address: APP,
    assumed: true,
  },
  'app.enrolled': {
    heading: 'O seu dispositivo foi configurado',
    texts: [
      'Sucesso: o seu dispositivo móvel está configurado com o EU Login',
      'Continuar',
      'Ativar o Face ID ou a impressão digital',
    ],
    address: APP,
    assumed: true,
  },
  'pin.settings': {
    heading: 'Definições',
    texts: [
      'Os três pontos (Android) ou a roda dentada (iPhone)',
      'Esqueci-me do código PIN',
      'Desassociar dispositivo',
    ],
    address: APP,
    assumed: true,
  },
  'pin.credentials': {
    heading: 'Introduza as suas credenciais EU Login',
    texts: ['Esqueci-me do código PIN', 'E-mail', 'Palavra-passe', 'E-mail ou palavra-passe errados'],
    address: APP,
    assumed: true,
  },
  'pin.new': {
    heading: 'Escolha um novo código PIN',
    texts: ['Novo código PIN', 'Confirme o seu código PIN', 'Os códigos PIN não coincidem'],
    address: APP,
    assumed: true,
  },
  'pin.changed': {
    heading: 'O seu código PIN foi alterado',
    texts: ['A biometria foi desativada', 'Continuar'],
    address: APP,
    assumed: true,
  },
  'eid.manage': {
    heading: 'Gerir as minhas eID',
    texts: ['Associar a minha eID', 'As eID associadas à conta'],
    assumed: true,
  },
  'eid.country': {
    heading: 'Escolha o país que emitiu a sua eID',
    texts: ['As bandeiras dos países compatíveis', 'Enviar'],
    assumed: true,
  },
  'eid.national': {
    heading: 'A página de eID nacional do país escolhido',
    texts: [
      'eIDAS',
      'Leitor de cartões',
      'Cartão de Cidadão',
      'Chave Móvel Digital',
      'Aplicação nacional de eID',
      'Cancelar',
    ],
    address: 'O site do fornecedor de identidade nacional, através do eIDAS',
    assumed: true,
  },
  'eid.linked': {
    heading: 'A sua eID foi associada',
    texts: ['Gerir as minhas eID', 'Iniciar sessão com eID'],
    assumed: true,
  },
  'eid.failed': {
    heading: 'A autenticação com eID falhou',
    texts: ['O início de sessão nacional foi cancelado ou não terminou', 'Tentar novamente'],
    assumed: true,
  },
  'key.manage': {
    heading: 'Gerir as minhas chaves de segurança e plataformas de confiança',
    texts: ['Adicionar uma chave de segurança', 'As chaves de segurança e plataformas de confiança associadas à conta'],
    assumed: true,
  },
  'key.addForm': {
    heading: 'Adicionar uma chave de segurança',
    texts: ['Introduza um nome para o dispositivo', 'Enviar'],
    assumed: true,
  },
  'key.prompt': {
    heading: 'O navegador pede: use a sua chave de segurança',
    texts: [
      'Insira a chave de segurança e toque-lhe',
      'Segurança do Windows: a confirmar que é você',
      'Windows Hello: PIN, impressão digital ou rosto',
      'Criar uma chave de acesso',
      'Cancelar',
    ],
    assumed: true,
  },
  'key.added': {
    heading: 'A sua chave de segurança foi adicionada',
    texts: ['Gerir as minhas chaves de segurança e plataformas de confiança', 'A nova chave aparece na lista'],
    assumed: true,
  },
  'key.failed': {
    heading: 'Não foi possível adicionar a chave de segurança',
    texts: [
      'A operação foi cancelada ou o tempo esgotou-se',
      'Esta chave de segurança já está registada',
      'Tentar novamente',
    ],
    assumed: true,
  },
  'noSmartphone.options': {
    heading: 'Sem smartphone: um tablet, uma chave de segurança, o Windows Hello ou uma eID',
    texts: [
      'Chave de segurança ou plataforma de confiança',
      'YubiKey',
      'Windows Hello',
      'Tablet',
      'Iniciar sessão com eID',
    ],
    address: SIGN_IN,
    assumed: true,
  },
  'recovery.options': {
    heading: 'O telemóvel com a aplicação perdeu-se, avariou, foi substituído ou reposto',
    texts: [
      'Aplicação móvel + código PIN',
      'Gerir os meus dispositivos móveis',
      'Eliminar todos os meus dispositivos e eID (PANIC)',
    ],
    address: SIGN_IN,
    assumed: true,
  },
  'panic.confirm': {
    heading: 'Eliminar todos os meus dispositivos e eID (PANIC)',
    texts: ['Confirmar', 'Cancelar'],
    assumed: true,
  },
  'panic.done': {
    heading: 'Todos os seus dispositivos e eID foram eliminados',
    texts: [
      'Uma notificação de segurança por e-mail',
      'Inicie sessão com a palavra-passe e adicione um novo dispositivo',
    ],
    assumed: true,
  },
};
