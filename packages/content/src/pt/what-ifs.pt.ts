import type { Content } from '../content.types.js';
import { whatIfLabelsPt } from './what-if-labels.pt.js';

export const whatIfsPt = {
  unknownEmail: {
    ...whatIfLabelsPt.unknownEmail,
    explanation:
      'O EU Login só conhece os endereços com que as pessoas se registaram. Um erro de escrita ou outro endereço dá «utilizador não encontrado».',
    fix: 'Verifique a ortografia. Se estiver certa, crie uma conta com «Criar uma conta».',
    lead: 'Escreva um endereço sem conta EU Login, por exemplo o seu com uma letra trocada, e carregue em «Seguinte».',
  },
  emailAlreadyRegistered: {
    ...whatIfLabelsPt.emailAlreadyRegistered,
    explanation: 'Um endereço só pode pertencer a uma conta EU Login. Pode tê-la criado há anos, para outro site.',
    fix: 'Não se registe de novo. Use «Esqueceu-se da palavra-passe?» para definir uma palavra-passe nova na conta existente.',
    lead: 'Neste ensaio, o seu endereço já tem conta. Preencha o formulário com ele como de costume e carregue em «Criar uma conta»: o EU Login recusa-o. Depois carregue em «Esqueceu-se da palavra-passe?», como ele sugere.',
    leadAt: {
      'signIn.email':
        'Neste ensaio, o seu endereço já tem conta, por isso «Seguinte» pediria a palavra-passe. Para ver o que acontece quando o regista de novo, carregue antes em «Criar uma conta».',
    },
  },
  institutionEmail: {
    ...whatIfLabelsPt.institutionEmail,
    explanation:
      'Os endereços das instituições da UE são recusados no formulário público: as contas do pessoal são criadas pela instituição.',
    fix: 'Use um endereço pessoal ou peça a sua conta de pessoal ao apoio informático da instituição.',
    lead: 'Preencha o formulário com um endereço de uma instituição da UE, por exemplo alex.rehearsal@ec.europa.eu, e carregue em «Criar uma conta».',
  },
  disposableEmail: {
    ...whatIfLabelsPt.disposableEmail,
    explanation:
      'O EU Login recusa caixas de correio temporárias, porque as mensagens futuras (redefinições, avisos de segurança) têm de continuar a chegar.',
    fix: 'Registe-se com um endereço permanente que consulte com regularidade.',
    lead: 'Preencha o formulário com um endereço descartável, por exemplo alex@mailinator.com, e carregue em «Criar uma conta».',
  },
  mistypedEmail: {
    ...whatIfLabelsPt.mistypedEmail,
    explanation: 'A mensagem de confirmação vai para o endereço mal escrito e nunca chega. Não pode ser reencaminhada.',
    fix: 'Registe-se de novo com o endereço certo. Escrevê-lo duas vezes no formulário serve para evitar isto.',
    lead: 'Registe-se com um endereço com um erro, o mesmo erro nos dois campos, e veja para onde vai a mensagem.',
  },
  mailInSpam: {
    ...whatIfLabelsPt.mailInSpam,
    explanation:
      'Alguns serviços de correio classificam as mensagens automáticas do EU Login como spam ou lixo eletrónico.',
    fix: 'Procure na pasta de spam ou de lixo eletrónico uma mensagem de automated-notifications@nomail.ec.europa.eu e marque-a como não sendo spam.',
    lead: 'Desta vez, a mensagem não chega à caixa de entrada: procure-a na pasta de spam da caixa de correio.',
  },
  mailDelayed: {
    ...whatIfLabelsPt.mailDelayed,
    explanation: 'As mensagens de registo e de redefinição podem demorar até {mailMinutes} minutos a chegar.',
    fix: 'Aguarde, veja a pasta de spam e não volte a pedir cedo demais: neste ensaio, cada pedido novo substitui a ligação anterior.',
    lead: 'Desta vez, a mensagem demora: espere por ela na caixa de correio em vez de pedir outra.',
  },
  linkExpired: {
    ...whatIfLabelsPt.linkExpired,
    explanation:
      'A ligação da mensagem só funciona durante um tempo limitado. O EU Login não o publica; este ensaio usa {linkMinutes} minutos.',
    fix: 'Peça uma mensagem nova (registe-se de novo, ou use «Esqueceu-se da palavra-passe?») e abra a ligação pouco depois de chegar.',
    lead: 'Deixe passar o prazo da ligação antes de a abrir: carregue no botão abaixo e depois abra a ligação da mensagem.',
  },
  weakPassword: {
    ...whatIfLabelsPt.weakPassword,
    explanation:
      'O EU Login exige pelo menos {min} caracteres, com maiúsculas, minúsculas, algarismos e caracteres especiais.',
    fix: 'Torne-a mais longa e misture os quatro tipos, por exemplo três palavras sem relação, com um algarismo e um sinal.',
    lead: 'Escreva uma palavra-passe curta e simples, por exemplo «password1», nos dois campos e carregue em «Enviar».',
  },
  passwordChangedRecently: {
    ...whatIfLabelsPt.passwordChangedRecently,
    explanation: 'O EU Login só permite alterar a palavra-passe uma vez a cada {changeHours} horas.',
    fix: 'Continue a usar a palavra-passe atual ou tente de novo passadas {changeHours} horas.',
    lead: 'A palavra-passe foi mudada há menos de um dia: defina uma nova como de costume e veja o que diz o EU Login.',
  },
  wrongPassword: {
    ...whatIfLabelsPt.wrongPassword,
    explanation:
      'O EU Login pode mostrar a mensagem em inglês «incorrect password supplied» (palavra-passe incorreta). Cada palavra-passe errada conta: após {passwordAttempts} seguidas, o início de sessão fica recusado durante cerca de {lockoutMinutes} minutos (valores assumidos).',
    fix: 'Verifique o Caps Lock e o teclado, ou use «Esqueceu-se da palavra-passe?».',
    lead: 'Escreva de propósito uma palavra-passe errada e carregue no botão para continuar, várias vezes se quiser.',
  },
  forgotPassword: {
    ...whatIfLabelsPt.forgotPassword,
    explanation:
      'Ninguém lhe pode dizer a palavra-passe, mas o EU Login pode enviar-lhe uma ligação para definir uma nova.',
    fix: 'Escolha «Esqueceu-se da palavra-passe?», escreva os caracteres da imagem e abra a ligação da mensagem.',
    lead: 'Carregue em «Esqueceu-se da palavra-passe?» em vez de iniciar sessão.',
  },
  stepUpRequired: {
    ...whatIfLabelsPt.stepUpRequired,
    explanation:
      'Para adicionar, alterar ou retirar um fator, o EU Login pede primeiro que confirme com um fator que já tem.',
    fix: 'Quando for pedido, inicie sessão de novo com a aplicação, a chave ou a eID que já tem.',
    lead: 'A sua conta já tem um segundo fator: abra uma página que muda os seus fatores e veja o que o EU Login pede primeiro.',
  },
  noSmartphone: {
    ...whatIfLabelsPt.noSmartphone,
    explanation: 'A aplicação EU Login precisa de um dispositivo Android ou iOS, mas não é o único segundo fator.',
    fix: 'Use um tablet, uma chave de segurança USB (por exemplo, uma YubiKey) ou o Windows Hello no computador.',
    lead: 'Faça de conta que não tem smartphone: escolha a saída para quem não tem.',
  },
  notificationsDenied: {
    ...whatIfLabelsPt.notificationsDenied,
    explanation:
      'A aplicação EU Login precisa das notificações para concluir a configuração e para mostrar os pedidos de início de sessão.',
    fix: 'Ative as notificações do EU Login nas definições do telemóvel.',
    lead: 'No telemóvel, recuse as notificações («Não permitir»).',
  },
  noScreenLock: {
    ...whatIfLabelsPt.noScreenLock,
    explanation:
      'A aplicação EU Login não funciona num telemóvel que qualquer pessoa pode abrir: precisa de um bloqueio por PIN, padrão ou impressão digital.',
    fix: 'Defina um bloqueio de ecrã nas definições do telemóvel e abra de novo a aplicação.',
    lead: 'Neste ensaio, o telemóvel não tem bloqueio de ecrã: continue como de costume e veja o que diz a aplicação.',
  },
  cameraDenied: {
    ...whatIfLabelsPt.cameraDenied,
    explanation: 'Sem a câmara, a aplicação não consegue ler o código QR do computador.',
    fix: 'Permita a câmara para o EU Login nas definições do telemóvel.',
    lead: 'No telemóvel, recuse a câmara («Não permitir»).',
  },
  scannedWithCameraApp: {
    ...whatIfLabelsPt.scannedWithCameraApp,
    explanation:
      'Uma câmara ou um leitor de QR comum só mostra o texto do código. Não consegue associar a sua conta e pode dizer que o código é inválido.',
    fix: 'Abra a aplicação EU Login e leia o código com o leitor dela.',
    lead: 'No telemóvel, escolha «Usar antes a aplicação da câmara» em vez do leitor da aplicação EU Login.',
  },
  qrExpired: {
    ...whatIfLabelsPt.qrExpired,
    explanation:
      'O código QR do computador só é válido por pouco tempo ({enrolQrMinutes} minutos neste ensaio, valor assumido).',
    fix: 'Preencha de novo «Adicionar um dispositivo móvel» e leia logo o código novo.',
    lead: 'Não leia o código ainda: deixe passar o prazo do código QR com o botão abaixo e depois continue.',
  },
  wrongPin: {
    ...whatIfLabelsPt.wrongPin,
    explanation:
      'O PIN da aplicação são os quatro algarismos escolhidos ao adicionar o telemóvel. Após {pinAttempts} tentativas erradas, o pedido é recusado (valor assumido).',
    fix: 'Escreva-o com cuidado. Se o esqueceu, use «Esqueci-me do código PIN» nas definições da aplicação.',
    lead: 'Escreva de propósito um PIN errado na aplicação e carregue em «Autenticar», várias vezes se quiser.',
  },
  deviceUsedByOtherAccount: {
    ...whatIfLabelsPt.deviceUsedByOtherAccount,
    explanation:
      'Os guias mais antigos do EU Login dizem que a aplicação guarda uma conta por dispositivo (as versões mais recentes podem guardar várias). Este ensaio segue essa regra, por isso um telemóvel já associado a outra conta é recusado.',
    fix: 'Desassocie a outra conta na aplicação, se for sua e já não precisar dela, ou use outro dispositivo.',
    lead: 'Neste ensaio, o telemóvel já está ligado a outra conta: escreva o PIN como de costume e veja o que diz a aplicação.',
  },
  appInBackground: {
    ...whatIfLabelsPt.appInBackground,
    explanation: 'Quando a aplicação não está no ecrã, o pedido chega como notificação em vez de abrir sozinho.',
    fix: 'Toque na notificação do EU Login ou abra a aplicação.',
    lead: 'Neste ensaio, a aplicação está fechada: inicie sessão com «Aplicação móvel + código PIN» e veja se chega uma notificação ao telemóvel.',
  },
  phoneOffline: {
    ...whatIfLabelsPt.phoneOffline,
    explanation:
      'O método do PIN precisa do telemóvel ligado à rede para receber o pedido, por isso o computador espera e depois desiste.',
    fix: 'Ligue os dados móveis ou o Wi-Fi, ou escolha o método do código QR, que funciona sem rede.',
    lead: 'Neste ensaio, o telemóvel não tem internet: inicie sessão com «Aplicação móvel + código PIN» e veja o que faz o PC.',
  },
  requestExpired: {
    ...whatIfLabelsPt.requestExpired,
    explanation:
      'Um pedido de início de sessão dura pouco tempo (aqui, {pinWaitSeconds} segundos para o PIN e {challengeMinutes} minutos para um código QR; valores assumidos).',
    fix: 'Prima «Tentar novamente» no computador e confirme de imediato.',
    lead: 'Não confirme ainda: deixe passar o prazo do pedido com o botão abaixo.',
  },
  forgotPin: {
    ...whatIfLabelsPt.forgotPin,
    explanation:
      'O PIN não pode ser mostrado de novo, mas a aplicação pode definir um novo depois de provar a sua identidade.',
    fix: 'Nas definições da aplicação, escolha «Esqueci-me do código PIN», escreva o e-mail e a palavra-passe do EU Login e depois um PIN novo. Se falhar, elimine o dispositivo no computador e adicione-o de novo.',
    lead: 'Faça de conta que esqueceu o PIN: carregue em «Esqueci-me do código PIN» na aplicação.',
  },
  codeReused: {
    ...whatIfLabelsPt.codeReused,
    explanation: 'Cada código da aplicação só funciona uma vez, para o código QR de onde veio.',
    fix: 'Leia de novo o código QR para obter um código novo.',
    lead: 'Escreva um código que já usou num início de sessão anterior em vez do que a aplicação mostra agora.',
  },
  eidFailed: {
    ...whatIfLabelsPt.eidFailed,
    explanation:
      'A página nacional de eID não conseguiu confirmar a sua identidade, por exemplo por causa do leitor de cartões ou da aplicação nacional.',
    fix: 'Verifique o leitor ou a aplicação e tente de novo; dúvidas sobre a própria eID devem ir para o apoio nacional.',
    lead: 'Desta vez, a sua eID nacional não vai funcionar: continue na página nacional e veja o que acontece.',
  },
  eidCancelled: {
    ...whatIfLabelsPt.eidCancelled,
    explanation: 'Ao cancelar, volta ao EU Login sem que nada fique associado.',
    fix: 'Recomece a partir de «Associar a minha eID» quando puder.',
    lead: 'Carregue em «Cancelar» na página da eID nacional.',
  },
  keyCancelled: {
    ...whatIfLabelsPt.keyCancelled,
    explanation: 'O navegador deixa de esperar pela chave, por isso nada é adicionado nem confirmado.',
    fix: 'Tente de novo e toque na chave, ou confirme com o Windows Hello, antes de o pedido fechar.',
    lead: 'Quando o navegador pedir a chave, carregue em «Cancelar» em vez de lhe tocar.',
  },
  keyAlreadyRegistered: {
    ...whatIfLabelsPt.keyAlreadyRegistered,
    explanation: 'A mesma chave não pode ser adicionada duas vezes.',
    fix: 'Use a chave para iniciar sessão ou adicione outra.',
    lead: 'Neste ensaio, esta chave já está na sua conta: toque-lhe como de costume e veja o que diz o EU Login.',
  },
  lostPhone: {
    ...whatIfLabelsPt.lostPhone,
    explanation: 'Sem o telemóvel, a aplicação não pode confirmar os seus inícios de sessão.',
    fix: 'Inicie sessão com outro fator e elimine o telemóvel perdido. Sem outro fator, inicie sessão com a palavra-passe e use «Eliminar todos os meus dispositivos e eID (PANIC)» em «A minha conta».',
    lead: 'Faça de conta que perdeu o telemóvel: carregue em «Perdi o telemóvel».',
  },
  appReinstalled: {
    ...whatIfLabelsPt.appReinstalled,
    explanation:
      'Uma aplicação reinstalada esquece a ligação à sua conta, mesmo no mesmo telemóvel, e os pedidos de início de sessão deixam de lhe chegar.',
    fix: 'Inicie sessão de outra forma, elimine a entrada antiga em «Gerir os meus dispositivos móveis» e volte a adicionar o telemóvel com um novo código QR.',
    lead: 'Neste ensaio, a aplicação foi reinstalada: inicie sessão com «Aplicação móvel + código PIN» e veja se o pedido chega ao telemóvel.',
  },
  alwaysMfa: {
    ...whatIfLabelsPt.alwaysMfa,
    explanation:
      'Com «Exigir sempre autenticação multifator» ativo em «A minha conta», a «Palavra-passe» desaparece da lista de métodos, mesmo em sites que aceitariam só a palavra-passe.',
    fix: 'Escolha a aplicação ou a chave de segurança. Se perdeu todos os segundos fatores, o PANIC não resolve: contacte o apoio do EU Login (https://webgate.ec.europa.eu/cas/help.html).',
    lead: 'A sua conta pede sempre um segundo fator: veja a lista de métodos antes de escolher.',
  },
} satisfies Content['whatIfs'];
