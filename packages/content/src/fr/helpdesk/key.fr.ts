import type { FlowHelpdeskScripts } from '../../content.types.js';

export const keyHelpdeskFr = {
  'key.manage': {
    ask: ['Avez-vous une clé de sécurité USB, ou un ordinateur avec Windows Hello\u00a0?'],
    say: [
      'Choisissez «\u00a0Gérer mes clés de sécurité et plateformes de confiance\u00a0», puis «\u00a0Ajouter une clé de sécurité\u00a0».',
    ],
    ifThen: [
      {
        if: 'EU Login demande d’abord un second facteur',
        then: 'Confirmez avec le facteur que vous avez déjà.',
      },
      {
        if: 'L’appelant veut utiliser une clé d’accès (passkey)',
        then: 'Les clés d’accès fonctionnent, même si la page ne les nomme pas\u00a0: choisissez «\u00a0Ajouter une clé de sécurité\u00a0», de préférence en commençant dans le navigateur du téléphone lui-même. Pour utiliser une clé d’accès du téléphone depuis un ordinateur, activez le Bluetooth sur les deux\u00a0; aucun appairage n’est nécessaire.',
      },
    ],
  },
  'key.addForm': {
    ask: ['La clé est-elle branchée, ou Windows Hello est-il configuré sur cet ordinateur\u00a0?'],
    say: [
      'Saisissez un nom et appuyez sur «\u00a0Envoyer\u00a0». Votre navigateur vous demandera ensuite de confirmer.',
    ],
    ifThen: [
      {
        if: 'Le nom est refusé',
        then: 'Utilisez un nom plus court, sans < ni >.',
      },
    ],
  },
  'key.prompt': {
    ask: ['Que demande la fenêtre du navigateur\u00a0?'],
    say: ['Touchez la clé, ou suivez l’invite de Windows Hello. Ne fermez pas la fenêtre.'],
    ifThen: [
      {
        if: 'L’appelant a fermé la fenêtre',
        then: 'Recommencez à partir de «\u00a0Ajouter une clé de sécurité\u00a0».',
      },
      {
        if: 'Le navigateur indique que cette clé est déjà enregistrée',
        then: 'Elle figure déjà sur le compte\u00a0: utilisez-la, ou ajoutez une autre clé.',
      },
    ],
  },
  'key.added': {
    ask: ['La clé figure-t-elle maintenant dans la liste\u00a0?'],
    say: ['La prochaine fois, choisissez la méthode par clé de sécurité et touchez la clé quand on vous le demande.'],
    ifThen: [
      {
        if: 'L’appelant n’a que ce seul facteur',
        then: 'Proposez d’ajouter une deuxième clé ou l’application, pour que la perte de l’une ne le bloque pas.',
      },
    ],
  },
  'key.failed': {
    ask: ['Avez-vous annulé l’invite du navigateur, ou a-t-elle indiqué que la clé est déjà enregistrée\u00a0?'],
    say: ['Réessayez à partir de «\u00a0Ajouter une clé de sécurité\u00a0», et terminez l’invite du navigateur.'],
    ifThen: [
      {
        if: 'La clé est déjà enregistrée',
        then: 'Il n’y a rien à ajouter\u00a0: utilisez la clé pour vous connecter.',
      },
    ],
  },
} satisfies FlowHelpdeskScripts<'key'>;
