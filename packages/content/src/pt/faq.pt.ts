import type { FaqId } from '../help/faq-links.js';
import type { FaqTexts } from '../help/help.types.js';

/**
 * O índice de perguntas e sintomas em português: cada pergunta das FAQ do Europass sobre a autenticação de dois
 * fatores e cada problema comum, respondidos por palavras do projeto, com as expressões que as pessoas usam.
 */
export const faqPt: Readonly<Record<FaqId, FaqTexts>> = {
  'why-two-factor': {
    question: 'Porque é que o EU Login pede um segundo fator, e porque devo usá-lo?',
    answer:
      'As palavras-passe roubadas são uma das formas mais comuns de entrar numa conta alheia: uma palavra-passe sozinha pode ser adivinhada, roubada por phishing ou divulgada. A autenticação de dois fatores (2FA) pede uma segunda prova além do endereço de e-mail e da palavra-passe, e assim uma palavra-passe roubada, por si só, já não abre a sua conta.\n\nEssa segunda prova é de um de três tipos: algo que sabe (um PIN), algo que tem (o telemóvel com a aplicação EU Login, uma chave de segurança como a YubiKey) ou algo que é (a impressão digital, o rosto ou a voz). O EU Login combina-os: por exemplo, a aplicação no telemóvel mais o seu PIN.\n\nA Comissão Europeia torna o 2FA do EU Login obrigatório nos sistemas informáticos que tratam informação sensível não classificada (SNC) e recomenda-o fortemente nos sistemas com informação pública ou de "uso da Comissão". Para si, significa que a sua conta e os dados pessoais por trás dela ficam protegidos, seja qual for o sítio de onde entra.',
    symptoms: [
      'porque preciso de autenticação de dois fatores',
      'porque é preciso o 2FA',
      'o que é 2FA',
      'porque devo usar 2FA',
      'porque estão a ativar a autenticação de dois fatores',
      'porque preciso do telemóvel para entrar',
      'a verificação em dois passos é obrigatória',
      'tenho de configurar o 2FA',
      'segundo fator',
      'algo que sabe algo que tem',
      'sensível não classificada',
    ],
  },
  'no-confirmation-mail': {
    question: 'Registei-me mas a mensagem de confirmação nunca chegou',
    answer:
      'A mensagem costuma chegar em poucos minutos, mas pode demorar cerca de 20. Procure na pasta de spam ou de lixo, de um remetente em nomail.ec.europa.eu. Se o endereço que escreveu no formulário tinha um erro, a mensagem foi para outro lado: crie a conta de novo com o endereço certo.',
    symptoms: [
      'não recebi o email',
      'não chegou o e-mail',
      'não recebi a mensagem de confirmação',
      'o email nunca chegou',
      'não tenho nada na caixa de entrada',
      'falta o email de ativação',
      'onde está o email de confirmação',
      'estou à espera do email',
    ],
  },
  'email-already-registered': {
    question: 'O formulário diz que o meu endereço de e-mail já está registado',
    answer:
      'Já tem uma conta EU Login com esse endereço, talvez criada para outro site da UE, e cada endereço só pode ter uma conta. Não crie outra: escolha «Esqueceu-se da palavra-passe?», escreva esse endereço e defina uma nova palavra-passe a partir da mensagem que receber.',
    symptoms: [
      'email já registado',
      'o email já existe',
      'endereço já em uso',
      'já tenho uma conta',
      'não consigo registar o meu email',
      'a conta já existe',
    ],
  },
  'forgot-password': {
    question: 'Palavra-passe esquecida',
    answer:
      'Na página de início de sessão, depois do endereço de e-mail, escolha «Esqueceu-se da palavra-passe?». Confirme o endereço, escreva os carateres da imagem e prima «Obter uma palavra-passe». Recebe uma mensagem com uma ligação para uma página onde escolhe a nova palavra-passe. O mesmo vale quando o EU Login insiste que a palavra-passe está errada.',
    symptoms: [
      'esqueci-me da palavra-passe',
      'esqueci a senha',
      'repor a palavra-passe',
      'a palavra-passe não funciona',
      'palavra-passe errada',
      'não me lembro da palavra-passe',
      'mudar a palavra-passe',
    ],
  },
  'no-smartphone': {
    question: 'Sem smartphone? Outras formas de ter um segundo fator',
    answer:
      'A aplicação EU Login também funciona num tablet Android ou iOS. Sem tablet, use uma chave de segurança (uma chave USB como a YubiKey) ou a plataforma de confiança do computador (por exemplo, o Windows Hello), adicionadas em «Gerir as minhas chaves de segurança e plataformas de confiança». Uma eID nacional também serve, se o seu país a suportar.',
    symptoms: [
      'não tenho smartphone',
      'só tenho um telemóvel antigo',
      'não tenho telemóvel',
      'posso usar um tablet',
      'sem telemóvel',
      'alternativa à aplicação',
    ],
  },
  'get-the-app': {
    question: 'Onde obtenho a aplicação EU Login?',
    answer:
      'A aplicação EU Login é gratuita. Em Android, obtenha-a no Google Play; num iPhone ou iPad, na App Store. Procure «EU Login», publicada pela Comissão Europeia.',
    symptoms: [
      'descarregar a aplicação',
      'onde está a aplicação',
      'que aplicação preciso',
      'instalar a app EU Login',
      'loja de aplicações',
      'não encontro a aplicação',
    ],
  },
  'set-up-the-app': {
    question: 'Configurar a aplicação EU Login, passo a passo',
    answer:
      'Precisa do computador e do telemóvel. No computador, inicie sessão no EU Login, abra «A minha conta» (o ícone da roda dentada), depois «Gerir os meus dispositivos móveis» e «Adicionar um dispositivo móvel»; dê um nome ao telemóvel e escolha um PIN de quatro algarismos. No telemóvel, abra a aplicação, toque em «Inicializar», permita a câmara e leia o código QR mostrado no computador. Escreva o mesmo PIN e toque em «Autenticar»; a aplicação confirma a configuração.',
    symptoms: [
      'configurar a aplicação',
      'ativar a aplicação',
      'associar o meu telemóvel',
      'registar o telemóvel',
      'adicionar o telemóvel à conta',
      'como configurar a app',
      'instalar a autenticação de dois fatores',
      'ativar o 2FA',
      'como ativo a verificação em dois passos',
    ],
  },
  'one-account-per-device': {
    question: 'Um telemóvel pode ter várias contas EU Login?',
    answer:
      'A maioria dos guias do EU Login diz que um dispositivo serve uma conta; as versões mais recentes da aplicação podem ter várias e alternar entre elas. Se a aplicação disser que o telemóvel já está associado a outra conta, desassocie essa conta nas definições da aplicação ou use outro dispositivo.',
    symptoms: [
      'duas contas no mesmo telemóvel',
      'várias contas no mesmo dispositivo',
      'telemóvel já associado a outra conta',
      'o meu marido usa a aplicação neste telemóvel',
      'dispositivo já em uso',
      'segunda conta',
    ],
  },
  'change-app-pin': {
    question: 'Como mudo o PIN da aplicação, ou reponho um PIN que esqueci?',
    answer:
      'Abra as definições da aplicação EU Login (três pontos em Android, uma roda dentada no iPhone) e escolha «Esqueci-me do código PIN». Aí, entre com o e-mail e a palavra-passe EU Login da conta associada à aplicação e escreva duas vezes um novo PIN de quatro algarismos. O desbloqueio por impressão digital ou rosto fica desativado e pode voltar a ativá-lo. Se não resultar, elimine o telemóvel em «Gerir os meus dispositivos móveis» e adicione-o de novo.',
    symptoms: [
      'esqueci-me do PIN',
      'mudar o PIN',
      'repor o PIN da aplicação',
      'novo código PIN',
      'não me lembro do PIN',
      'perdi o PIN',
    ],
  },
  'screen-lock': {
    question: 'A aplicação funciona num telemóvel sem bloqueio de ecrã?',
    answer:
      'Não. A aplicação só funciona num telemóvel protegido por PIN, padrão ou impressão digital. Defina um nas definições do telemóvel e volte a abrir a aplicação.',
    symptoms: [
      'sem bloqueio de ecrã',
      'a aplicação pede para proteger o dispositivo',
      'o telemóvel não tem PIN',
      'padrão de desbloqueio',
      'a aplicação não arranca',
    ],
  },
  'sign-in-with-the-app': {
    question: 'Como inicio sessão com a aplicação EU Login?',
    answer:
      'Escreva a palavra-passe, escolha o método da aplicação em «Escolha o método de verificação» (como «Aplicação móvel + código PIN») e prima «Iniciar sessão». Se a aplicação estiver aberta no telemóvel, passa logo para o ecrã do PIN; se estiver fechada, aparece uma notificação: toque nela. Escreva o PIN e toque em «Autenticar», e o computador continua.',
    symptoms: [
      'como entrar com a aplicação',
      'iniciar sessão com o telemóvel',
      'entrar com 2FA',
      'aplicação em segundo plano',
      'aplicação em primeiro plano',
      'onde escrevo o PIN',
    ],
  },
  'find-the-qr-code': {
    question: 'Onde está o código QR para ler?',
    answer:
      'O código QR está no computador, não numa mensagem. Inicie sessão no EU Login no computador, abra «Gerir os meus dispositivos móveis», escolha «Adicionar um dispositivo móvel», preencha o nome do dispositivo e o PIN e envie: o código QR aparece no ecrã do computador, pronto para a aplicação o ler.',
    symptoms: [
      'onde está o código QR',
      'não encontro o código QR',
      'não há código QR',
      'qual código QR',
      'a aplicação pede para ler um código',
      'falta o código QR',
    ],
  },
  'qr-code-invalid': {
    question: 'O meu leitor de QR diz que o código é inválido',
    answer:
      'Só a aplicação EU Login consegue ler os códigos QR do EU Login: a câmara do telemóvel ou outro leitor de QR mostra-os como inválidos ou como texto simples. Abra a aplicação EU Login e leia a partir dela. Se a própria aplicação recusar o código, provavelmente expirou: obtenha um novo no computador.',
    symptoms: [
      'código QR inválido',
      'QR inválido',
      'o código QR não funciona',
      'a câmara não reconhece o código',
      'li com a câmara',
      'erro no código QR',
      'leitor de QR',
    ],
  },
  'already-using-eid': {
    question: 'Já inicio sessão com a minha eID nacional: preciso de mais alguma coisa?',
    answer:
      'Não. Iniciar sessão com uma eID nacional já prova quem é com dois fatores, por isso pode continuar a entrar assim; não há mais nada a configurar.',
    symptoms: [
      'já uso eID',
      'entro com o Cartão de Cidadão',
      'Chave Móvel Digital',
      'preciso de 2FA com eID',
      'cartão de cidadão',
      'entrar com o cartão de identificação',
    ],
  },
  'link-eid': {
    question: 'Como adiciono a minha eID nacional à conta EU Login?',
    answer:
      'Tenha à mão o leitor de cartões ou a aplicação de eID do seu país. Inicie sessão no EU Login, abra «A minha conta», depois «Gerir as minhas eID» e «Associar a minha eID». Escolha a bandeira do país que emitiu a eID, prima «Enviar» e termine na página do seu país. Se a sua bandeira não aparecer, essa eID não pode ser usada com o EU Login.',
    symptoms: [
      'associar o cartão de cidadão à conta',
      'adicionar identificação eletrónica',
      'usar o cartão de cidadão como segundo fator',
      'ligar a eID nacional',
      'eID como segundo fator',
      'leitor de cartões',
    ],
  },
  'locked-out': {
    question: 'Fiquei bloqueado fora da conta',
    answer:
      'Se o EU Login continuar a recusar a palavra-passe, ou disser que o início de sessão está bloqueado, pare de tentar e reponha a palavra-passe com «Esqueceu-se da palavra-passe?». Se a palavra-passe está certa mas o seu único segundo fator desapareceu, veja a resposta sobre o telemóvel perdido; se a conta exige sempre um segundo fator e já não tem nenhum, só o apoio do EU Login pode ajudar.',
    symptoms: [
      'conta bloqueada',
      'fiquei bloqueado',
      'demasiadas tentativas',
      'não consigo entrar na conta',
      'bloqueado depois de errar a palavra-passe',
    ],
  },
  'new-phone': {
    question: 'Tenho um telemóvel novo',
    answer:
      'Se o telemóvel antigo ainda funciona, configure primeiro a aplicação EU Login no novo («Adicionar um dispositivo móvel»), confirme que funciona e só depois elimine o antigo em «Gerir os meus dispositivos móveis». Se o antigo já não existe, siga a resposta sobre o telemóvel perdido.',
    symptoms: [
      'telemóvel novo',
      'mudei de telemóvel',
      'troquei de telemóvel',
      'passar a aplicação para outro telemóvel',
      'transferir o EU Login para o telemóvel novo',
    ],
  },
  'lost-phone': {
    question: 'Perdi o telemóvel, ou avariou ou foi roubado',
    answer:
      'Inicie sessão com outro fator que ainda tenha (uma chave de segurança, uma eID, outro telemóvel) e elimine o telemóvel perdido em «Gerir os meus dispositivos móveis». Se não tiver outro fator, entre com a palavra-passe e use «Eliminar todos os meus dispositivos e eID (PANIC)» em «A minha conta»; depois configure a aplicação no telemóvel novo.',
    symptoms: [
      'perdi o telemóvel',
      'telemóvel perdido',
      'roubaram-me o telemóvel',
      'o telemóvel avariou',
      'o telemóvel já não funciona',
      'não tenho acesso ao telemóvel',
    ],
  },
  'app-reinstalled': {
    question: 'Reinstalei a aplicação ou repus o telemóvel, e deixou de funcionar',
    answer:
      'Reinstalar a aplicação ou repor o telemóvel quebra a ligação à sua conta, mesmo no mesmo telemóvel. Elimine a entrada antiga em «Gerir os meus dispositivos móveis» (entrando com outro fator, ou com PANIC se não tiver nenhum) e adicione o telemóvel de novo.',
    symptoms: [
      'reinstalei a aplicação',
      'reposição de fábrica',
      'a aplicação foi apagada',
      'a aplicação pede para inicializar outra vez',
      'a aplicação já não está associada',
    ],
  },
  'code-not-accepted': {
    question: 'O código da aplicação não é aceite',
    answer:
      'Quando inicia sessão pelo método do código QR, a aplicação mostra um código único para escrever no computador. Escreva-o exatamente como a aplicação o mostra, porque alguns carateres parecem-se. O código responde ao código QR que está no ecrã: se o computador mostrou entretanto outro código QR, leia esse para obter um código novo.',
    symptoms: [
      'código não aceite',
      'código recusado',
      'código inválido',
      'código errado',
      'a palavra-passe única não funciona',
    ],
  },
  'link-expired': {
    question: 'A ligação na mensagem expirou',
    answer:
      'As ligações do EU Login funcionam durante um tempo limitado. Para uma conta nova, registe-se de novo para receber outra mensagem; para repor a palavra-passe, peça uma nova ligação com «Esqueceu-se da palavra-passe?». Depois abra sem demora a ligação da mensagem mais recente.',
    symptoms: [
      'ligação expirada',
      'o link expirou',
      'o link não funciona',
      'a ligação do email não funciona',
      'link de ativação expirado',
    ],
  },
  'wrong-pin': {
    question: 'A aplicação diz que o meu PIN está errado',
    answer:
      'O PIN da aplicação são os quatro algarismos que escolheu no computador quando adicionou o telemóvel: não é o código de desbloqueio do telemóvel nem a palavra-passe. Se não se lembrar dele, reponha-o com «Esqueci-me do código PIN» nas definições da aplicação e inicie sessão de novo.',
    symptoms: ['PIN errado', 'PIN não aceite', 'PIN incorreto', 'PIN recusado', 'qual é o PIN', 'o PIN não funciona'],
  },
  'no-notification': {
    question: 'O telemóvel não recebe notificação quando inicio sessão',
    answer:
      'Abra a aplicação EU Login: um pedido em espera também aparece lá. Confirme que o telemóvel tem Internet (o método do PIN precisa dela) e que as notificações do EU Login estão permitidas nas definições do telemóvel. Sem Internet, escolha o método do código QR, que funciona sem rede.',
    symptoms: [
      'não recebo notificação',
      'não aparece notificação',
      'não acontece nada no telemóvel',
      'a aplicação não mostra o pedido',
      'notificações desativadas',
    ],
  },
  'request-expired': {
    question: 'O pedido de início de sessão expirou antes de eu confirmar',
    answer:
      'Um pedido de início de sessão só espera pouco tempo pela sua confirmação. Prima «Tentar novamente» no computador e tenha o telemóvel desbloqueado com a aplicação aberta antes de premir «Iniciar sessão». Se o telemóvel não tiver Internet, use o método do código QR.',
    symptoms: ['o pedido expirou', 'tempo esgotado', 'demorou demasiado', 'a autenticação expirou', 'a sessão expirou'],
  },
  'qr-code-expired': {
    question: 'O código QR para adicionar o telemóvel expirou',
    answer:
      'O código QR para adicionar um telemóvel não fica válido muito tempo. Preencha de novo o formulário «Adicionar um dispositivo móvel» para obter outro código, e tenha a aplicação aberta no leitor antes de enviar.',
    symptoms: [
      'código QR expirado',
      'o código QR desapareceu',
      'o código QR já não é válido',
      'preciso de um novo código QR',
    ],
  },
  'user-not-found': {
    question: 'O EU Login diz que não conhece o meu endereço de e-mail',
    answer:
      'Confirme primeiro a ortografia. Se estiver certa, nenhuma conta usa esse endereço: pode ter-se registado com outro, por isso procure uma mensagem antiga do EU Login nas suas outras caixas de correio. Se nunca se registou, escolha «Criar uma conta».',
    symptoms: ['utilizador desconhecido', 'email não reconhecido', 'conta não encontrada', 'não conhece o meu email'],
  },
  'new-password-refused': {
    question: 'A minha nova palavra-passe é recusada',
    answer:
      'Uma palavra-passe precisa de pelo menos 10 carateres, com maiúsculas, minúsculas, algarismos e carateres especiais, e as duas caixas têm de coincidir. O EU Login também recusa uma nova palavra-passe quando a última mudança foi há menos de um dia: espere e tente de novo.',
    symptoms: [
      'palavra-passe recusada',
      'palavra-passe fraca',
      'requisitos da palavra-passe',
      'as palavras-passe não coincidem',
      'mudei a palavra-passe há pouco',
    ],
  },
  'camera-blocked': {
    question: 'A aplicação não consegue usar a câmara',
    answer:
      'A aplicação precisa da câmara para ler o código QR. Se a recusou, permita a câmara para o EU Login nas definições do telemóvel, volte à aplicação e leia o código de novo.',
    symptoms: [
      'a câmara não funciona',
      'câmara bloqueada',
      'ecrã preto ao ler o código',
      'a aplicação não abre a câmara',
      'recusei o acesso à câmara',
    ],
  },
  'password-not-offered': {
    question: 'A «Palavra-passe» não aparece na lista de métodos',
    answer:
      'Alguns sites só aceitam um segundo fator, por isso a lista omite a «Palavra-passe». Se faltar em todo o lado, a opção de conta «Exigir sempre autenticação multifator» está ativa. Entre com a aplicação, a chave ou a eID; se as perdeu todas, só o apoio do EU Login pode ajudar.',
    symptoms: [
      'falta a opção palavra-passe',
      'não consigo escolher palavra-passe',
      'só aparece a aplicação móvel',
      'lista de métodos de verificação',
    ],
  },
  'second-factor-asked-again': {
    question: 'O EU Login pede-me para entrar de novo com o segundo fator',
    answer:
      'Mudar os telemóveis, chaves ou eID exige prova com um fator que já tem. Entre de novo com a aplicação, a chave ou a eID que já estão na conta; depois a mudança segue.',
    symptoms: [
      'pede para autenticar de novo',
      'entrar outra vez',
      'pede outra vez o telemóvel',
      'pede o segundo fator para adicionar um dispositivo',
    ],
  },
  'email-refused-at-registration': {
    question: 'O formulário de registo recusa o meu endereço de e-mail',
    answer:
      'O EU Login não aceita endereços das instituições da UE (o seu pessoal recebe contas por outra via) nem endereços descartáveis. Use um endereço pessoal ou de trabalho que consiga abrir e que vá manter.',
    symptoms: [
      'email recusado',
      'email não aceite',
      'não posso usar o email do trabalho',
      'email de instituição',
      'email temporário não permitido',
    ],
  },
  'security-key-problem': {
    question: 'A minha chave de segurança ou o Windows Hello não funcionam',
    answer:
      'Mantenha aberta a janela do navegador, insira a chave e toque-lhe, ou confirme com a impressão digital, o rosto ou o PIN. Se cancelou, comece de novo. Se o navegador disser que a chave já está registada, ela já está na sua conta: escolha-a ao iniciar sessão.',
    symptoms: [
      'a chave de segurança não funciona',
      'chave já registada',
      'chave de acesso',
      'tocar na chave',
      'chave USB',
    ],
  },
  'sms-codes': {
    question: 'Recebia códigos por SMS: onde estão?',
    answer:
      'O EU Login deixou de enviar códigos por SMS a meio de 2025. Use a aplicação EU Login, uma chave de segurança ou uma eID nacional.',
    symptoms: ['SMS', 'código por mensagem', 'não recebo SMS', 'número de telemóvel', 'recebia uma mensagem'],
  },
  'eid-failed': {
    question: 'O início de sessão com a eID nacional não termina',
    answer:
      'Nada mudou na sua conta EU Login. Verifique o leitor de cartões ou a aplicação de eID do seu país e tente de novo. Problemas na página do seu país são com o apoio nacional da eID; entretanto, outro método, como a aplicação EU Login, também serve.',
    symptoms: [
      'a eID não funciona',
      'erro na eID',
      'o leitor de cartões não funciona',
      'o início de sessão nacional falhou',
      'cancelei a eID',
    ],
  },
  'europass-templates': {
    question: 'Que modelos de documentos oferece o Europass?',
    answer:
      'O Europass oferece modelos gratuitos para apresentar o que aprendeu e fez da mesma forma em toda a Europa: o CV e a carta de apresentação, feitos a partir do seu perfil Europass, e documentos emitidos por escolas, entidades formadoras e empregadores, como o Europass Mobilidade, o Suplemento ao Certificado e o Suplemento ao Diploma. As perguntas seguintes explicam cada um.',
    symptoms: [
      'modelos Europass',
      'documentos Europass',
      'CV Europass',
      'modelo de carta de apresentação',
      'templates',
    ],
  },
  'europass-cefr': {
    question: 'Para que serve o QECR, o quadro europeu de referência para as línguas?',
    answer:
      'O QECR é uma orientação do Conselho da Europa para descrever o que sabe fazer quem aprende uma língua estrangeira. Funciona da mesma forma para todas as línguas europeias, na aprendizagem, no ensino e na avaliação, e tem seis níveis de referência, do A1 (iniciação) ao C2 (domínio), reconhecidos em toda a Europa. O perfil Europass usa a grelha de autoavaliação do QECR para ajudar a situar o seu nível numa língua.',
    symptoms: ['QECR', 'CEFR', 'níveis de língua', 'A1 A2 B1 B2 C1 C2', 'quadro europeu comum', 'que nível é o B2'],
  },
  'europass-language-self-assessment': {
    question: 'Como posso autoavaliar as minhas competências linguísticas?',
    answer:
      'No seu perfil Europass, na secção de competências linguísticas. Leia as descrições curtas da ferramenta de autoavaliação, que segue o QECR, e escolha para cada língua o nível que corresponde ao que compreende, fala e escreve. Pode guardar os certificados de línguas na biblioteca Europass e partilhar a grelha preenchida com empregadores, escolas ou entidades formadoras.',
    symptoms: [
      'autoavaliar línguas',
      'autoavaliação linguística',
      'avaliar o meu nível de inglês',
      'certificado de línguas',
      'competências linguísticas',
    ],
  },
  'europass-digital-skills': {
    question: 'Como posso descrever as minhas competências digitais?',
    answer:
      'No perfil Europass pode enumerar as suas competências digitais e organizá-las como quiser: as ferramentas e programas que sabe usar, no trabalho, nos estudos ou nos tempos livres (redes sociais, blogues, jogos), e projetos de que se orgulhe. Agrupe-as, por exemplo, em ferramentas de design, competências que usa no trabalho ou as que gostaria de aprender a seguir.',
    symptoms: ['competências digitais', 'informática no CV', 'programas que sei usar', 'competências informáticas'],
  },
  'europass-mobility': {
    question: 'O que é o Europass Mobilidade?',
    answer:
      'Um documento Europass que regista as competências adquiridas num período de aprendizagem ou de trabalho noutro país europeu, como um intercâmbio, um estágio ou voluntariado, para que outros vejam o que aprendeu lá.',
    symptoms: ['Europass Mobilidade', 'documento de mobilidade', 'intercâmbio no estrangeiro', 'estágio Erasmus'],
  },
  'europass-certificate-supplement': {
    question: 'Para que serve o Suplemento ao Certificado Europass?',
    answer:
      'Um documento que acompanha um certificado de ensino e formação profissional. Explica de forma clara e comparável o que quem tem essa qualificação aprendeu e sabe fazer, para que empregadores e escolas de outros sítios a compreendam.',
    symptoms: [
      'suplemento ao certificado',
      'certificado profissional',
      'formação profissional',
      'certificate supplement',
    ],
  },
  'europass-diploma-supplement': {
    question: 'O que é o Suplemento ao Diploma?',
    answer:
      'Um documento que acompanha um diploma do ensino superior (universidade ou politécnico). Descreve a qualificação de forma clara e coerente, para que empregadores e universidades de outros países percebam o que ela representa.',
    symptoms: ['suplemento ao diploma', 'diploma universitário', 'licenciatura explicada', 'diploma supplement'],
  },
  'europass-language-passport': {
    question: 'Onde ficou o Passaporte de Línguas Europass?',
    answer:
      'Criado em 2004, o Passaporte de Línguas era um modelo de documento Europass para descrever as suas competências e qualificações em línguas. Hoje continua como a secção de competências linguísticas do perfil Europass: continua a autoavaliar-se pelo QECR e pode partilhar o resultado com empregadores ou escolas.',
    symptoms: [
      'passaporte de línguas',
      'passaporte linguístico',
      'onde está o passaporte de línguas',
      'language passport',
    ],
  },
  'europass-skills-passport': {
    question: 'O que era o Passaporte de Competências Europass?',
    answer:
      'Uma ferramenta Europass, disponível até 2019, que juntava vários documentos seus num só ficheiro. Já não existe: se tem conta Europass, partilhe os seus documentos a partir da biblioteca Europass.',
    symptoms: [
      'passaporte de competências',
      'juntar documentos num ficheiro',
      'skills passport',
      'onde está o passaporte europeu de competências',
    ],
  },
  'europass-eqf': {
    question: 'Para que serve o QEQ, o Quadro Europeu de Qualificações?',
    answer:
      'Um instrumento da UE que torna mais fácil comparar qualificações de países e sistemas de ensino diferentes, através de uma só escala de oito níveis. Um diploma, um Suplemento ao Diploma ou um Suplemento ao Certificado pode indicar o seu nível QEQ. Indique esse nível no CV e nas candidaturas para ajudar empregadores e escolas de outros países a perceber a sua qualificação.',
    symptoms: ['QEQ', 'EQF', 'nível de qualificação', 'oito níveis', 'comparar a minha qualificação no estrangeiro'],
  },
};
