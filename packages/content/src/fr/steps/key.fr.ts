import type { FlowStepTexts } from '../../content.types.js';

export const keyStepsFr = {
  'key.manage': {
    title: 'Gérez vos clés de sécurité',
    body: 'Sur l’ordinateur, dans Mon compte, ouvrez «\u00a0Gérer mes clés de sécurité et plateformes de confiance\u00a0» et choisissez «\u00a0Ajouter une clé de sécurité\u00a0».',
  },
  'key.addForm': {
    title: 'Nommez votre clé',
    body: 'Sur l’ordinateur, donnez à la clé un nom que vous reconnaîtrez, comme «\u00a0Clé USB bleue\u00a0» ou «\u00a0Portable du bureau\u00a0», et appuyez sur «\u00a0Envoyer\u00a0».',
    assumed:
      'EU Login ne publie ni de règles pour les noms de clés ni ce qui se passe quand la même clé est ajoutée deux fois. Le coach suppose un nom court sans < ni > et refuse une clé déjà présente sur votre compte.',
  },
  'key.prompt': {
    title: 'Confirmez avec la clé',
    body: 'Sur l’ordinateur, votre navigateur vous demande d’utiliser la clé\u00a0: touchez-la quand elle clignote, ou confirmez avec Windows Hello (empreinte digitale, visage ou code PIN).',
  },
  'key.added': {
    title: 'Votre clé est ajoutée',
    body: 'Sur l’ordinateur, la clé apparaît dans votre liste. Choisissez-la dans «\u00a0Choisissez votre méthode de vérification\u00a0» quand vous vous connectez.',
  },
  'key.failed': {
    title: 'La clé n’a pas été ajoutée',
    body: 'Sur l’ordinateur, EU Login indique que la clé n’a pas pu être ajoutée\u00a0: l’invite a été annulée, ou la clé figure déjà sur votre compte.',
  },
} satisfies FlowStepTexts<'key'>;
