import type { PageUi } from '../content.types.js';
import { modeChoicePt } from './mode-choice.pt.js';

/**
 * The interface texts the start page shows (see `PageUi`): in a module of their own, so the page's chunk holds only
 * these; `ui.pt.ts` adds the rest. Written by `node scripts/split-page-ui.mjs pt` from the English keys.
 */
export const pageUiPt = {
  app: {
    title: 'Treinador EU Login 2FA',
    tagline: 'Ensaie a autenticação de dois fatores do EU Login, passo a passo, antes de a fazer a sério.',
    disclaimer:
      'Isto é uma cópia de treino. Nunca se liga ao EU Login e nunca precisa da sua palavra-passe nem do seu PIN verdadeiros.',
    rehearsalBadge: 'Ensaio',
    skipLink: 'Saltar para o conteúdo principal',
    languageLabel: 'Língua',
    themeLabel: 'Tema',
    themeLight: 'Claro',
    themeDark: 'Escuro',
    themeSystem: 'Igual ao do dispositivo',
    notAffiliated: 'Um projeto independente de código aberto, não criado pela Comissão Europeia.',
    surfacesRegion: 'Ecrãs simulados',
    surfaceNames: { pc: 'Computador', phone: 'Telemóvel', mail: 'Correio eletrónico' },
    guideRegion: 'Guia',
    helpdeskRegion: 'Apoio técnico',
    saveUnreadableHeading: 'Não foi possível ler o progresso guardado',
    codeUnreadableHeading: 'Não foi possível usar o código do endereço',
    consoleLink: 'Consola de apoio técnico',
    rehearsalLink: 'Ensaio',
    helpCentreLink: 'Centro de ajuda',
    helpCentreStart: 'Uma dúvida sobre o EU Login ou o Europass? Consulte o centro de ajuda',
    loadFailed: {
      heading: 'Não foi possível carregar parte do treinador',
      body: 'Verifique a ligação à Internet e recarregue a página. O progresso que tinha guardado mantém-se.',
    },
    crashed: {
      heading: 'Ocorreu um erro no treinador',
      body: 'Recarregue a página para retomar a partir do progresso guardado. Se voltar a acontecer, recomece do zero.',
    },
    reload: 'Recarregar a página',
    languageFailed: 'Não foi possível transferir esse idioma. Verifique a ligação à Internet e escolha-o novamente.',
  },
  modeChoice: modeChoicePt,
  picker: {
    heading: 'O que quer praticar?',
    intro:
      'A autenticação de dois fatores significa que o EU Login verifica mais alguma coisa além da palavra-passe, como o telemóvel ou uma chave de segurança, para que uma palavra-passe roubada não baste para abrir a sua conta. Escolha uma tarefa: vai agir num computador, num telemóvel e numa caixa de correio simulados, enquanto o guia indica o que fazer.',
    groupSetUp: 'Configurar',
    groupSignIn: 'Iniciar sessão',
    groupTrouble: 'Resolver um problema',
    start: 'Começar',
    startJourney: 'Começar: {journey}',
    stepCount: '{count, plural, one {# passo} other {# passos}}',
    duration: 'Cerca de {minutes} min',
    whatIfHeading: 'Dificultar (opcional)',
    whatIfIntro: 'Ative situações que podem correr mal, para praticar como sair delas.',
    whatIfNone: 'Não há nada a ativar nesta tarefa.',
    whatIfLoadFailed: 'A lista de situações não foi transferida. Verifique a ligação à Internet e tente novamente.',
    whatIfSelected: 'Ativadas: {count}',
    resumeHeading: 'Tem um código de partilha?',
    resumeIntro: 'Cole-o para continuar onde ficou, ou onde o apoio técnico deixou o ensaio.',
  },
  start: {
    needHeading: 'O que vai precisar',
    needPc: 'Um computador com navegador de Internet',
    needPhone: 'Um smartphone com bloqueio de ecrã (PIN, padrão, impressão digital ou rosto)',
    needApp: 'A aplicação gratuita EU Login, do Google Play ou da App Store',
    needTime: 'Cerca de {minutes} minutos sem interrupções',
    recommendedHeading: 'Primeira vez? Comece por aqui',
    recommendedIntro: 'A maioria das pessoas começa por criar a conta e ligar a aplicação: tudo o resto parte daí.',
    othersHeading: 'Outros percursos',
    othersIntro: 'Iniciar sessão, telemóvel perdido, PIN esquecido: pratique-os quando precisar.',
    haveCode: 'Tenho um código de partilha',
  },
  guide: {
    resumeLabel: 'Código de partilha',
    resumeHint: 'Escreva ou cole o código inteiro. Maiúsculas, espaços e hífenes não importam, e um O conta como zero.',
    resumeButton: 'Continuar',
    startFresh: 'Recomeçar do zero',
  },
  helpdesk: {
    title: 'Guião de apoio técnico',
    toggle: 'Modo de apoio técnico',
  },
  common: {
    loading: 'A carregar…',
    error: 'Algo correu mal',
    close: 'Fechar',
    retry: 'Tentar novamente',
    ok: 'OK',
    yes: 'Sim',
    no: 'Não',
    on: 'Ativado',
    off: 'Desativado',
    required: 'obrigatório',
    optional: 'opcional',
    newTab: '(abre num novo separador)',
  },
} satisfies PageUi;
