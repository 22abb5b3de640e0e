import type { FlowHelpdeskScripts } from '../../content.types.js';

export const pinHelpdeskFr = {
  'pin.settings': {
    ask: [
      'L’application EU Login est-elle ouverte\u00a0?',
      'Votre téléphone est-il un Android ou un iPhone\u00a0?',
      'Voyez-vous trois points ou une roue dentée, en haut à droite ou en bas à droite\u00a0?',
    ],
    say: [
      'Touchez l’icône des paramètres (trois points sur Android, une roue dentée sur iPhone), puis «\u00a0Code PIN oublié\u00a0».',
    ],
    ifThen: [
      {
        if: 'L’appelant ne trouve pas l’option',
        then: 'Supprimez l’appareil sur l’ordinateur dans «\u00a0Gérer mes appareils mobiles\u00a0» et ajoutez de nouveau le téléphone avec un nouveau code PIN.',
      },
      {
        if: '«\u00a0Code PIN oublié\u00a0» ne fonctionne pas',
        then: 'Supprimez l’appareil dans «\u00a0Gérer mes appareils mobiles\u00a0» sur l’ordinateur (https://webgate.ec.europa.eu/cas/mobile) et ajoutez de nouveau le téléphone avec un nouveau code PIN. L’aide d’EU Login a parfois conseillé cela plutôt que la réinitialisation dans l’application.',
      },
    ],
  },
  'pin.credentials': {
    ask: ['L’application demande-t-elle votre adresse e-mail et votre mot de passe\u00a0?'],
    say: ['Saisissez votre adresse e-mail et votre mot de passe EU Login, les mêmes que sur l’ordinateur.'],
    ifThen: [
      {
        if: 'Le mot de passe est refusé',
        then: 'Réinitialisez-le sur l’ordinateur avec «\u00a0Mot de passe perdu\u00a0?\u00a0», puis revenez.',
      },
      {
        if: 'L’application se bloque après plusieurs essais',
        then: 'Patientez un moment ({lockoutMinutes} minutes supposées) ou réinitialisez le mot de passe.',
      },
    ],
  },
  'pin.new': {
    ask: ['L’application demande-t-elle un nouveau code PIN\u00a0?'],
    say: ['Choisissez quatre chiffres dont vous vous souviendrez, et saisissez-les deux fois.'],
    ifThen: [
      {
        if: 'Les deux codes PIN diffèrent',
        then: 'Saisissez-les de nouveau, lentement.',
      },
    ],
  },
  'pin.changed': {
    ask: ['L’application confirme-t-elle le changement\u00a0?'],
    say: [
      'Utilisez désormais le nouveau code PIN.',
      'Si vous utilisiez l’empreinte digitale ou le visage, réactivez-les dans les paramètres de l’application.',
    ],
    ifThen: [
      {
        if: 'Le nouveau code PIN est refusé à la connexion',
        then: 'Supprimez l’appareil sur l’ordinateur et ajoutez-le de nouveau.',
      },
    ],
  },
} satisfies FlowHelpdeskScripts<'pin'>;
