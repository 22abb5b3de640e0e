import type { PageUi } from '../content.types.js';
import { modeChoiceFr } from './mode-choice.fr.js';

/**
 * The interface texts the start page shows (see `PageUi`): in a module of their own, so the page's chunk holds only
 * these; `ui.fr.ts` adds the rest. Written by `node scripts/split-page-ui.mjs fr` from the English keys.
 */
export const pageUiFr = {
  app: {
    title: 'Coach 2FA EU Login',
    tagline:
      'Entraînez-vous pas à pas à l’authentification à deux facteurs d’EU Login, avant de la faire pour de vrai.',
    disclaimer:
      'Ceci est une copie d’entraînement. Elle ne se connecte jamais à EU Login et n’a jamais besoin de votre vrai mot de passe ni de votre vrai code PIN.',
    rehearsalBadge: 'Entraînement',
    skipLink: 'Aller au contenu principal',
    languageLabel: 'Langue',
    themeLabel: 'Thème',
    themeLight: 'Clair',
    themeDark: 'Sombre',
    themeSystem: 'Comme mon appareil',
    notAffiliated: 'Un projet indépendant et libre, qui n’est pas réalisé par la Commission européenne.',
    surfacesRegion: 'Écrans fictifs',
    surfaceNames: { pc: 'Ordinateur', phone: 'Téléphone', mail: 'Boîte mail' },
    guideRegion: 'Guide',
    helpdeskRegion: 'Service d’assistance',
    saveUnreadableHeading: 'Votre progression enregistrée n’a pas pu être lue',
    codeUnreadableHeading: 'Le code figurant dans l’adresse n’a pas pu être utilisé',
    consoleLink: 'Console du service d’assistance',
    rehearsalLink: 'Entraînement',
    helpCentreLink: 'Centre d’aide',
    helpCentreStart: 'Une question sur EU Login ou Europass\u00a0? Consultez le centre d’aide',
    loadFailed: {
      heading: 'Une partie du coach n’a pas pu être chargée',
      body: 'Vérifiez votre connexion Internet, puis rechargez la page. La progression que vous aviez enregistrée est conservée.',
    },
    crashed: {
      heading: 'Un problème est survenu dans le coach',
      body: 'Rechargez la page pour reprendre à partir de votre progression enregistrée. Si cela se reproduit, recommencez à zéro.',
    },
    reload: 'Recharger la page',
    languageFailed:
      'Cette langue n’a pas pu être téléchargée. Vérifiez votre connexion Internet et choisissez-la de nouveau.',
  },
  modeChoice: modeChoiceFr,
  picker: {
    heading: 'À quoi voulez-vous vous entraîner\u00a0?',
    intro:
      'Avec l’authentification à deux facteurs, EU Login vérifie autre chose que votre mot de passe, comme votre téléphone ou une clé de sécurité\u00a0: un mot de passe volé ne suffit donc pas à ouvrir votre compte. Choisissez une tâche\u00a0: vous agissez sur un ordinateur, un téléphone et une boîte mail fictifs pendant que le guide vous dit quoi faire.',
    groupSetUp: 'Configurer',
    groupSignIn: 'Se connecter',
    groupTrouble: 'Résoudre un problème',
    start: 'Commencer',
    startJourney: 'Commencer\u00a0: {journey}',
    stepCount: '{count, plural, one {# étape} other {# étapes}}',
    duration: 'Environ {minutes} min',
    whatIfHeading: 'Corser l’exercice (facultatif)',
    whatIfIntro: 'Activez des incidents possibles, pour vous entraîner à vous en sortir.',
    whatIfNone: 'Rien de plus à activer pour cette tâche.',
    whatIfLoadFailed: 'La liste des incidents n’a pas été téléchargée. Vérifiez votre connexion Internet et réessayez.',
    whatIfSelected: 'Activés\u00a0: {count}',
    resumeHeading: 'Vous avez un code de partage\u00a0?',
    resumeIntro: 'Collez-le pour reprendre là où vous ou un agent du service d’assistance vous étiez arrêtés.',
  },
  start: {
    needHeading: 'Ce dont vous aurez besoin',
    needPc: 'Un ordinateur avec un navigateur web',
    needPhone: 'Un smartphone avec un verrouillage d’écran (code, schéma, empreinte digitale ou visage)',
    needApp: 'L’application gratuite EU Login, sur Google Play ou l’App Store',
    needTime: 'Environ {minutes} minutes sans interruption',
    recommendedHeading: 'Première visite\u00a0? Commencez par ceci',
    recommendedIntro:
      'La plupart des gens commencent par créer le compte et associer l’application\u00a0: tout le reste s’appuie dessus.',
    othersHeading: 'Autres parcours',
    othersIntro:
      'Se connecter, un téléphone perdu, un code PIN oublié\u00a0: entraînez-vous quand vous en avez besoin.',
    haveCode: 'J’ai un code de partage',
  },
  guide: {
    resumeLabel: 'Code de partage',
    resumeHint:
      'Saisissez ou collez le code entier. Les majuscules, les espaces et les tirets ne comptent pas, et un O vaut un zéro.',
    resumeButton: 'Reprendre',
    startFresh: 'Recommencer à zéro',
  },
  helpdesk: { title: 'Script du service d’assistance', toggle: 'Mode service d’assistance' },
  common: {
    loading: 'Chargement…',
    error: 'Un problème est survenu',
    close: 'Fermer',
    retry: 'Réessayer',
    ok: 'OK',
    yes: 'Oui',
    no: 'Non',
    on: 'Activé',
    off: 'Désactivé',
    required: 'obligatoire',
    optional: 'facultatif',
    newTab: '(s’ouvre dans un nouvel onglet)',
  },
} satisfies PageUi;
