import type { FlowStepTexts } from '../../content.types.js';

export const pinStepsFr = {
  'pin.settings': {
    title: 'Ouvrez les paramètres de l’application',
    body: 'Sur votre téléphone, ouvrez les paramètres de l’application EU Login et choisissez «\u00a0Code PIN oublié\u00a0»\u00a0; c’est aussi ainsi que vous changez le code PIN. L’icône des paramètres est formée de trois points sur Android et d’une roue dentée sur iPhone, et son emplacement dépend de la version de l’application.',
  },
  'pin.credentials': {
    title: 'Prouvez que c’est bien vous',
    body: 'Sur votre téléphone, l’application vous demande de prouver votre identité\u00a0: saisissez votre adresse e-mail et votre mot de passe EU Login.',
    assumed:
      'EU Login ne publie pas ce que fait l’application après plusieurs mots de passe erronés ici. Le coach suppose le même blocage que sur l’ordinateur\u00a0: {passwordAttempts} essais, puis {lockoutMinutes} minutes.',
  },
  'pin.new': {
    title: 'Choisissez un nouveau code PIN',
    body: 'Sur votre téléphone, saisissez deux fois un nouveau code PIN à quatre chiffres.',
  },
  'pin.changed': {
    title: 'Votre nouveau code PIN fonctionne',
    body: 'Sur votre téléphone, l’application confirme le nouveau code PIN. Le déverrouillage par empreinte digitale ou par le visage est désactivé et peut être réactivé.',
  },
} satisfies FlowStepTexts<'pin'>;
