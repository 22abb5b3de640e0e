import type { FlowStepTexts } from '../../content.types.js';

export const appStepsFr = {
  'app.install': {
    title: 'Installez l’application EU Login',
    body: 'Sur votre téléphone, ouvrez la boutique d’applications (Google Play ou l’App Store), recherchez «\u00a0EU Login\u00a0» et installez l’application gratuite de la Commission européenne.',
  },
  'app.notifications': {
    title: 'Autorisez les notifications',
    body: 'Sur votre téléphone, l’application EU Login demande à envoyer des notifications. Autorisez-les\u00a0: l’application en a besoin pour se configurer et pour recevoir les demandes de connexion.',
  },
  'app.notificationsDenied': {
    title: 'Réactivez les notifications',
    body: 'Sur votre téléphone, les notifications d’EU Login sont désactivées\u00a0: l’application ne peut donc pas terminer sa configuration. Activez-les dans les paramètres du téléphone.',
  },
  'app.welcome': {
    title: 'Lancez la configuration dans l’application',
    body: 'Sur votre téléphone, l’application EU Login affiche son écran d’accueil. Touchez «\u00a0Initialiser\u00a0»\u00a0: l’application vous invite à ouvrir EU Login sur votre ordinateur.',
  },
  'app.noScreenLock': {
    title: 'Sécurisez d’abord votre téléphone',
    body: 'Sur votre téléphone, l’application EU Login refuse de démarrer car le téléphone n’a pas de verrouillage d’écran. Configurez un code, un schéma ou une empreinte digitale dans les paramètres du téléphone.',
    assumed:
      'La FAQ Europass indique que l’application ne peut pas être utilisée sur un téléphone sans verrouillage d’écran, mais pas comment l’application vous le signale. Le coach suppose un avis bloquant avant «\u00a0Initialiser\u00a0».',
  },
  'app.cameraPermission': {
    title: 'Autorisez l’appareil photo',
    body: 'Sur votre téléphone, l’application EU Login demande à utiliser l’appareil photo pour lire le code QR. Autorisez-la.',
  },
  'app.cameraDenied': {
    title: 'Autorisez l’appareil photo dans les paramètres',
    body: 'Sur votre téléphone, l’application EU Login n’a pas accès à l’appareil photo\u00a0: elle ne peut donc pas lire le code QR. Autorisez l’appareil photo dans les paramètres du téléphone.',
  },
  'app.scanner': {
    title: 'Scannez le code QR affiché sur l’ordinateur',
    body: 'Sur votre téléphone, l’application affiche l’image de la caméra. Tenez le téléphone devant l’écran de l’ordinateur pour que le code QR remplisse le cadre\u00a0; la vraie application passe d’elle-même à la suite dès qu’elle l’a lu (ici, appuyez sur «\u00a0Scanner le code QR sur l’écran de l’ordinateur\u00a0»).',
  },
  'app.foreignScanner': {
    title: 'Mauvais lecteur',
    body: 'Sur votre téléphone, l’application de l’appareil photo a lu le code QR comme du simple texte. Seule l’application EU Login peut l’utiliser\u00a0: revenez à l’application et scannez depuis celle-ci.',
  },
  'app.scanError': {
    title: 'L’application n’a pas pu utiliser le code',
    body: 'Sur votre téléphone, l’application indique que le code QR n’est pas valide ou a expiré. Obtenez un nouveau code sur l’ordinateur et scannez de nouveau.',
  },
  'app.enrolPin': {
    title: 'Confirmez avec votre code PIN',
    body: 'Sur votre téléphone, saisissez le code PIN à quatre chiffres que vous venez de choisir sur l’ordinateur et touchez «\u00a0S’authentifier\u00a0».',
    assumed:
      'EU Login ne publie pas combien de codes PIN erronés il accepte ici. Le coach en suppose {pinAttempts}\u00a0; ensuite, ce code QR ne fonctionne plus et vous recommencez sur l’ordinateur.',
  },
  'app.deviceInUse': {
    title: 'Ce téléphone appartient à un autre compte',
    body: 'Sur votre téléphone, l’application indique qu’elle est déjà associée à un autre compte EU Login. Dissociez ce compte dans l’application, ou utilisez un autre appareil.',
    assumed:
      'Les guides d’EU Login se contredisent\u00a0: les plus anciens autorisent un compte par appareil, les plus récents décrivent plusieurs comptes dans une même application. Le coach suit l’ancienne règle et refuse un deuxième compte.',
  },
  'app.enrolled': {
    title: 'L’application est configurée',
    body: 'Sur votre téléphone, l’application confirme que l’appareil est configuré. Touchez «\u00a0Continuer\u00a0»\u00a0; l’ordinateur le confirme aussi.',
  },
} satisfies FlowStepTexts<'app'>;
