import type { HelpCentreTexts } from '../help-centre.types.js';

export const helpCentreFr: HelpCentreTexts = {
  heading: 'Centre d’aide',
  intro:
    'Des réponses aux questions fréquentes sur l’authentification à deux facteurs d’EU Login et sur Europass. Entraînez-vous à une situation sur des écrans fictifs, ou laissez le coach vous guider pour la vraie configuration.',
  searchLabel: 'Rechercher dans le centre d’aide',
  searchHint: 'Décrivez votre problème avec vos propres mots, ou saisissez ce qu’affiche votre écran.',
  resultCount: '{count, plural, one {# réponse trouvée} other {# réponses trouvées}}',
  noResults: 'Aucun résultat. Essayez d’autres mots, ou parcourez les questions ci-dessous.',
  resultsHeading: 'Meilleures réponses',
  sections: {
    twoFactor: {
      heading: 'L’authentification à deux facteurs avec EU Login',
      intro:
        'Configurer et utiliser un second facteur\u00a0: l’application EU Login, une clé de sécurité ou votre eID nationale.',
    },
    problems: {
      heading: 'En cas de problème',
      intro: 'Les problèmes le plus souvent signalés, et comment les surmonter.',
    },
    europass: {
      heading: 'À propos d’Europass',
      intro:
        'Les documents Europass, les compétences linguistiques et numériques, et les cadres qui décrivent les certifications.',
    },
  },
  rehearse: 'M’entraîner',
  rehearseLabel: 'M’entraîner\u00a0: {question}',
  guideMe: 'Me guider',
  guideMeLabel: 'Me guider pour la vraie configuration\u00a0: {question}',
  copyLink: 'Copier le lien',
  copyLinkLabel: 'Copier un lien vers\u00a0: {question}',
  copied: 'Lien copié.',
  copyFailed: 'La copie n’a pas été autorisée. Sélectionnez le lien et copiez-le vous-même\u00a0:',
  loadFailed: 'Les textes d’aide n’ont pas pu être téléchargés. Vérifiez votre connexion et réessayez.',
  retry: 'Réessayer',
  backToTop: 'Retour à la recherche',
  stepLinksHeading: 'Aide pour cette étape',
};
