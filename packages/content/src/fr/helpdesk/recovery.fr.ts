import type { FlowHelpdeskScripts } from '../../content.types.js';

export const recoveryHelpdeskFr = {
  'recovery.options': {
    ask: [
      'Avez-vous encore l’ancien téléphone\u00a0?',
      'Avez-vous un autre facteur\u00a0: un deuxième téléphone, une clé de sécurité, une eID\u00a0?',
    ],
    say: [
      'Ancien téléphone encore utilisable\u00a0: ajoutez d’abord le nouveau téléphone, puis supprimez l’ancien.',
      'Ancien téléphone perdu ou inutilisable, mais un autre facteur fonctionne\u00a0: connectez-vous avec celui-ci, supprimez l’ancien téléphone, puis ajoutez le nouveau.',
      'Aucun autre facteur\u00a0: connectez-vous avec votre mot de passe, ouvrez Mon compte et utilisez «\u00a0Supprimer tous mes appareils et eID (PANIC)\u00a0».',
    ],
    ifThen: [
      {
        if: 'L’appelant veut supprimer un téléphone qui fonctionne encore avant d’ajouter le nouveau',
        then: 'Arrêtez\u00a0: ajoutez d’abord le nouveau téléphone, pour que le compte ne se retrouve jamais sans facteur.',
      },
      {
        if: '«\u00a0Toujours exiger l’authentification multifacteur\u00a0» était activé',
        then: 'Le mot de passe seul n’est pas proposé, l’appelant est donc bloqué\u00a0: contactez le support d’EU Login via https://webgate.ec.europa.eu/cas/help.html.',
      },
    ],
  },
} satisfies FlowHelpdeskScripts<'recovery'>;
