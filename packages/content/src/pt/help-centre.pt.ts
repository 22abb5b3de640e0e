import type { HelpCentreTexts } from '../help-centre.types.js';

export const helpCentrePt: HelpCentreTexts = {
  heading: 'Centro de ajuda',
  intro:
    'Respostas às perguntas frequentes sobre a autenticação de dois fatores do EU Login e sobre o Europass. Ensaie uma situação em ecrãs simulados, ou deixe o assistente guiá-lo na configuração real.',
  searchLabel: 'Pesquisar no centro de ajuda',
  searchHint: 'Descreva o problema por palavras suas, ou escreva o que diz o seu ecrã.',
  resultCount: '{count, plural, one {# resposta encontrada} other {# respostas encontradas}}',
  noResults: 'Nada corresponde. Experimente outras palavras, ou percorra as perguntas abaixo.',
  resultsHeading: 'Melhores respostas',
  sections: {
    twoFactor: {
      heading: 'Autenticação de dois fatores com o EU Login',
      intro: 'Configurar e usar um segundo fator: a aplicação EU Login, uma chave de segurança ou a sua eID nacional.',
    },
    problems: {
      heading: 'Quando algo corre mal',
      intro: 'Os problemas que as pessoas relatam mais vezes, e como os ultrapassar.',
    },
    europass: {
      heading: 'Sobre o Europass',
      intro:
        'Os documentos Europass, as competências linguísticas e digitais, e os quadros que descrevem qualificações.',
    },
  },
  rehearse: 'Ensaiar isto',
  rehearseLabel: 'Ensaiar isto: {question}',
  guideMe: 'Guiar-me',
  guideMeLabel: 'Guiar-me na configuração real: {question}',
  copyLink: 'Copiar ligação',
  copyLinkLabel: 'Copiar uma ligação para: {question}',
  copied: 'Ligação copiada.',
  copyFailed: 'Não foi permitido copiar. Selecione a ligação e copie-a:',
  loadFailed: 'Não foi possível transferir os textos de ajuda. Verifique a ligação e tente de novo.',
  retry: 'Tentar de novo',
  backToTop: 'Voltar à pesquisa',
  stepLinksHeading: 'Ajuda neste passo',
};
