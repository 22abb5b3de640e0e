import type { FlowStepTexts } from '../../content.types.js';

export const passwordStepsFr = {
  'password.set': {
    title: 'Choisissez votre mot de passe',
    body: 'Sur l’ordinateur, saisissez deux fois un nouveau mot de passe. Il doit compter au moins {min} caractères, avec des majuscules et des minuscules, un chiffre et un caractère spécial.',
    assumed:
      'EU Login ne publie pas de règle interdisant votre nom ou votre adresse e-mail dans le mot de passe. Le coach en suppose une et refuse de tels mots de passe.',
  },
} satisfies FlowStepTexts<'password'>;
