import type { FlowHelpdeskScripts } from '../../content.types.js';

export const passwordHelpdeskFr = {
  'password.set': {
    ask: [
      'La page affiche-t-elle deux champs, «\u00a0Nouveau mot de passe\u00a0» et «\u00a0Confirmer le nouveau mot de passe\u00a0»\u00a0?',
      'Que dit le message en rouge sous le champ, s’il y en a un\u00a0?',
    ],
    say: [
      'Utilisez au moins {min} caractères, en mélangeant majuscules, minuscules, chiffres et un signe comme\u00a0! ou #.',
      'N’y mettez ni votre nom ni la première partie de votre adresse e-mail.',
      'Saisissez le même mot de passe dans les deux champs, puis appuyez sur «\u00a0Envoyer\u00a0».',
    ],
    ifThen: [
      {
        if: 'La page indique que le mot de passe a été changé trop récemment',
        then: 'EU Login permet un changement toutes les {changeHours} heures. Connectez-vous avec le mot de passe actuel, ou réessayez demain.',
      },
      {
        if: 'Les deux champs ne correspondent pas',
        then: 'Effacez-les et saisissez-les de nouveau, lentement\u00a0; activez «\u00a0Afficher le mot de passe\u00a0» s’il existe.',
      },
      {
        if: 'Un gestionnaire de mots de passe a rempli autre chose',
        then: 'Effacez les champs et saisissez vous-même le mot de passe.',
      },
    ],
  },
} satisfies FlowHelpdeskScripts<'password'>;
