import type { FlowHelpdeskScripts } from '../../content.types.js';

export const accountHelpdeskFr = {
  'account.home': {
    ask: [
      'Voyez-vous une icône en forme de roue dentée en haut à droite de la page EU Login\u00a0?',
      'Êtes-vous connecté\u00a0?',
    ],
    say: [
      'Ouvrez le menu des paramètres (la roue dentée, en haut à droite) et choisissez «\u00a0Mon compte\u00a0».',
      'Choisissez ensuite l’élément correspondant à ce que vous voulez ajouter ou modifier.',
    ],
    ifThen: [
      {
        if: 'EU Login vous demande de vous reconnecter avec un second facteur',
        then: 'C’est normal quand un facteur existe déjà\u00a0: confirmez d’abord avec celui-ci.',
      },
      {
        if: 'Le téléphone perdu est le seul facteur',
        then: 'Utilisez «\u00a0Supprimer tous mes appareils et eID (PANIC)\u00a0» pour repartir de zéro.',
      },
      {
        if: 'Les pages EU Login sont dans une autre langue',
        then: 'Passez la page en français avec le menu des langues en haut de la page.',
      },
      {
        if: 'L’appelant veut changer l’adresse e-mail du compte',
        then: 'Choisissez «\u00a0Configurer mon compte\u00a0», saisissez la nouvelle adresse, appuyez sur «\u00a0Envoyer\u00a0» et ouvrez le lien de confirmation envoyé à la nouvelle adresse. Ne créez pas de deuxième compte.',
      },
    ],
  },
} satisfies FlowHelpdeskScripts<'account'>;
