import type { FlowHelpdeskScripts } from '../../content.types.js';

export const noSmartphoneHelpdeskFr = {
  'noSmartphone.options': {
    ask: [
      'Avez-vous une tablette Android ou un iPad\u00a0?',
      'Avez-vous une clé de sécurité USB, ou un ordinateur avec Windows Hello\u00a0?',
    ],
    say: [
      'Une tablette fonctionne exactement comme un téléphone pour l’application EU Login.',
      'Une clé de sécurité ou Windows Hello s’ajoute dans «\u00a0Gérer mes clés de sécurité et plateformes de confiance\u00a0».',
    ],
    ifThen: [
      {
        if: 'L’appelant pose une question sur les SMS',
        then: 'EU Login ne propose plus de codes par SMS depuis la mi-2025.',
      },
      {
        if: 'L’appelant a une eID nationale',
        then: 'La lier est une autre solution, si son pays est pris en charge.',
      },
      {
        if: 'L’appelant pose une question sur les clés d’accès (passkeys)',
        then: 'Une clé d’accès fonctionne aussi\u00a0: ajoutez-la avec «\u00a0Ajouter une clé de sécurité\u00a0», de préférence depuis le navigateur du téléphone lui-même. Pour l’utiliser depuis un ordinateur, le Bluetooth doit être activé sur les deux appareils.',
      },
    ],
  },
} satisfies FlowHelpdeskScripts<'noSmartphone'>;
