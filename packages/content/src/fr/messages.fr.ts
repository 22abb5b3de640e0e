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

export const decodeErrorsFr = {
  empty: {
    title: 'Aucun code à lire',
    body: 'Collez le code de partage que l’on vous a donné, ou commencez un nouvel entraînement.',
  },
  tooLarge: {
    title: 'C’est trop long pour être un code de partage',
    body: 'Un code de partage compte une douzaine de lettres et de chiffres. Vérifiez que seul le code a été collé, ou recommencez à zéro.',
  },
  malformed: {
    title: 'Ce code ne peut pas être lu',
    body: 'Une partie manque peut-être ou a été modifiée. Copiez à nouveau le code en entier, ou recommencez à zéro.',
  },
  checksum: {
    title: 'Ce code semble abîmé',
    body: 'Un caractère a sans doute été perdu ou mal saisi lors de la copie. Copiez-le à nouveau, ou recommencez à zéro.',
  },
  unsupportedVersion: {
    title: 'Ce code vient d’une autre version',
    body: 'Le coach a changé depuis la création du code, il ne peut donc pas être repris. Recommencez à zéro\u00a0; il ne faut qu’une minute pour revenir là où vous en étiez.',
  },
  unknownStep: {
    title: 'Cette étape n’existe plus',
    body: 'Le code renvoie à une étape que cette version du coach ne connaît pas. Recommencez à zéro et choisissez de nouveau votre parcours.',
  },
  invalidValue: {
    title: 'Ce code désigne une position que le coach ne peut pas retrouver',
    body: 'Ses caractères de contrôle sont corrects, mais une partie sort des limites de cette version. Demandez un nouveau code, ou recommencez à zéro.',
  },
  switchedOff: {
    title: 'Ce code mène à une partie que ce site ne propose pas',
    body: 'Il a été créé là où cette partie d’EU Login est utilisée, mais ce site l’a désactivée. Choisissez l’un des parcours proposés ici.',
  },
} satisfies Content['decodeErrors'];

export const saveErrorsFr = {
  empty: {
    title: 'Votre progression enregistrée est vide',
    body: 'Il n’y a rien à partir de quoi reprendre. Recommencez à zéro et choisissez votre parcours.',
  },
  tooLarge: {
    title: 'Votre progression enregistrée est trop volumineuse pour être lue',
    body: 'Elle est bien plus grande que tout ce que le coach enregistre, elle n’a donc pas été lue. Recommencez à zéro\u00a0; rien ne change sur EU Login lui-même.',
  },
  malformed: {
    title: 'Votre progression enregistrée est endommagée',
    body: 'Elle a été modifiée ou tronquée après son enregistrement par le coach. Recommencez à zéro et choisissez de nouveau votre parcours.',
  },
  unsupportedVersion: {
    title: 'Votre progression a été enregistrée par une autre version',
    body: 'Le coach a changé depuis, il ne peut donc pas reprendre à partir de là. Recommencez à zéro\u00a0; il ne faut qu’une minute pour revenir là où vous en étiez.',
  },
  unknownStep: {
    title: 'L’étape que vous aviez enregistrée n’existe plus',
    body: 'Cette version du coach ne la connaît pas. Recommencez à zéro et choisissez de nouveau votre parcours.',
  },
  invalidValue: {
    title: 'Votre progression enregistrée est incohérente',
    body: 'Certains de ses éléments sortent des limites ou ne concordent pas. Recommencez à zéro\u00a0; rien ne change sur EU Login lui-même.',
  },
  switchedOff: {
    title: 'Votre progression enregistrée mène à une partie que ce site ne propose pas',
    body: 'Ce site a désactivé cette partie d’EU Login depuis l’enregistrement de votre progression. Choisissez l’un des parcours proposés ici.',
  },
} satisfies Content['saveErrors'];
