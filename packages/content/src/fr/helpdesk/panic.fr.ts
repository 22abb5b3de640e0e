import type { FlowHelpdeskScripts } from '../../content.types.js';

export const panicHelpdeskFr = {
  'panic.confirm': {
    ask: [
      'Êtes-vous sûr qu’aucun autre facteur ne fonctionne\u00a0?',
      'Connaissez-vous encore votre mot de passe\u00a0?',
    ],
    say: [
      'Confirmez la suppression.',
      'Ajoutez ensuite tout de suite votre nouveau téléphone, car beaucoup de sites exigent un second facteur.',
    ],
    ifThen: [
      {
        if: 'L’appelant a encore un autre facteur',
        then: 'N’utilisez pas PANIC\u00a0; connectez-vous avec ce facteur et supprimez uniquement le téléphone perdu.',
      },
    ],
  },
  'panic.done': {
    ask: ['La page confirme-t-elle la suppression\u00a0?'],
    say: [
      'Allez dans «\u00a0Gérer mes appareils mobiles\u00a0» (https://webgate.ec.europa.eu/cas/mobile) et ajoutez votre nouveau téléphone.',
    ],
    ifThen: [
      {
        if: 'L’appelant n’a rien demandé et a reçu un e-mail de sécurité',
        then: 'Quelqu’un connaît peut-être son mot de passe\u00a0: réinitialisez-le tout de suite.',
      },
    ],
  },
} satisfies FlowHelpdeskScripts<'panic'>;
