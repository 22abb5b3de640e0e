import type { StepId } from '@eulogin-coach/machine';
import type { CallerSees } from '../help/help.types.js';

const SIGN_IN = 'https://webgate.ec.europa.eu/cas/login';
const MOBILE = 'https://webgate.ec.europa.eu/cas/mobile';
const APP = 'L’application EU Login sur le téléphone';
const MAILBOX = 'La boîte mail, dans un e-mail de automated-notifications@nomail.ec.europa.eu';

/**
 * Ce que voit l’appelant à chaque étape sur le vrai EU Login, dans son application ou dans ses e-mails. Seuls
 * quelques libellés français d’EU Login sont attestés publiquement (la FAQ Europass en français cite « Créer un
 * compte », « Ajouter un appareil mobile » et « Lier mon eID ») : les autres sont des traductions fidèles des textes
 * anglais, avec les mêmes termes que les étapes du coach. Toutes les entrées sont donc marquées `assumed` ; les
 * adresses, codes d’erreur et noms propres restent tels quels.
 */
export const callerSeesFr: Readonly<Record<StepId, CallerSees>> = {
  'coach.journeys': {
    heading: 'Connexion',
    texts: ['Authentification à deux facteurs (2FA)', 'Le site vous envoie vers EU Login pour vous connecter'],
    assumed: true,
  },
  'signIn.email': {
    heading: 'Connectez-vous pour continuer',
    texts: ['Utilisez votre adresse e-mail', 'Suivant', 'Créer un compte', 'Se connecter avec une eID'],
    address: SIGN_IN,
    assumed: true,
  },
  'signIn.userNotFound': {
    heading: 'Utilisateur introuvable',
    texts: ['L’utilisateur est introuvable', 'Créer un compte', 'Se connecter avec une autre adresse e-mail'],
    address: SIGN_IN,
    assumed: true,
  },
  'signIn.password': {
    heading: 'Choisissez votre méthode de vérification',
    texts: [
      '(externe)',
      'Mot de passe',
      'Se connecter',
      'Mot de passe perdu\u00a0?',
      'Se connecter avec une autre adresse e-mail',
      'Application mobile + code PIN',
      'Code PIN de l’application mobile EU Login',
      'Code QR de l’application mobile EU Login',
      'On Mobile',
      'Clé de sécurité ou plateforme de confiance',
      'mot de passe fourni incorrect',
      'Vous êtes actuellement connecté en tant qu’utilisateur et ne pouvez pas utiliser un facteur d’authentification enregistré pour un autre utilisateur',
      'Erreur 5305',
    ],
    address: SIGN_IN,
    assumed: true,
  },
  'signIn.locked': {
    heading: 'Connexion temporairement bloquée',
    texts: ['Trop de tentatives de connexion infructueuses\u00a0: réessayez plus tard', 'Mot de passe perdu\u00a0?'],
    address: SIGN_IN,
    assumed: true,
  },
  'signIn.pinWait': {
    heading: 'Demande d’authentification en attente',
    texts: [
      'Sur l’ordinateur\u00a0: en attente de votre confirmation sur votre appareil mobile',
      'Dans l’application\u00a0: une demande est en attente',
      'Continuer',
      'Changer de compte',
    ],
    address: APP,
    assumed: true,
  },
  'signIn.appNotification': {
    heading: 'Notification d’EU Login',
    texts: [
      'Une notification d’EU Login sur l’écran de verrouillage\u00a0: une demande de connexion est en attente',
      'Touchez pour ouvrir',
    ],
    address: 'Les notifications du téléphone',
    assumed: true,
  },
  'signIn.appPin': {
    heading: 'S’authentifier',
    texts: ['Saisissez votre code PIN', 'Code PIN', 'S’authentifier', 'Empreinte digitale ou Face ID'],
    address: APP,
    assumed: true,
  },
  'signIn.refused': {
    heading: 'Échec de l’authentification',
    texts: ['La demande a été refusée sur l’appareil mobile', 'Code PIN incorrect', 'Réessayer'],
    address: SIGN_IN,
    assumed: true,
  },
  'signIn.qrScan': {
    heading: 'Scanner le code QR',
    texts: [
      'L’application ouvre son lecteur de code QR',
      'Pointez l’appareil photo vers le code QR sur l’écran de l’ordinateur',
    ],
    address: APP,
    assumed: true,
  },
  'signIn.qrCode': {
    heading: 'Code QR de l’application mobile EU Login',
    texts: [
      'Scannez le code QR avec l’application mobile EU Login',
      'Saisissez le mot de passe à usage unique affiché par l’application',
      'Mot de passe à usage unique',
      'Se connecter',
      'Le code n’est pas valide',
    ],
    address: SIGN_IN,
    assumed: true,
  },
  'signIn.securityKey': {
    heading: 'Clé de sécurité ou plateforme de confiance',
    texts: [
      'Le navigateur demande\u00a0: utilisez votre clé de sécurité',
      'Insérez votre clé de sécurité et touchez-la',
      'Sécurité Windows\u00a0: vérification de votre identité',
      'Windows Hello\u00a0: code PIN, empreinte digitale ou visage',
      'Clé d’accès',
      'Annuler',
    ],
    address: SIGN_IN,
    assumed: true,
  },
  'signIn.expired': {
    heading: 'Demande expirée',
    texts: ['La demande d’authentification a expiré', 'Délai dépassé\u00a0: aucune confirmation reçue', 'Réessayer'],
    address: SIGN_IN,
    assumed: true,
  },
  'signIn.done': {
    heading: 'Le site que l’appelant voulait, connecté',
    texts: [
      'INVALID_USER',
      'application accepts only INTERNAL users',
      'INSUFFICIENT_AUTHENTICATION_LEVEL',
      'Accès refusé',
    ],
    assumed: true,
  },
  'register.form': {
    heading: 'Créer un compte',
    texts: [
      'Prénom',
      'Nom',
      'Adresse e-mail',
      'Confirmer l’adresse e-mail',
      'Langue des e-mails',
      'Saisissez le code',
      'Une image de lettres et de chiffres à recopier (un captcha), avec un bouton à deux flèches pour en obtenir une nouvelle',
      'Déclaration de confidentialité',
      'Créer un compte',
      'Vous ne pouvez pas créer de compte avec une adresse e-mail appartenant à une institution',
    ],
    address: 'https://webgate.ec.europa.eu/cas/eim/external/register.cgi',
    assumed: true,
  },
  'register.mailSent': {
    heading: 'Un e-mail est envoyé à l’adresse que vous avez indiquée',
    texts: [
      'automated-notifications@nomail.ec.europa.eu',
      'Un e-mail d’EU Login avec un lien pour terminer l’inscription',
      'Cliquez sur le lien, ou copiez-le et collez-le dans la barre d’adresse',
      'Dossier des courriers indésirables',
    ],
    address: MAILBOX,
    assumed: true,
  },
  'register.linkExpired': {
    heading: 'Le lien a expiré',
    texts: ['Ce lien n’est plus valide', 'S’inscrire de nouveau'],
    assumed: true,
  },
  'password.set': {
    heading: 'Nouveau mot de passe',
    texts: [
      'Nouveau mot de passe',
      'Confirmer le nouveau mot de passe',
      'Envoyer',
      'au moins 10 caractères',
      'des majuscules, des minuscules, des chiffres et des caractères spéciaux',
    ],
    assumed: true,
  },
  'register.done': {
    heading: 'Vous êtes maintenant authentifié',
    texts: ['Vous êtes maintenant authentifié et pouvez accéder au service que vous voulez utiliser'],
    assumed: true,
  },
  'passwordReset.request': {
    heading: 'Mot de passe perdu\u00a0?',
    texts: [
      'Adresse e-mail',
      'Saisissez le code',
      'Saisissez les caractères affichés à l’écran (un captcha)',
      'Obtenir un mot de passe',
    ],
    address: SIGN_IN,
    assumed: true,
  },
  'passwordReset.mailSent': {
    heading: 'Un e-mail d’EU Login pour réinitialiser le mot de passe',
    texts: [
      'automated-notifications@nomail.ec.europa.eu',
      'Un lien vers une page EU Login où vous définissez un nouveau mot de passe',
      'Dossier des courriers indésirables',
    ],
    address: MAILBOX,
    assumed: true,
  },
  'passwordReset.linkExpired': {
    heading: 'Le lien a expiré',
    texts: ['Ce lien de réinitialisation du mot de passe n’est plus valide', 'Mot de passe perdu\u00a0?'],
    assumed: true,
  },
  'passwordReset.done': {
    heading: 'Votre mot de passe a été modifié',
    texts: ['Connectez-vous avec votre nouveau mot de passe'],
    assumed: true,
  },
  'account.home': {
    heading: 'Mon compte',
    texts: [
      'L’icône en forme de roue dentée en haut à droite',
      'Gérer mes appareils mobiles',
      'Gérer mes eID',
      'Gérer mes clés de sécurité et plateformes de confiance',
      'Configurer mon compte',
      'Supprimer tous mes appareils et eID (PANIC)',
      'Toujours exiger l’authentification multifacteur',
    ],
    assumed: true,
  },
  'device.list': {
    heading: 'Gérer mes appareils mobiles',
    texts: ['Ajouter un appareil mobile', 'Les appareils mobiles associés au compte', 'Supprimer'],
    address: MOBILE,
    assumed: true,
  },
  'device.addForm': {
    heading: 'Ajouter un appareil mobile',
    texts: ['Nom de votre appareil', 'Votre code PIN à 4 chiffres', 'Confirmez votre code PIN', 'Envoyer'],
    address: MOBILE,
    assumed: true,
  },
  'device.qrShown': {
    heading: 'Scannez le code QR avec votre appareil',
    texts: [
      'Un code QR sur l’écran de l’ordinateur',
      'Dans l’application\u00a0: les instructions pour ouvrir /cas/mobile sur l’ordinateur',
      'Touchez la coche bleue pour ouvrir le lecteur',
    ],
    address: MOBILE,
    assumed: true,
  },
  'device.qrExpired': {
    heading: 'Le code QR a expiré',
    texts: ['Expiré\u00a0: recommencez', 'Ajouter un appareil mobile'],
    address: MOBILE,
    assumed: true,
  },
  'device.added': {
    heading: 'Votre appareil a été ajouté',
    texts: ['Gérer mes appareils mobiles', 'Le nouvel appareil figure dans la liste', 'Se déconnecter'],
    address: MOBILE,
    assumed: true,
  },
  'device.deleteConfirm': {
    heading: 'Voulez-vous vraiment supprimer cet appareil\u00a0?',
    texts: ['Gérer mes appareils mobiles', 'Supprimer', 'Confirmer', 'Annuler'],
    address: MOBILE,
    assumed: true,
  },
  'app.install': {
    heading: 'EU Login',
    texts: ['Commission européenne', 'Google Play', 'App Store', 'Installer', 'Obtenir', 'Gratuit'],
    address: 'La boutique d’applications du téléphone',
    assumed: true,
  },
  'app.notifications': {
    heading: '«\u00a0EU Login\u00a0» souhaite vous envoyer des notifications',
    texts: ['Autoriser', 'Ne pas autoriser'],
    address: 'Le téléphone le demande, à la première ouverture de l’application',
    assumed: true,
  },
  'app.notificationsDenied': {
    heading: 'Les notifications sont désactivées',
    texts: ['L’application a besoin des notifications pour être initialisée', 'Paramètres', 'Notifications'],
    address: APP,
    assumed: true,
  },
  'app.welcome': {
    heading: 'EU Login',
    texts: ['Initialiser', 'Ouvrez https://webgate.ec.europa.eu/cas/mobile sur votre ordinateur'],
    address: APP,
    assumed: true,
  },
  'app.noScreenLock': {
    heading: 'Sécurisez votre appareil',
    texts: [
      'L’application ne peut pas être utilisée sans verrouillage d’écran\u00a0: code, schéma ou empreinte digitale',
      'Paramètres',
    ],
    address: APP,
    assumed: true,
  },
  'app.cameraPermission': {
    heading: 'Autoriser EU Login à prendre des photos et à enregistrer des vidéos\u00a0?',
    texts: [
      'Autoriser l’accès à votre appareil photo',
      'Autoriser',
      'Ne pas autoriser',
      'Lorsque l’application est utilisée',
    ],
    address: 'Le téléphone le demande, à la première ouverture du lecteur',
    assumed: true,
  },
  'app.cameraDenied': {
    heading: 'Pas d’accès à l’appareil photo',
    texts: ['L’application ne peut pas scanner le code QR sans l’appareil photo', 'Paramètres', 'Appareil photo'],
    address: APP,
    assumed: true,
  },
  'app.scanner': {
    heading: 'Lecteur de code QR',
    texts: ['Pointez l’appareil photo vers le code QR sur l’écran de l’ordinateur jusqu’à ce qu’il soit reconnu'],
    address: APP,
    assumed: true,
  },
  'app.foreignScanner': {
    heading: 'L’appareil photo du téléphone ou une application de lecture de codes QR',
    texts: [
      'Le code n’est pas valide',
      'Une ligne de texte ou un lien au lieu d’EU Login',
      'Ouvrir dans le navigateur',
    ],
    address: 'L’application de l’appareil photo ou une application de lecture de codes QR',
    assumed: true,
  },
  'app.scanError': {
    heading: 'Code QR non valide',
    texts: ['Le code QR n’est pas valide ou a expiré', 'Réessayer'],
    address: APP,
    assumed: true,
  },
  'app.enrolPin': {
    heading: 'S’authentifier',
    texts: ['Saisissez le code PIN à quatre chiffres choisi sur l’ordinateur', 'Code PIN', 'S’authentifier'],
    address: APP,
    assumed: true,
  },
  'app.deviceInUse': {
    heading: 'Cet appareil est déjà associé à un autre compte',
    texts: ['Un seul compte EU Login par appareil', 'Dissocier l’appareil'],
    address: APP,
    assumed: true,
  },
  'app.enrolled': {
    heading: 'Votre appareil a été configuré',
    texts: [
      'Réussite\u00a0: votre appareil mobile est configuré avec EU Login',
      'Continuer',
      'Activer Face ID ou l’empreinte digitale',
    ],
    address: APP,
    assumed: true,
  },
  'pin.settings': {
    heading: 'Paramètres',
    texts: ['Les trois points (Android) ou la roue dentée (iPhone)', 'Code PIN oublié', 'Dissocier l’appareil'],
    address: APP,
    assumed: true,
  },
  'pin.credentials': {
    heading: 'Saisissez vos identifiants EU Login',
    texts: ['Code PIN oublié', 'Adresse e-mail', 'Mot de passe', 'Adresse e-mail ou mot de passe incorrect'],
    address: APP,
    assumed: true,
  },
  'pin.new': {
    heading: 'Choisissez un nouveau code PIN',
    texts: ['Nouveau code PIN', 'Confirmez votre code PIN', 'Les codes PIN ne correspondent pas'],
    address: APP,
    assumed: true,
  },
  'pin.changed': {
    heading: 'Votre code PIN a été modifié',
    texts: ['La biométrie a été désactivée', 'Continuer'],
    address: APP,
    assumed: true,
  },
  'eid.manage': {
    heading: 'Gérer mes eID',
    texts: ['Lier mon eID', 'Les eID liées au compte'],
    assumed: true,
  },
  'eid.country': {
    heading: 'Choisissez le pays qui a délivré votre eID',
    texts: ['Les drapeaux des pays compatibles', 'Envoyer'],
    assumed: true,
  },
  'eid.national': {
    heading: 'La page eID nationale du pays choisi',
    texts: ['eIDAS', 'Lecteur de carte', 'Application eID nationale, comme itsme', 'Annuler'],
    address: 'Le site du fournisseur d’identité national, atteint via eIDAS',
    assumed: true,
  },
  'eid.linked': {
    heading: 'Votre eID a été liée',
    texts: ['Gérer mes eID', 'Se connecter avec une eID'],
    assumed: true,
  },
  'eid.failed': {
    heading: 'L’authentification eID a échoué',
    texts: ['La connexion nationale a été annulée ou n’a pas abouti', 'Réessayer'],
    assumed: true,
  },
  'key.manage': {
    heading: 'Gérer mes clés de sécurité et plateformes de confiance',
    texts: ['Ajouter une clé de sécurité', 'Les clés de sécurité et plateformes de confiance associées au compte'],
    assumed: true,
  },
  'key.addForm': {
    heading: 'Ajouter une clé de sécurité',
    texts: ['Saisissez un nom pour l’appareil', 'Envoyer'],
    assumed: true,
  },
  'key.prompt': {
    heading: 'Le navigateur demande\u00a0: utilisez votre clé de sécurité',
    texts: [
      'Insérez votre clé de sécurité et touchez-la',
      'Sécurité Windows\u00a0: vérification de votre identité',
      'Windows Hello\u00a0: code PIN, empreinte digitale ou visage',
      'Créer une clé d’accès',
      'Annuler',
    ],
    assumed: true,
  },
  'key.added': {
    heading: 'Votre clé de sécurité a été ajoutée',
    texts: ['Gérer mes clés de sécurité et plateformes de confiance', 'La nouvelle clé figure dans la liste'],
    assumed: true,
  },
  'key.failed': {
    heading: 'La clé de sécurité n’a pas pu être ajoutée',
    texts: [
      'L’opération a été annulée ou le délai a expiré',
      'Cette clé de sécurité est déjà enregistrée',
      'Réessayer',
    ],
    assumed: true,
  },
  'noSmartphone.options': {
    heading: 'Pas de smartphone\u00a0: une tablette, une clé de sécurité, Windows Hello ou une eID',
    texts: [
      'Clé de sécurité ou plateforme de confiance',
      'YubiKey',
      'Windows Hello',
      'Tablette',
      'Se connecter avec une eID',
    ],
    address: SIGN_IN,
    assumed: true,
  },
  'recovery.options': {
    heading: 'Le téléphone avec l’application est perdu, cassé, remplacé ou réinitialisé',
    texts: [
      'Application mobile + code PIN',
      'Gérer mes appareils mobiles',
      'Supprimer tous mes appareils et eID (PANIC)',
    ],
    address: SIGN_IN,
    assumed: true,
  },
  'panic.confirm': {
    heading: 'Supprimer tous mes appareils et eID (PANIC)',
    texts: ['Confirmer', 'Annuler'],
    assumed: true,
  },
  'panic.done': {
    heading: 'Tous vos appareils et eID ont été supprimés',
    texts: [
      'Une notification de sécurité par e-mail',
      'Connectez-vous avec votre mot de passe et ajoutez un nouvel appareil',
    ],
    assumed: true,
  },
};
