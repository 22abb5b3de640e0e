import type { FlowStepTexts } from '../../content.types.js';

export const passwordResetStepsFr = {
  'passwordReset.request': {
    title: 'Demandez un nouveau mot de passe',
    body: 'Sur l’ordinateur, vérifiez votre adresse e-mail, saisissez les caractères de l’image et appuyez sur «\u00a0Obtenir un mot de passe\u00a0». EU Login vous envoie alors un lien par e-mail.',
  },
  'passwordReset.mailSent': {
    title: 'Ouvrez l’e-mail de réinitialisation',
    body: 'Dans votre boîte mail, un e-mail d’EU Login arrive avec un lien pour définir un nouveau mot de passe. Cela peut prendre jusqu’à {mailMinutes} minutes\u00a0; regardez aussi dans les indésirables. (Ici, «\u00a0Attendre\u00a0» dans la boîte mail évite l’attente.)',
    assumed:
      'EU Login ne publie ni la durée de validité d’un lien de réinitialisation ni si une demande plus récente annule les liens précédents. Le coach suppose {linkMinutes} minutes et n’accepte que le lien le plus récent.',
  },
  'passwordReset.linkExpired': {
    title: 'Le lien de réinitialisation ne fonctionne plus',
    body: 'Sur l’ordinateur, EU Login indique que le lien de réinitialisation a expiré ou a été remplacé par un plus récent. Demandez un nouveau lien.',
    assumed:
      'EU Login ne publie pas la durée de validité d’un lien de réinitialisation. Le coach suppose {linkMinutes} minutes, et une demande plus récente remplace les liens précédents.',
  },
  'passwordReset.done': {
    title: 'Votre nouveau mot de passe est défini',
    body: 'Sur l’ordinateur, EU Login confirme le nouveau mot de passe. Utilisez-le désormais\u00a0; votre application et vos clés fonctionnent comme avant.',
  },
} satisfies FlowStepTexts<'passwordReset'>;
