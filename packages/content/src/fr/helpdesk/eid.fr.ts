import type { FlowHelpdeskScripts } from '../../content.types.js';

export const eidHelpdeskFr = {
  'eid.manage': {
    ask: [
      'Quel pays a délivré votre eID\u00a0?',
      'Utilisez-vous un lecteur de carte ou une application eID nationale\u00a0?',
    ],
    say: ['Choisissez «\u00a0Gérer mes eID\u00a0», puis «\u00a0Lier mon eID\u00a0».'],
    ifThen: [
      {
        if: 'EU Login demande d’abord un second facteur',
        then: 'Confirmez avec le facteur que vous avez déjà.',
      },
    ],
  },
  'eid.country': {
    ask: ['Le drapeau de votre pays figure-t-il dans la liste\u00a0?'],
    say: ['Cliquez sur le drapeau de votre pays, puis sur «\u00a0Envoyer\u00a0».'],
    ifThen: [
      {
        if: 'Le pays n’y figure pas',
        then: 'Son eID ne peut pas encore être utilisée avec EU Login. Utilisez plutôt l’application ou une clé de sécurité.',
      },
      {
        if: 'L’appelant a choisi «\u00a0Se connecter avec une eID\u00a0» sans jamais avoir lié l’eID à son compte',
        then: 'Cela crée un compte distinct qui ne contient que l’eID, et non son compte habituel. Connectez-vous plutôt avec le mot de passe et liez l’eID dans Mon compte.',
      },
    ],
  },
  'eid.national': {
    ask: ['Quelle page est ouverte maintenant\u00a0: le service eID de votre pays\u00a0?'],
    say: [
      'Suivez les indications de la page eID de votre pays.',
      'Les questions sur la carte, le lecteur ou l’application nationale relèvent du support eID de votre pays.',
    ],
    ifThen: [
      {
        if: 'La page nationale affiche une erreur',
        then: 'Vérifiez le lecteur de carte et l’application nationale, puis recommencez à partir de «\u00a0Lier mon eID\u00a0».',
      },
      {
        if: 'L’appelant a annulé',
        then: 'Recommencez à partir de «\u00a0Lier mon eID\u00a0».',
      },
    ],
  },
  'eid.linked': {
    ask: ['La page confirme-t-elle que l’eID est liée\u00a0?'],
    say: ['La prochaine fois, choisissez «\u00a0Se connecter avec une eID\u00a0» sur la première page d’EU Login.'],
    ifThen: [
      {
        if: 'Le site ne propose pas «\u00a0Se connecter avec une eID\u00a0»',
        then: 'Ce site n’accepte pas l’eID\u00a0; utilisez-y l’application ou une clé de sécurité.',
      },
    ],
  },
  'eid.failed': {
    ask: ['Avez-vous annulé sur la page nationale, ou a-t-elle affiché une erreur\u00a0?'],
    say: [
      'Appuyez sur «\u00a0Réessayer\u00a0» pour choisir de nouveau votre pays, ou annulez et utilisez une autre méthode.',
    ],
    ifThen: [
      {
        if: 'Cela échoue à chaque fois',
        then: 'Contactez le support eID de votre pays, ou configurez plutôt l’application EU Login.',
      },
    ],
  },
} satisfies FlowHelpdeskScripts<'eid'>;
