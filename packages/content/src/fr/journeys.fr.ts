import type { Content } from '../content.types.js';

export const journeysFr = {
  fullSetup: {
    title: 'Configurer EU Login avec l’application, depuis le début',
    description:
      'Créez un compte, confirmez votre adresse e-mail, choisissez un mot de passe, associez l’application EU Login sur votre téléphone et connectez-vous avec elle.',
  },
  forgotPassword: {
    title: 'J’ai oublié mon mot de passe',
    description:
      'Demandez à EU Login un e-mail de réinitialisation, ouvrez son lien et choisissez un nouveau mot de passe.',
  },
  forgotPin: {
    title: 'J’ai oublié le code PIN de l’application, ou je veux le changer',
    description:
      'Dans les paramètres de l’application EU Login, utilisez «\u00a0Code PIN oublié\u00a0» avec votre adresse e-mail et votre mot de passe pour définir un nouveau code PIN, puis connectez-vous avec celui-ci.',
  },
  signInAppPin: {
    title: 'Se connecter avec l’application et votre code PIN',
    description:
      'Saisissez votre mot de passe sur l’ordinateur, puis confirmez sur votre téléphone avec le code PIN à quatre chiffres.',
    methodNote:
      'Ce parcours entraîne à l’application avec votre code PIN\u00a0: «\u00a0{method}\u00a0» est déjà choisie comme méthode de vérification. Gardez-la, saisissez votre mot de passe et appuyez sur «\u00a0Se connecter\u00a0».',
  },
  signInAppQr: {
    title: 'Se connecter avec un code QR (fonctionne hors ligne)',
    description:
      'Scannez le code QR affiché sur l’ordinateur avec l’application EU Login et saisissez le code à usage unique qu’elle affiche.',
    methodNote:
      'Ce parcours entraîne au code QR\u00a0: «\u00a0{method}\u00a0» est déjà choisie comme méthode de vérification. Gardez-la, saisissez votre mot de passe et appuyez sur «\u00a0Se connecter\u00a0».',
  },
  signInSecurityKey: {
    title: 'Se connecter avec une clé de sécurité',
    description: 'Saisissez votre mot de passe, puis touchez votre clé de sécurité ou confirmez avec Windows Hello.',
    methodNote:
      'Ce parcours entraîne à la clé de sécurité\u00a0: «\u00a0{method}\u00a0» est déjà choisie comme méthode de vérification. Gardez-la, saisissez votre mot de passe et appuyez sur «\u00a0Se connecter\u00a0».',
  },
  signInEid: {
    title: 'Se connecter avec votre eID nationale',
    description:
      'Choisissez votre pays et connectez-vous sur la page de votre eID nationale\u00a0; ni mot de passe ni application ne sont nécessaires. Vous vous connectez déjà avec votre eID\u00a0? Il n’y a rien à activer\u00a0: elle compte pour deux facteurs.',
  },
  linkEid: {
    title: 'Associer votre eID nationale',
    description: 'Ajoutez votre eID nationale à votre compte EU Login pour qu’elle serve de second facteur.',
  },
  noSmartphone: {
    title: 'Pas de smartphone\u00a0? Utilisez une clé de sécurité',
    description:
      'Découvrez les solutions sans smartphone, ajoutez une clé de sécurité ou Windows Hello, et connectez-vous avec.',
  },
  newPhone: {
    title: 'Remplacer un téléphone que vous ne pouvez plus utiliser',
    description:
      'Votre ancien téléphone est cassé, réinitialisé ou perdu\u00a0: connectez-vous avec un autre facteur (ici une clé de sécurité), supprimez l’ancien téléphone et associez l’application sur le nouveau. Si l’ancien téléphone fonctionne encore, ajoutez d’abord le nouveau et supprimez l’ancien ensuite.',
  },
  lostPhone: {
    title: 'J’ai perdu mon téléphone',
    description:
      'S’il ne vous reste aucun autre facteur, connectez-vous avec votre mot de passe, supprimez tous vos appareils dans My Account (PANIC), puis associez l’application sur un nouveau téléphone.',
  },
} satisfies Content['journeys'];
