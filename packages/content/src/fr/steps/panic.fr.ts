import type { FlowStepTexts } from '../../content.types.js';

export const panicStepsFr = {
  'panic.confirm': {
    title: 'Supprimez tous les appareils et eID',
    body: 'Sur l’ordinateur, dans Mon compte, confirmez «\u00a0Supprimer tous mes appareils et eID (PANIC)\u00a0». Tous les téléphones et toutes les eID sont retirés de votre compte\u00a0; vous vous connectez ensuite avec votre seul mot de passe.',
  },
  'panic.done': {
    title: 'Tous les appareils sont supprimés',
    body: 'Sur l’ordinateur, EU Login confirme que tous les appareils et toutes les eID ont été supprimés et vous envoie un avis de sécurité par e-mail. Ajoutez maintenant votre nouveau téléphone.',
    assumed:
      'EU Login ne publie pas si PANIC demande des vérifications supplémentaires ou envoie un e-mail. Le coach suppose une confirmation, une suppression immédiate et un avis de sécurité par e-mail.',
  },
} satisfies FlowStepTexts<'panic'>;
