import type { Content } from '../content.types.js';

export const stepsPt = {
  'coach.journeys': {
    title: 'Escolha o que quer praticar',
    body: 'Escolha a tarefa que quer ensaiar, desde criar uma conta até recuperar de um telemóvel perdido. Antes de começar, pode ativar situações que correm mal.',
    helpdesk: {
      ask: [
        'O que pretende fazer hoje: criar uma conta, adicionar o telemóvel ou iniciar sessão?',
        'Já tem uma conta EU Login?',
        'Tem consigo um smartphone ou um tablet?',
      ],
      say: [
        'Abra o treinador e escolha o percurso que corresponde ao que pretende fazer.',
        'Na dúvida, escolha a configuração completa: cobre tudo desde o início.',
        'Porquê um segundo fator: mesmo que alguém roube ou adivinhe a sua palavra-passe, não consegue entrar sem o seu telemóvel, a sua chave ou a sua eID.',
      ],
      ifThen: [
        {
          if: 'A pessoa não tem smartphone',
          then: 'Escolha «Sem smartphone? Use uma chave de segurança»: um tablet, uma chave de segurança ou o Windows Hello também servem.',
        },
        {
          if: 'A pessoa perdeu ou trocou de telemóvel',
          then: 'Telemóvel antigo perdido ou inutilizável: escolha «Substituir um telemóvel que já não pode usar» se outro fator ainda funcionar; caso contrário, «Perdi o telemóvel». Telemóvel antigo ainda a funcionar: adicione primeiro o novo e só depois elimine o antigo.',
        },
        {
          if: 'A pessoa já inicia sessão com uma eID nacional',
          then: 'Explique que não precisa de configurar mais nada: a eID já conta como dois fatores.',
        },
      ],
    },
  },
  'signIn.email': {
    title: 'Escreva o seu endereço de e-mail',
    body: 'No computador, a página do EU Login pede primeiro o endereço de e-mail. Escreva-o e prima «Seguinte».',
    helpdesk: {
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
  },
  'signIn.userNotFound': {
    title: 'Não há conta para este endereço',
    body: 'No computador, o EU Login indica que não conhece nenhuma conta com o endereço escrito. Verifique a ortografia, experimente outro endereço ou crie uma conta.',
    helpdesk: {
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
  },
  'signIn.password': {
    title: 'Escreva a palavra-passe e escolha como confirmar',
    body: 'No computador, escreva a palavra-passe, escolha um método em «Escolha o método de verificação» e prima «Iniciar sessão». A lista só mostra os métodos que o site aceita.',
    helpdesk: {
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
  },
  'signIn.locked': {
    title: 'Demasiadas tentativas falhadas',
    body: 'No computador, o EU Login recusa durante algum tempo o início de sessão nesta conta após demasiadas tentativas falhadas: palavras-passe erradas, PIN da aplicação errados ou códigos únicos errados. Recomeçar não levanta o bloqueio. Aguarde cerca de {lockoutMinutes} minutos ou redefina a palavra-passe.',
    assumed:
      'O EU Login não publica quantas tentativas falhadas aceita nem quanto tempo espera depois. O treinador assume {passwordAttempts} palavras-passe, {pinAttempts} PIN da aplicação ou {otpAttempts} códigos seguidos, e {lockoutMinutes} minutos.',
    helpdesk: {
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
  },
  'signIn.pinWait': {
    title: 'Confirme o início de sessão no telemóvel',
    body: 'O computador fica à espera enquanto o EU Login envia um pedido ao seu telemóvel. Abra a aplicação EU Login: o pedido aparece e pede o PIN.',
    assumed:
      'O EU Login não publica quanto tempo o computador espera pela sua confirmação. O treinador assume {pinWaitSeconds} segundos.',
    helpdesk: {
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
  },
  'signIn.appNotification': {
    title: 'Toque na notificação',
    body: 'A aplicação estava em segundo plano, por isso o telemóvel mostra uma notificação do EU Login. Toque nela para abrir o pedido.',
    helpdesk: {
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
  },
  'signIn.appPin': {
    title: 'Escreva o PIN da aplicação',
    body: 'No telemóvel, a aplicação EU Login pede o PIN de quatro algarismos que escolheu ao adicionar o telemóvel. Escreva-o e toque em «Autenticar».',
    assumed:
      'O EU Login não publica quantos PIN errados a aplicação aceita. O treinador assume {pinAttempts}; depois disso, o pedido é recusado.',
    helpdesk: {
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
  },
  'signIn.refused': {
    title: 'Início de sessão recusado',
    body: 'No computador, o EU Login indica que o pedido foi recusado, normalmente após demasiados PIN errados na aplicação. Esses PIN contam para a conta, não para um só pedido: após {pinAttempts} seguidos, o início de sessão fica bloqueado durante cerca de {lockoutMinutes} minutos, mesmo com um pedido novo.',
    assumed:
      'O EU Login não publica ao fim de quantos PIN errados um pedido é recusado nem quanto tempo o início de sessão fica depois bloqueado. O treinador assume {pinAttempts} PIN e {lockoutMinutes} minutos.',
    helpdesk: {
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
  },
  'signIn.qrScan': {
    title: 'Leia o código QR com a aplicação',
    body: 'O computador mostra um código QR. No telemóvel, abra a aplicação EU Login, escolha ler um código QR e aponte a câmara para o ecrã do computador. Funciona mesmo sem internet.',
    helpdesk: {
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
  },
  'signIn.qrCode': {
    title: 'Escreva o código de utilização única no computador',
    body: 'O telemóvel mostra agora um código de utilização única. Escreva-o na caixa do computador e prima «Iniciar sessão». Cada código só funciona uma vez.',
    assumed:
      'O EU Login não publica o aspeto do código de utilização única nem quanto tempo dura. O treinador mostra letras e algarismos em dois grupos e aceita-os durante {challengeMinutes} minutos.',
    helpdesk: {
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
  },
  'signIn.securityKey': {
    title: 'Use a sua chave de segurança',
    body: 'No computador, o navegador pede que confirme com a chave de segurança ou com o Windows Hello. Toque na chave ou use a impressão digital, o rosto ou o PIN.',
    helpdesk: {
      ask: [
        'O que lhe pede a janela do navegador?',
        'A chave de segurança está ligada ou está a usar o Windows Hello?',
      ],
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
  },
  'signIn.expired': {
    title: 'O pedido expirou',
    body: 'No computador, o EU Login indica que o pedido de início de sessão demorou demasiado. Recomece e confirme no telemóvel um pouco mais depressa.',
    assumed:
      'O EU Login não publica quanto tempo dura um pedido de início de sessão. O treinador assume {pinWaitSeconds} segundos para um pedido de PIN e {challengeMinutes} minutos para um código QR.',
    helpdesk: {
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
  },
  'signIn.done': {
    title: 'Sessão iniciada',
    body: 'O computador voltou ao site que queria usar, com a sessão iniciada. Não há mais nada a fazer.',
    helpdesk: {
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
  },
  'register.form': {
    title: 'Preencha o formulário de registo',
    body: 'No computador, escreva o nome próprio e o apelido, o endereço de e-mail duas vezes, escolha a língua das mensagens do EU Login, escreva os caracteres da imagem e assinale a caixa da privacidade. Depois prima «Criar uma conta».',
    assumed: 'Um guia diz que o código da imagem só é pedido «se for solicitado». O treinador pede-o sempre.',
    helpdesk: {
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
  },
  'register.mailSent': {
    title: 'Abra a mensagem de confirmação',
    body: 'Na caixa de correio chega uma mensagem do EU Login com uma ligação. Pode demorar até {mailMinutes} minutos; veja também a pasta de spam. Abra a ligação para escolher a palavra-passe. (Aqui, o botão «Aguardar» da caixa de correio poupa-lhe a espera.)',
    assumed:
      'O EU Login não publica quanto tempo a ligação funciona nem se permite reenviar a mensagem de registo. O treinador assume {linkMinutes} minutos, oferece «Enviar a mensagem de novo» e só aceita a ligação mais recente.',
    helpdesk: {
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
  },
  'register.linkExpired': {
    title: 'A ligação expirou',
    body: 'No computador, o EU Login indica que a ligação de confirmação é demasiado antiga. Recomece o registo para receber uma mensagem nova.',
    assumed:
      'O EU Login só diz que a ligação funciona durante um tempo limitado. O treinador assume {linkMinutes} minutos e permite reenviar a mensagem ou registar-se de novo.',
    helpdesk: {
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
  },
  'password.set': {
    title: 'Escolha a palavra-passe',
    body: 'No computador, escreva duas vezes uma palavra-passe nova. Precisa de pelo menos {min} caracteres, com maiúsculas, minúsculas, um algarismo e um carácter especial.',
    assumed:
      'O EU Login não publica nenhuma regra contra o seu nome ou endereço de e-mail na palavra-passe. O treinador assume essa regra e recusa essas palavras-passe.',
    helpdesk: {
      ask: [
        'A página mostra duas caixas, «Nova palavra-passe» e «Confirmar a nova palavra-passe»?',
        'O que diz a mensagem a vermelho por baixo da caixa, se houver?',
      ],
      say: [
        'Use pelo menos {min} caracteres, misturando maiúsculas, minúsculas, algarismos e um sinal como ! ou #.',
        'Deixe de fora o seu nome e a primeira parte do seu endereço de e-mail.',
        'Escreva a mesma palavra-passe nas duas caixas e prima «Enviar».',
      ],
      ifThen: [
        {
          if: 'A página diz que a palavra-passe foi alterada há pouco tempo',
          then: 'O EU Login permite uma alteração a cada {changeHours} horas. Inicie sessão com a palavra-passe atual ou tente amanhã.',
        },
        {
          if: 'As duas caixas não coincidem',
          then: 'Apague as duas e escreva de novo com calma; ative «Mostrar palavra-passe», se existir.',
        },
        {
          if: 'Um gestor de palavras-passe preencheu outra coisa',
          then: 'Apague as caixas e escreva a palavra-passe à mão.',
        },
      ],
    },
  },
  'register.done': {
    title: 'A sua conta está pronta',
    body: 'No computador, o EU Login confirma a palavra-passe e inicia a sessão. Muitos sites exigem também um segundo fator, por isso adicione já o telemóvel.',
    helpdesk: {
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
  },
  'passwordReset.request': {
    title: 'Peça uma palavra-passe nova',
    body: 'No computador, confirme o endereço de e-mail, escreva os caracteres da imagem e prima «Obter uma palavra-passe». O EU Login envia-lhe depois uma ligação por e-mail.',
    helpdesk: {
      ask: ['O seu endereço de e-mail aparece na página?', 'Consegue ler os caracteres da imagem?'],
      say: [
        'Confirme que o endereço é o da sua conta EU Login.',
        'Escreva os caracteres da imagem e prima «Obter uma palavra-passe».',
      ],
      ifThen: [
        {
          if: 'A imagem é ilegível',
          then: 'Prima o botão das duas setas para obter uma imagem nova.',
        },
        {
          if: 'O endereço da conta está desatualizado',
          then: 'A mensagem vai para o endereço antigo. Se já não tiver acesso a ele, contacte o apoio do EU Login através de https://webgate.ec.europa.eu/cas/help.html.',
        },
      ],
    },
  },
  'passwordReset.mailSent': {
    title: 'Abra a mensagem de redefinição',
    body: 'Na caixa de correio chega uma mensagem do EU Login com uma ligação para definir uma palavra-passe nova. Pode demorar até {mailMinutes} minutos; veja também o spam. (Aqui, o botão «Aguardar» da caixa de correio poupa-lhe a espera.)',
    assumed:
      'O EU Login não publica quanto tempo funciona uma ligação de redefinição nem se um pedido mais recente anula as ligações anteriores. O treinador assume {linkMinutes} minutos e só aceita a ligação mais recente.',
    helpdesk: {
      ask: ['Já procurou na pasta de spam ou de lixo eletrónico?', 'Pediu a redefinição mais do que uma vez?'],
      say: [
        'Procure uma mensagem de automated-notifications@nomail.ec.europa.eu e abra a ligação.',
        'Se fez vários pedidos, use apenas a mensagem mais recente.',
      ],
      ifThen: [
        {
          if: 'Não chega nada',
          then: 'Aguarde até {mailMinutes} minutos e veja o spam; depois peça uma ligação nova.',
        },
        {
          if: 'A ligação diz que expirou ou que é inválida',
          then: 'Peça uma ligação nova com «Esqueceu-se da palavra-passe?» e use a mensagem mais recente.',
        },
      ],
    },
  },
  'passwordReset.linkExpired': {
    title: 'A ligação de redefinição já não funciona',
    body: 'No computador, o EU Login indica que a ligação expirou ou foi substituída por uma mais recente. Peça uma ligação nova.',
    assumed:
      'O EU Login não publica quanto tempo funciona uma ligação de redefinição. O treinador assume {linkMinutes} minutos, e um pedido mais recente substitui as ligações anteriores.',
    helpdesk: {
      ask: ['Esta é a mensagem de redefinição mais recente que recebeu?'],
      say: [
        'Volte a https://webgate.ec.europa.eu/cas/login, escreva o seu endereço de e-mail, escolha «Esqueceu-se da palavra-passe?» e peça de novo.',
        'Abra logo a mensagem nova.',
      ],
      ifThen: [
        {
          if: 'Todas as ligações parecem expiradas',
          then: 'Apague as mensagens de redefinição antigas, peça mais uma vez e espere apenas por essa mensagem.',
        },
      ],
    },
  },
  'passwordReset.done': {
    title: 'A palavra-passe nova está definida',
    body: 'No computador, o EU Login confirma a palavra-passe nova. Use-a a partir de agora; a aplicação e as chaves continuam a funcionar como antes.',
    helpdesk: {
      ask: ['A página confirma que a palavra-passe foi alterada?'],
      say: [
        'A palavra-passe nova já está ativa. Inicie sessão com ela como habitualmente.',
        'Só a poderá alterar de novo daqui a {changeHours} horas.',
      ],
      ifThen: [
        {
          if: 'A palavra-passe antiga está guardada no navegador',
          then: 'Atualize ou apague a palavra-passe guardada para que não preencha a antiga.',
        },
      ],
    },
  },
  'account.home': {
    title: 'Abra «A minha conta»',
    body: 'No computador, com sessão iniciada no EU Login, vá a «A minha conta» (no EU Login real, pelo ícone da roda dentada no canto superior direito). Aí vê o que pode gerir: dispositivos móveis, eID, chaves de segurança.',
    helpdesk: {
      ask: ['Vê um ícone de roda dentada no canto superior direito da página do EU Login?', 'Tem a sessão iniciada?'],
      say: [
        'Abra o menu de definições (a roda dentada, no canto superior direito) e escolha «A minha conta».',
        'Depois escolha a opção do que quer adicionar ou alterar.',
      ],
      ifThen: [
        {
          if: 'O EU Login pede que inicie sessão de novo com um segundo fator',
          then: 'É normal quando já existe um fator: confirme primeiro com ele.',
        },
        {
          if: 'O telemóvel perdido é o único fator',
          then: 'Use «Eliminar todos os meus dispositivos e eID (PANIC)» para recomeçar do zero.',
        },
        {
          if: 'As páginas do EU Login aparecem em inglês',
          then: 'Procure «My Account» e, a seguir, «Manage my mobile devices».',
        },
        {
          if: 'A pessoa quer mudar o endereço de e-mail da conta',
          then: 'Escolha «Configurar a minha conta», escreva o endereço novo, prima «Enviar» e abra a ligação de confirmação enviada para o endereço novo. Não crie uma segunda conta.',
        },
      ],
    },
  },
  'device.list': {
    title: 'Gira os seus dispositivos móveis',
    body: 'No computador, «Gerir os meus dispositivos móveis» lista os telemóveis associados à sua conta. Escolha «Adicionar um dispositivo móvel» ou elimine um antigo.',
    helpdesk: {
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
  },
  'device.addForm': {
    title: 'Dê um nome ao telemóvel e escolha um PIN',
    body: 'No computador, dê ao telemóvel um nome que reconheça e escolha um PIN de quatro algarismos, duas vezes. Prima «Enviar» e aparece um código QR.',
    assumed:
      'O EU Login não publica regras para os nomes dos dispositivos. O treinador assume que o nome é obrigatório, tem um comprimento máximo e não contém < nem >.',
    helpdesk: {
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
  },
  'device.qrShown': {
    title: 'Pegue no telemóvel',
    body: 'O computador mostra agora um código QR. No telemóvel, a aplicação EU Login continua a mostrar as instruções de configuração: toque em «Seguinte» para abrir o leitor.',
    assumed:
      'O EU Login não publica durante quanto tempo este código QR é válido. O treinador assume {enrolQrMinutes} minutos.',
    helpdesk: {
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
  },
  'device.qrExpired': {
    title: 'O código QR expirou',
    body: 'No computador, o código QR já não é válido. Preencha de novo o formulário «Adicionar um dispositivo móvel» para obter um novo.',
    assumed:
      'O EU Login não publica durante quanto tempo o código QR é válido. O treinador assume {enrolQrMinutes} minutos.',
    helpdesk: {
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
  },
  'device.added': {
    title: 'O telemóvel está associado',
    body: 'No computador, o EU Login confirma que o dispositivo foi adicionado; passa a constar de «Gerir os meus dispositivos móveis». A partir de agora, escolha a aplicação em «Escolha o método de verificação» quando iniciar sessão. Prima «Terminar sessão» para experimentar.',
    helpdesk: {
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
  },
  'device.deleteConfirm': {
    title: 'Elimine o dispositivo antigo',
    body: 'No computador, confirme que quer retirar o telemóvel antigo da sua conta. O telemóvel antigo deixa de poder confirmar inícios de sessão.',
    helpdesk: {
      ask: ['Que dispositivo vai eliminar?', 'Ainda funciona outro fator, como um telemóvel novo ou uma chave?'],
      say: ['Confirme o nome do dispositivo e depois confirme a eliminação.'],
      ifThen: [
        {
          if: 'A pessoa está prestes a eliminar o único dispositivo que funciona',
          then: 'Pare: adicione primeiro o dispositivo novo e só depois elimine o antigo.',
        },
      ],
    },
  },
  'app.install': {
    title: 'Instale a aplicação EU Login',
    body: 'No telemóvel, abra a loja de aplicações (Google Play ou App Store), procure «EU Login» e instale a aplicação gratuita da Comissão Europeia.',
    helpdesk: {
      ask: ['O seu telemóvel é Android ou iPhone?', 'Vê a aplicação «EU Login» da Comissão Europeia?'],
      say: [
        'Abra o Google Play no Android, ou a App Store no iPhone.',
        'Procure EU Login, instale e abra a aplicação.',
      ],
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
  },
  'app.notifications': {
    title: 'Permita as notificações',
    body: 'No telemóvel, a aplicação EU Login pede autorização para enviar notificações. Permita: a aplicação precisa delas para a configuração e para receber pedidos de início de sessão.',
    helpdesk: {
      ask: ['O telemóvel pergunta se o EU Login pode enviar notificações?'],
      say: ['Toque em «Permitir».'],
      ifThen: [
        {
          if: 'A pessoa tocou em «Não permitir»',
          then: 'Abra as definições do telemóvel, procure o EU Login e ative as notificações.',
        },
      ],
    },
  },
  'app.notificationsDenied': {
    title: 'Volte a ativar as notificações',
    body: 'No telemóvel, as notificações do EU Login estão desligadas, por isso a aplicação não consegue concluir a configuração. Ative-as nas definições do telemóvel.',
    helpdesk: {
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
  },
  'app.welcome': {
    title: 'Comece a configuração na aplicação',
    body: 'No telemóvel, a aplicação EU Login mostra o ecrã de boas-vindas. Toque em «Inicializar»: a aplicação indica que deve abrir o EU Login no computador.',
    helpdesk: {
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
  },
  'app.noScreenLock': {
    title: 'Proteja primeiro o telemóvel',
    body: 'No telemóvel, a aplicação EU Login recusa-se a arrancar porque o telemóvel não tem bloqueio de ecrã. Defina um PIN, um padrão ou a impressão digital nas definições do telemóvel.',
    assumed:
      'A FAQ do Europass diz que a aplicação não pode ser usada num telemóvel sem bloqueio de ecrã, mas não diz como a aplicação o indica. O treinador assume um aviso que impede continuar antes de «Inicializar».',
    helpdesk: {
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
  },
  'app.cameraPermission': {
    title: 'Permita a câmara',
    body: 'No telemóvel, a aplicação EU Login pede para usar a câmara, para poder ler o código QR. Permita.',
    helpdesk: {
      ask: ['O telemóvel pergunta se o EU Login pode usar a câmara?'],
      say: ['Toque em «Permitir».'],
      ifThen: [
        {
          if: 'A pessoa recusou',
          then: 'Abra as definições do telemóvel, procure o EU Login e permita a câmara.',
        },
      ],
    },
  },
  'app.cameraDenied': {
    title: 'Permita a câmara nas definições',
    body: 'No telemóvel, a aplicação EU Login não tem acesso à câmara e por isso não consegue ler o código QR. Permita a câmara nas definições do telemóvel.',
    helpdesk: {
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
  },
  'app.scanner': {
    title: 'Leia o código QR do computador',
    body: 'No telemóvel, a aplicação mostra a imagem da câmara. Segure o telemóvel em frente do ecrã do computador, de modo que o código QR preencha o enquadramento; a aplicação real avança sozinha quando o tiver lido (aqui, prima «Ler o código QR no ecrã do PC»).',
    helpdesk: {
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
  },
  'app.foreignScanner': {
    title: 'Leitor errado',
    body: 'No telemóvel, a aplicação da câmara leu o código QR como texto simples. Só a aplicação EU Login o consegue usar: volte à aplicação e leia o código a partir dela.',
    helpdesk: {
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
  },
  'app.scanError': {
    title: 'A aplicação não conseguiu usar o código',
    body: 'No telemóvel, a aplicação diz que o código QR é inválido ou expirou. Obtenha um código novo no computador e leia-o de novo.',
    helpdesk: {
      ask: ['O que diz exatamente a aplicação?', 'Há quanto tempo apareceu o código QR no computador?'],
      say: ['No computador, preencha de novo «Adicionar um dispositivo móvel».', 'Leia o código novo de imediato.'],
      ifThen: [
        {
          if: 'A pessoa leu uma fotografia ou uma impressão',
          then: 'Leia o código mostrado no momento na página do EU Login.',
        },
      ],
    },
  },
  'app.enrolPin': {
    title: 'Confirme com o PIN',
    body: 'No telemóvel, escreva o PIN de quatro algarismos que escolheu há pouco no computador e toque em «Autenticar».',
    assumed:
      'O EU Login não publica quantos PIN errados aceita aqui. O treinador assume {pinAttempts}; depois disso, este código QR deixa de funcionar e recomeça no computador.',
    helpdesk: {
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
  },
  'app.deviceInUse': {
    title: 'Este telemóvel pertence a outra conta',
    body: 'No telemóvel, a aplicação diz que já está associada a outra conta EU Login. Desassocie essa conta na aplicação ou use outro dispositivo.',
    assumed:
      'Os guias do EU Login não concordam: os mais antigos permitem uma conta por dispositivo, os mais recentes descrevem várias contas na mesma aplicação. O treinador segue a regra antiga e recusa uma segunda conta.',
    helpdesk: {
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
  },
  'app.enrolled': {
    title: 'A aplicação está configurada',
    body: 'No telemóvel, a aplicação confirma que o dispositivo está configurado. Toque em «Continuar»; o computador também confirma.',
    helpdesk: {
      ask: ['A aplicação mostra uma mensagem de sucesso?'],
      say: ['Toque em «Continuar». Se a aplicação oferecer, pode ativar o desbloqueio por impressão digital ou rosto.'],
      ifThen: [
        {
          if: 'O computador continua à espera',
          then: 'Aguarde alguns minutos, ou abra a notificação da aplicação para ajudar a concluir.',
        },
      ],
    },
  },
  'pin.settings': {
    title: 'Abra as definições da aplicação',
    body: 'No telemóvel, abra as definições da aplicação EU Login e escolha «Esqueci-me do código PIN»; é também assim que se altera o PIN. O ícone das definições tem a forma de três pontos no Android e de uma roda dentada no iPhone, e a posição depende da versão da aplicação.',
    helpdesk: {
      ask: [
        'A aplicação EU Login está aberta?',
        'O seu telemóvel é Android ou iPhone?',
        'Vê três pontos ou uma roda dentada, no canto superior direito ou no inferior direito?',
      ],
      say: [
        'Toque no ícone das definições (três pontos no Android, roda dentada no iPhone) e depois em «Esqueci-me do código PIN».',
      ],
      ifThen: [
        {
          if: 'A pessoa não encontra a opção',
          then: 'Elimine o dispositivo no computador, em «Gerir os meus dispositivos móveis», e adicione o telemóvel de novo com um PIN novo.',
        },
        {
          if: '«Esqueci-me do código PIN» não funciona',
          then: 'Elimine o dispositivo em «Gerir os meus dispositivos móveis» no computador (https://webgate.ec.europa.eu/cas/mobile) e adicione o telemóvel de novo com um PIN novo. A ajuda do EU Login já aconselhou isto em vez da redefinição na aplicação.',
        },
      ],
    },
  },
  'pin.credentials': {
    title: 'Prove que é a própria pessoa',
    body: 'No telemóvel, a aplicação pede que prove a sua identidade: escreva o endereço de e-mail e a palavra-passe do EU Login.',
    assumed:
      'O EU Login não publica o que a aplicação faz após várias palavras-passe erradas aqui. O treinador assume o mesmo bloqueio do computador: {passwordAttempts} tentativas e depois {lockoutMinutes} minutos.',
    helpdesk: {
      ask: ['A aplicação pede o seu e-mail e a palavra-passe?'],
      say: ['Escreva o endereço de e-mail e a palavra-passe do EU Login, os mesmos que usa no computador.'],
      ifThen: [
        {
          if: 'A palavra-passe é recusada',
          then: 'Redefina-a no computador com «Esqueceu-se da palavra-passe?» e depois volte.',
        },
        {
          if: 'A aplicação bloqueia após várias tentativas',
          then: 'Aguarde algum tempo ({lockoutMinutes} minutos, valor assumido) ou redefina a palavra-passe.',
        },
      ],
    },
  },
  'pin.new': {
    title: 'Escolha um PIN novo',
    body: 'No telemóvel, escreva duas vezes um PIN novo de quatro algarismos.',
    helpdesk: {
      ask: ['A aplicação pede um PIN novo?'],
      say: ['Escolha quatro algarismos de que se lembre e escreva-os duas vezes.'],
      ifThen: [
        {
          if: 'Os dois PIN são diferentes',
          then: 'Escreva os dois de novo com calma.',
        },
      ],
    },
  },
  'pin.changed': {
    title: 'O PIN novo funciona',
    body: 'No telemóvel, a aplicação confirma o PIN novo. O desbloqueio por impressão digital ou rosto fica desligado e pode ser ativado de novo.',
    helpdesk: {
      ask: ['A aplicação confirma a alteração?'],
      say: [
        'Use o PIN novo a partir de agora.',
        'Se usava a impressão digital ou o rosto, ative-os de novo nas definições da aplicação.',
      ],
      ifThen: [
        {
          if: 'O PIN novo é recusado ao iniciar sessão',
          then: 'Elimine o dispositivo no computador e adicione-o de novo.',
        },
      ],
    },
  },
  'eid.manage': {
    title: 'Gira as suas eID',
    body: 'No computador, em «A minha conta», abra «Gerir as minhas eID» e escolha «Associar a minha eID». Tenha à mão o leitor de cartões ou a aplicação nacional de eID.',
    helpdesk: {
      ask: ['Que país emitiu a sua eID?', 'Usa um leitor de cartões ou uma aplicação nacional de eID?'],
      say: ['Escolha «Gerir as minhas eID» e depois «Associar a minha eID».'],
      ifThen: [
        {
          if: 'O EU Login pede primeiro um segundo fator',
          then: 'Confirme com o fator que já tem.',
        },
      ],
    },
  },
  'eid.country': {
    title: 'Escolha o seu país',
    body: 'No computador, escolha o país que emitiu a sua eID (o EU Login mostra bandeiras; aqui é uma lista) e prima «Enviar».',
    assumed:
      'Este ensaio mostra uma lista de países de exemplo. O EU Login não publica aqui nenhuma lista; as fontes só dizem que a eID funciona em cerca de 19 Estados-Membros.',
    helpdesk: {
      ask: ['A bandeira do seu país está na lista?'],
      say: ['Clique na bandeira do seu país e depois em «Enviar».'],
      ifThen: [
        {
          if: 'O país não está na lista',
          then: 'A eID desse país ainda não pode ser usada com o EU Login. Use antes a aplicação ou uma chave de segurança.',
        },
        {
          if: 'A pessoa escolheu «Iniciar sessão com eID» sem nunca ter associado a eID à conta',
          then: 'Isso cria uma conta à parte, só com a eID, e não a conta habitual. Inicie antes sessão com a palavra-passe e associe a eID em «A minha conta».',
        },
      ],
    },
  },
  'eid.national': {
    title: 'Inicie sessão com a sua eID nacional',
    body: 'No computador, abre-se a página de eID do seu país. Inicie sessão aí com o leitor de cartões ou a aplicação nacional; depois volta ao EU Login.',
    helpdesk: {
      ask: ['Que página está aberta agora: o serviço de eID do seu país?'],
      say: [
        'Siga a página nacional de eID.',
        'Dúvidas sobre o cartão, o leitor ou a aplicação nacional devem ir para o apoio nacional da eID.',
      ],
      ifThen: [
        {
          if: 'A página nacional mostra um erro',
          then: 'Verifique o leitor de cartões e a aplicação nacional e recomece a partir de «Associar a minha eID».',
        },
        {
          if: 'A pessoa cancelou',
          then: 'Recomece a partir de «Associar a minha eID».',
        },
      ],
    },
  },
  'eid.linked': {
    title: 'A sua eID está associada',
    body: 'No computador, o EU Login confirma a associação. Já pode usar «Iniciar sessão com eID», que, por si só, conta como dois fatores.',
    helpdesk: {
      ask: ['A página confirma que a eID está associada?'],
      say: ['Da próxima vez, escolha «Iniciar sessão com eID» na primeira página do EU Login.'],
      ifThen: [
        {
          if: 'O site não oferece «Iniciar sessão com eID»',
          then: 'Esse site não aceita eID; use aí a aplicação ou uma chave de segurança.',
        },
      ],
    },
  },
  'eid.failed': {
    title: 'O passo da eID nacional não terminou',
    body: 'No computador, o EU Login indica que o início de sessão nacional não terminou, por isso nada mudou. Tente de novo ou use outro método.',
    helpdesk: {
      ask: ['Cancelou na página nacional ou ela mostrou um erro?'],
      say: ['Prima «Tentar novamente» para escolher de novo o país, ou cancele e use outro método.'],
      ifThen: [
        {
          if: 'Falha sempre',
          then: 'Contacte o apoio nacional da eID ou configure antes a aplicação EU Login.',
        },
      ],
    },
  },
  'key.manage': {
    title: 'Gira as suas chaves de segurança',
    body: 'No computador, em «A minha conta», abra «Gerir as minhas chaves de segurança e plataformas de confiança» e escolha «Adicionar uma chave de segurança».',
    helpdesk: {
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
  },
  'key.addForm': {
    title: 'Dê um nome à chave',
    body: 'No computador, dê à chave um nome que reconheça, como «Chave USB azul» ou «Portátil do trabalho», e prima «Enviar».',
    assumed:
      'O EU Login não publica regras para os nomes das chaves nem o que acontece se a mesma chave for adicionada duas vezes. O treinador assume um nome curto, sem < nem >, e recusa uma chave que já esteja na conta.',
    helpdesk: {
      ask: ['A chave está ligada, ou o Windows Hello está configurado neste computador?'],
      say: ['Escreva um nome e prima «Enviar». O navegador pede depois que confirme.'],
      ifThen: [
        {
          if: 'O nome é recusado',
          then: 'Use um nome mais curto, sem < nem >.',
        },
      ],
    },
  },
  'key.prompt': {
    title: 'Confirme com a chave',
    body: 'No computador, o navegador pede que use a chave: toque nela quando piscar, ou confirme com o Windows Hello (impressão digital, rosto ou PIN).',
    helpdesk: {
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
  },
  'key.added': {
    title: 'A chave foi adicionada',
    body: 'No computador, a chave aparece na sua lista. Escolha-a em «Escolha o método de verificação» quando iniciar sessão.',
    helpdesk: {
      ask: ['A chave já aparece na lista?'],
      say: ['Da próxima vez, escolha o método da chave de segurança e toque na chave quando for pedido.'],
      ifThen: [
        {
          if: 'A pessoa só tem este fator',
          then: 'Sugira adicionar uma segunda chave ou a aplicação, para que perder uma não bloqueie o acesso.',
        },
      ],
    },
  },
  'key.failed': {
    title: 'A chave não foi adicionada',
    body: 'No computador, o EU Login indica que não foi possível adicionar a chave: o pedido foi cancelado ou a chave já está na sua conta.',
    helpdesk: {
      ask: ['Cancelou o pedido do navegador, ou ele disse que a chave já estava registada?'],
      say: ['Tente de novo a partir de «Adicionar uma chave de segurança» e conclua o pedido do navegador.'],
      ifThen: [
        {
          if: 'A chave já está registada',
          then: 'Não há nada a adicionar: use a chave para iniciar sessão.',
        },
      ],
    },
  },
  'noSmartphone.options': {
    title: 'Sem smartphone? Há outras formas',
    body: 'Sem smartphone, pode instalar a aplicação EU Login num tablet, usar uma chave de segurança USB (por exemplo, uma YubiKey), ou usar o Windows Hello no computador. Escolha uma.',
    helpdesk: {
      ask: ['Tem um tablet Android ou um iPad?', 'Tem uma chave de segurança USB ou um computador com Windows Hello?'],
      say: [
        'Um tablet funciona exatamente como um telemóvel para a aplicação EU Login.',
        'Uma chave de segurança ou o Windows Hello adiciona-se em «Gerir as minhas chaves de segurança e plataformas de confiança».',
      ],
      ifThen: [
        {
          if: 'A pessoa pergunta por SMS',
          then: 'O EU Login deixou de oferecer códigos por SMS desde meados de 2025.',
        },
        {
          if: 'A pessoa tem uma eID nacional',
          then: 'Associá-la é outra opção, se o país for suportado.',
        },
        {
          if: 'A pessoa pergunta por chaves de acesso (passkeys)',
          then: 'Uma chave de acesso também serve: adicione-a com «Adicionar uma chave de segurança», de preferência a partir do navegador do telemóvel. Para a usar a partir de um computador, o Bluetooth tem de estar ativo nos dois dispositivos.',
        },
      ],
    },
  },
  'recovery.options': {
    title: 'Perdeu ou substituiu o telemóvel?',
    body: 'Se o telemóvel antigo ainda funcionar, adicione primeiro o novo e só depois elimine o antigo. Se se perdeu ou já não funciona, inicie sessão com outro fator e retire-o; sem outro fator, inicie sessão com a palavra-passe e elimine todos os dispositivos em «A minha conta».',
    helpdesk: {
      ask: ['Ainda tem o telemóvel antigo?', 'Tem outro fator: um segundo telemóvel, uma chave de segurança, uma eID?'],
      say: [
        'Telemóvel antigo ainda a funcionar: adicione primeiro o novo e depois elimine o antigo.',
        'Telemóvel antigo perdido ou inutilizável, mas outro fator funciona: inicie sessão com ele, elimine o telemóvel antigo e adicione o novo.',
        'Sem outro fator: inicie sessão com a palavra-passe, abra «A minha conta» e use «Eliminar todos os meus dispositivos e eID (PANIC)».',
      ],
      ifThen: [
        {
          if: 'A pessoa quer eliminar um telemóvel que ainda funciona antes de adicionar o novo',
          then: 'Pare: adicione primeiro o telemóvel novo, para que a conta nunca fique sem fator.',
        },
        {
          if: 'A opção «Exigir sempre autenticação multifator» estava ativa',
          then: 'A palavra-passe sozinha não é oferecida, por isso a pessoa fica sem acesso: contacte o apoio do EU Login através de https://webgate.ec.europa.eu/cas/help.html.',
        },
      ],
    },
  },
  'panic.confirm': {
    title: 'Elimine todos os dispositivos e eID',
    body: 'No computador, em «A minha conta», confirme «Eliminar todos os meus dispositivos e eID (PANIC)». Todos os telemóveis e eID são retirados da conta; depois inicia sessão só com a palavra-passe.',
    helpdesk: {
      ask: ['Tem a certeza de que nenhum outro fator funciona?', 'Ainda sabe a palavra-passe?'],
      say: [
        'Confirme a eliminação.',
        'Depois adicione logo o telemóvel novo, porque muitos sites exigem um segundo fator.',
      ],
      ifThen: [
        {
          if: 'A pessoa ainda tem outro fator',
          then: 'Não use o PANIC; inicie sessão com esse fator e elimine apenas o telemóvel perdido.',
        },
      ],
    },
  },
  'panic.done': {
    title: 'Todos os dispositivos foram retirados',
    body: 'No computador, o EU Login confirma que todos os dispositivos e eID foram eliminados e envia-lhe um aviso de segurança por e-mail. Adicione agora o telemóvel novo.',
    assumed:
      'O EU Login não publica se o PANIC pede verificações adicionais ou envia um e-mail. O treinador assume uma confirmação, a eliminação imediata e um aviso de segurança por e-mail.',
    helpdesk: {
      ask: ['A página confirma a eliminação?'],
      say: [
        'Vá a «Gerir os meus dispositivos móveis» (https://webgate.ec.europa.eu/cas/mobile) e adicione o telemóvel novo.',
      ],
      ifThen: [
        {
          if: 'A pessoa não pediu isto e recebeu um aviso de segurança',
          then: 'Alguém pode saber a palavra-passe: redefina-a de imediato.',
        },
      ],
    },
  },
} satisfies Content['steps'];
