import type { FlowStepTexts } from '../../content.types.js';

export const registerStepsFr = {
  'register.form': {
    title: 'Remplissez le formulaire d’inscription',
    body: 'Sur l’ordinateur, saisissez votre prénom et votre nom, votre adresse e-mail deux fois, choisissez la langue des e-mails d’EU Login, saisissez les caractères de l’image et cochez la case de confidentialité. Appuyez ensuite sur «\u00a0Créer un compte\u00a0».',
    assumed:
      'Un guide indique que le code de l’image n’est demandé que «\u00a0si nécessaire\u00a0». Le coach le demande toujours.',
  },
  'register.mailSent': {
    title: 'Ouvrez l’e-mail de confirmation',
    body: 'Dans votre boîte mail, un e-mail d’EU Login arrive avec un lien. Cela peut prendre jusqu’à {mailMinutes} minutes\u00a0; regardez aussi dans les indésirables. Ouvrez le lien pour choisir votre mot de passe. (Ici, «\u00a0Attendre\u00a0» dans la boîte mail évite l’attente.)',
    assumed:
      'EU Login ne publie ni la durée de validité du lien ni s’il propose de renvoyer l’e-mail d’inscription. Le coach suppose {linkMinutes} minutes, propose «\u00a0Renvoyer l’e-mail\u00a0» et n’accepte que le lien le plus récent.',
  },
  'register.linkExpired': {
    title: 'Le lien a expiré',
    body: 'Sur l’ordinateur, EU Login indique que le lien de confirmation est trop ancien. Recommencez l’inscription pour recevoir un nouvel e-mail.',
    assumed:
      'EU Login indique seulement que le lien fonctionne pendant un temps limité. Le coach suppose {linkMinutes} minutes et vous permet de renvoyer l’e-mail ou de vous inscrire de nouveau.',
  },
  'register.done': {
    title: 'Votre compte est prêt',
    body: 'Sur l’ordinateur, EU Login confirme le mot de passe et vous connecte. Beaucoup de sites exigent aussi un second facteur\u00a0: ajoutez donc ensuite votre téléphone.',
  },
} satisfies FlowStepTexts<'register'>;
