import type { Content } from '../content.types.js';

export const noticesFr = {
  stepUpRequired:
    'Votre compte a déjà un second facteur\u00a0: EU Login vous demande donc de confirmer avec celui-ci avant de modifier quoi que ce soit.',
  mailResent: 'Un nouvel e-mail est en route. Dans cet entraînement, seul le lien le plus récent fonctionne.',
  deviceDeleted: 'L’appareil a été retiré de votre compte.',
  otherAccountUnlinked:
    'L’autre compte a été retiré de l’application sur ce téléphone. Vous pouvez maintenant associer le vôtre.',
  passwordChanged: 'Votre mot de passe a été modifié.',
  prepareFailed: 'Cette étape n’a pas pu être préparée. Réessayez, ou recommencez le parcours depuis le début.',
  resumed: 'Vous revoilà\u00a0: vous reprenez là où vous vous étiez arrêté.',
  jumped: 'Le service d’assistance vous a amené à cette étape.',
} satisfies Content['notices'];
