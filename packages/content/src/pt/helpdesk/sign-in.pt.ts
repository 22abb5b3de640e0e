import type { FlowHelpdeskScripts } from '../../content.types.js';

export const signInHelpdeskPt = {
  'signIn.email': {
    ask: [
      'O que mostra a página: uma caixa para o e-mail ou também uma para a palavra-passe?',
      'Com que endereço está registado no site que quer usar?',
    ],
    say: [
      'Escreva o endereço de e-mail com que se registou, sem espaços antes ou depois.',
      'Prima «Seguinte». Se ainda não tem conta, escolha antes «Criar uma conta».',
      'Se nenhum site o encaminhou para o EU Login, abra https://webgate.ec.europa.eu/cas/login.',
    ],
    ifThen: [
      {
        if: 'A página diz que o utilizador não foi encontrado',
        then: 'Confirme a ortografia em conjunto. Se estiver certa, não há conta com esse endereço: crie uma.',
      },
      {
        if: 'Já aparece preenchido outro endereço',
        then: 'Apague-o e escreva o correto, ou use «Iniciar sessão com outro endereço de e-mail».',
      },
      {
        if: 'A pessoa tem vários endereços',
        then: 'Pergunte qual recebeu a mensagem de confirmação do EU Login: essa é a conta.',
      },
    ],
  },
  'signIn.userNotFound': {
    ask: [
      'Pode ler-me o endereço que aparece na página, letra a letra?',
      'Já recebeu alguma mensagem do EU Login noutro endereço?',
    ],
    say: [
      'Se o endereço tiver um erro, escolha «Iniciar sessão com outro endereço de e-mail» e escreva-o de novo.',
      'Se nunca criou uma conta, escolha «Criar uma conta».',
    ],
    ifThen: [
      {
        if: 'O endereço tem um erro de escrita',
        then: 'Volte atrás e escreva-o de novo com calma.',
      },
      {
        if: 'A pessoa garante que se registou com este endereço',
        then: 'Peça-lhe que procure na caixa de correio e no spam uma mensagem do EU Login; pode ter usado outro endereço.',
      },
    ],
  },
  'signIn.password': {
    ask: [
      'Vê o seu endereço com «(externo)» por baixo?',
      'Que métodos aparecem na lista «Escolha o método de verificação»?',
      'Já configurou a aplicação EU Login, uma chave de segurança ou uma eID?',
    ],
    say: [
      'Escreva a palavra-passe do EU Login. Maiúsculas e minúsculas contam.',
      'Escolha «Aplicação móvel + código PIN» (algumas páginas chamam-lhe «Código PIN da aplicação móvel EU Login») se o telemóvel estiver configurado e prima «Iniciar sessão».',
    ],
    ifThen: [
      {
        if: 'Só a palavra-passe é recusada ou não aparece na lista',
        then: 'O site exige um segundo fator. Configure primeiro a aplicação, uma chave de segurança ou uma eID.',
      },
      {
        if: 'A pessoa esqueceu-se da palavra-passe',
        then: 'Use «Esqueceu-se da palavra-passe?», por baixo da caixa da palavra-passe.',
      },
      {
        if: 'A página diz que a palavra-passe está errada, por exemplo com a mensagem em inglês «incorrect password supplied» (palavra-passe incorreta)',
        then: 'Verifique o Caps Lock e o teclado, ou use «Esqueceu-se da palavra-passe?» para definir uma nova. Após {passwordAttempts} tentativas erradas, o início de sessão fica bloqueado durante algum tempo (valor assumido).',
      },
      {
        if: 'O telemóvel com a aplicação perdeu-se',
        then: 'Passe às opções de recuperação: outro fator ou eliminar todos os dispositivos.',
      },
      {
        if: '«Palavra-passe» não aparece em nenhum site, nem nos que antes a aceitavam',
        then: 'A opção da conta «Exigir sempre autenticação multifator» pode estar ativa: inicie sessão com o segundo fator. Se esse fator se perdeu, só o apoio do EU Login pode ajudar (https://webgate.ec.europa.eu/cas/help.html).',
      },
      {
        if: 'A pessoa está a iniciar sessão no próprio telemóvel que tem a aplicação EU Login',
        then: 'Pode escolher «On Mobile» na lista: o EU Login abre a aplicação nesse mesmo telemóvel para confirmar com o PIN ou a impressão digital. Este treinador não ensaia esta opção.',
      },
      {
        if: 'A pessoa recebia códigos por SMS',
        then: 'O EU Login deixou de enviar códigos por SMS em meados de 2025. Configure antes a aplicação EU Login, uma chave de segurança ou uma eID.',
      },
      {
        if: 'A página diz que tem sessão iniciada como um utilizador e não pode usar um fator registado para outro utilizador',
        then: 'Esse telemóvel, chave ou eID está associado a outra conta EU Login. Inicie sessão com a conta certa ou contacte o apoio do EU Login, que tem um procedimento para isto (https://webgate.ec.europa.eu/cas/help.html).',
      },
      {
        if: 'A página mostra o erro 5305',
        then: 'A ajuda do EU Login associa este erro ao PANIC: inicie sessão com a palavra-passe, abra «A minha conta», use «Eliminar todos os meus dispositivos e eID (PANIC)» e depois adicione de novo um fator.',
      },
    ],
  },
  'signIn.locked': {
    ask: ['Quantas vezes tentou a palavra-passe?', 'Ainda sabe a palavra-passe ou é melhor redefini-la?'],
    say: [
      'Aguarde cerca de {lockoutMinutes} minutos antes de tentar de novo (valor assumido: o EU Login não o publica).',
      'Se não tem a certeza da palavra-passe, escolha já «Esqueceu-se da palavra-passe?».',
    ],
    ifThen: [
      {
        if: 'A pessoa não pode esperar',
        then: 'Redefina a palavra-passe com «Esqueceu-se da palavra-passe?».',
      },
      {
        if: 'O bloqueio continua depois da espera',
        then: 'Redefina a palavra-passe; se também falhar, contacte o apoio do EU Login através de https://webgate.ec.europa.eu/cas/help.html.',
      },
    ],
  },
  'signIn.pinWait': {
    ask: [
      'O computador indica que está à espera do dispositivo móvel?',
      'A aplicação EU Login está aberta no telemóvel e o telemóvel tem internet?',
    ],
    say: [
      'Pegue no telemóvel e abra a aplicação EU Login.',
      'O pedido deve aparecer; se a aplicação estava fechada, toque antes na notificação.',
    ],
    ifThen: [
      {
        if: 'Nenhum pedido chega ao telemóvel',
        then: 'Verifique os dados móveis ou o Wi-Fi; o método do PIN precisa de internet. Em alternativa, escolha o método do código QR, que funciona sem rede.',
      },
      {
        if: 'O computador diz que o pedido expirou',
        then: 'Prima «Tentar novamente» e confirme no telemóvel em cerca de {pinWaitSeconds} segundos (valor assumido).',
      },
      {
        if: 'As notificações da aplicação estão desligadas',
        then: 'Abra diretamente a aplicação; para receber alertas, permita as notificações nas definições do telemóvel.',
      },
    ],
  },
  'signIn.appNotification': {
    ask: ['Vê uma notificação do EU Login no telemóvel?', 'O telemóvel está bloqueado?'],
    say: [
      'Desbloqueie o telemóvel e toque na notificação do EU Login.',
      'Se a afastou sem querer, abra diretamente a aplicação EU Login.',
    ],
    ifThen: [
      {
        if: 'Não há notificação',
        then: 'Abra a aplicação EU Login; o pedido pendente também aparece lá.',
      },
      {
        if: 'Ao tocar abre-se outra conta',
        then: 'Use «Mudar de conta» na aplicação, se ela tiver várias contas.',
      },
    ],
  },
  'signIn.appPin': {
    ask: [
      'A aplicação mostra um teclado para o PIN?',
      'Lembra-se do PIN de quatro algarismos que escolheu no computador ao adicionar este telemóvel?',
    ],
    say: [
      'Escreva os quatro algarismos e toque em «Autenticar».',
      'É o PIN da aplicação, não o código de desbloqueio do telemóvel nem a palavra-passe.',
    ],
    ifThen: [
      {
        if: 'A aplicação diz que o PIN está errado',
        then: 'Tente mais uma vez com cuidado. Após {pinAttempts} PIN errados, o pedido é recusado (valor assumido).',
      },
      {
        if: 'A pessoa esqueceu-se do PIN',
        then: 'Abra as definições da aplicação e use «Esqueci-me do código PIN».',
      },
      {
        if: 'O computador não avança depois do PIN',
        then: 'Aguarde um momento; se continuar à espera, prima «Tentar novamente» no computador.',
      },
    ],
  },
  'signIn.refused': {
    ask: ['A aplicação disse que o PIN estava errado?', 'Tem a certeza do PIN ou é melhor redefini-lo?'],
    say: [
      'Prima «Tentar novamente» no computador e confirme no telemóvel com o PIN certo.',
      'Se não se lembra do PIN, redefina-o primeiro na aplicação.',
    ],
    ifThen: [
      {
        if: 'A pessoa não sabe o PIN',
        then: 'Vá às definições da aplicação e use «Esqueci-me do código PIN».',
      },
      {
        if: 'A redefinição do PIN na aplicação falha',
        then: 'Elimine o dispositivo em «Gerir os meus dispositivos móveis» e adicione o telemóvel de novo.',
      },
    ],
  },
  'signIn.qrScan': {
    ask: [
      'Há um código QR no ecrã do computador?',
      'Abriu o leitor dentro da aplicação EU Login ou a câmara do telemóvel?',
    ],
    say: [
      'Abra a aplicação EU Login e use o leitor de códigos QR dela.',
      'Segure o telemóvel de modo que o código QR caiba inteiro no enquadramento.',
    ],
    ifThen: [
      {
        if: 'A pessoa usou a câmara do telemóvel',
        then: 'A câmara não consegue usar este código. Abra a aplicação EU Login e leia-o a partir dela.',
      },
      {
        if: 'A aplicação diz que não está configurada',
        then: 'Este telemóvel ainda não está associado à conta: adicione-o primeiro ou escolha outro método.',
      },
      {
        if: 'O código expirou',
        then: 'Prima «Tentar novamente» no computador para obter um código QR novo.',
      },
    ],
  },
  'signIn.qrCode': {
    ask: [
      'O que mostra a aplicação: um código com letras e algarismos?',
      'O código QR ainda está no ecrã do computador?',
    ],
    say: ['Escreva o código tal como a aplicação o mostra.', 'Prima «Iniciar sessão» no computador.'],
    ifThen: [
      {
        if: 'O computador diz que o código está errado',
        then: 'Confira cada carácter com a aplicação, porque alguns parecem-se (8 e B, 5 e S), ou leia de novo o código QR para obter um código novo.',
      },
      {
        if: 'O computador diz que o código já foi usado',
        then: 'Leia de novo o código QR para obter um código novo.',
      },
      {
        if: 'O computador diz que o código expirou',
        then: 'Prima «Tentar novamente»; os códigos duram cerca de {challengeMinutes} minutos (valor assumido).',
      },
    ],
  },
  'signIn.securityKey': {
    ask: ['O que lhe pede a janela do navegador?', 'A chave de segurança está ligada ou está a usar o Windows Hello?'],
    say: [
      'Ligue a chave e toque no botão dela quando piscar, ou siga o pedido do Windows Hello.',
      'Não feche a janela do navegador enquanto estiver à espera.',
    ],
    ifThen: [
      {
        if: 'O pedido foi fechado ou cancelado',
        then: 'Prima de novo «Iniciar sessão» para obter um pedido novo.',
      },
      {
        if: 'A página diz que a chave não está registada',
        then: 'Esta chave nunca foi adicionada à conta. Use outra chave ou outro método, ou adicione-a em «Gerir as minhas chaves de segurança e plataformas de confiança».',
      },
    ],
  },
  'signIn.expired': {
    ask: ['Quanto tempo esperou antes de confirmar no telemóvel?', 'Nesse momento, o telemóvel tinha internet?'],
    say: [
      'Prima «Tentar novamente» no computador.',
      'Tenha o telemóvel desbloqueado e a aplicação EU Login aberta antes de premir «Iniciar sessão».',
    ],
    ifThen: [
      {
        if: 'Expira sempre',
        then: 'Mude para o método do código QR: não precisa de internet no telemóvel.',
      },
      {
        if: 'O telemóvel está sem rede',
        then: 'Ligue os dados móveis ou o Wi-Fi, ou use o método do código QR.',
      },
    ],
  },
  'signIn.done': {
    ask: ['Vê o site que pretendia, com o seu nome ou o menu da conta?'],
    say: [
      'Já está dentro. Da próxima vez, inicie sessão da mesma maneira.',
      'Terminar a sessão no EU Login não termina a sessão nos sites que já estão abertos.',
    ],
    ifThen: [
      {
        if: 'O site continua a recusar o acesso',
        then: 'O site pode exigir um método mais forte do que o usado: termine a sessão e inicie-a com a aplicação ou com uma chave.',
      },
      {
        if: 'O site responde INVALID_USER ou diz que só aceita utilizadores internos',
        then: 'Esse site destina-se apenas a contas do pessoal; uma conta autorregistada (externa) não o pode usar. Encaminhe a pessoa para o apoio do próprio site.',
      },
    ],
  },
} satisfies FlowHelpdeskScripts<'signIn'>;
