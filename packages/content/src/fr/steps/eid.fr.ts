import type { FlowStepTexts } from '../../content.types.js';

export const eidStepsFr = {
  'eid.manage': {
    title: 'Gérez vos eID',
    body: 'Sur l’ordinateur, dans Mon compte, ouvrez «\u00a0Gérer mes eID\u00a0» et choisissez «\u00a0Lier mon eID\u00a0». Préparez votre lecteur de carte ou l’application eID de votre pays.',
  },
  'eid.country': {
    title: 'Choisissez votre pays',
    body: 'Sur l’ordinateur, choisissez le pays qui a délivré votre eID (EU Login affiche des drapeaux\u00a0; ici, c’est une liste) et appuyez sur «\u00a0Envoyer\u00a0».',
    assumed:
      'Cet entraînement affiche une liste de pays donnée à titre d’exemple. EU Login ne publie pas de liste ici\u00a0; les sources indiquent seulement que l’eID fonctionne pour environ 19 États membres.',
  },
  'eid.national': {
    title: 'Connectez-vous avec votre eID nationale',
    body: 'Sur l’ordinateur, la page eID de votre pays s’ouvre. Connectez-vous-y avec votre lecteur de carte ou l’application nationale\u00a0; vous revenez ensuite sur EU Login.',
  },
  'eid.linked': {
    title: 'Votre eID est liée',
    body: 'Sur l’ordinateur, EU Login confirme le lien. Vous pouvez maintenant utiliser «\u00a0Se connecter avec une eID\u00a0», qui compte à elle seule pour deux facteurs.',
  },
  'eid.failed': {
    title: 'L’étape eID nationale n’a pas abouti',
    body: 'Sur l’ordinateur, EU Login indique que la connexion nationale n’a pas abouti\u00a0: rien n’a donc changé. Réessayez, ou utilisez une autre méthode.',
  },
} satisfies FlowStepTexts<'eid'>;
