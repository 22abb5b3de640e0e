import type { Content } from '../content.types.js';

export const fieldsFr = {
  email: {
    label: 'Adresse e-mail',
    hint: 'L’adresse que vous utilisez pour EU Login. Vous devez pouvoir ouvrir les e-mails qu’elle reçoit.',
  },
  emailConfirm: {
    label: 'Confirmer l’adresse e-mail',
    hint: 'Saisissez à nouveau la même adresse, pour repérer les fautes de frappe.',
  },
  firstName: { label: 'Prénom', hint: 'Les lettres de tous les alphabets sont acceptées.' },
  lastName: { label: 'Nom', hint: 'Les lettres de tous les alphabets sont acceptées.' },
  emailLanguage: {
    label: 'Langue des e-mails',
    hint: 'EU Login vous écrit dans cette langue, quelle que soit la langue de ses pages.',
  },
  captcha: { label: 'Saisissez le code', hint: 'Saisissez les lettres et les chiffres affichés dans l’image.' },
  privacy: { label: 'Déclaration de confidentialité' },
  password: {
    label: 'Mot de passe',
    hint: 'Au moins {min} caractères, avec des majuscules et des minuscules, un chiffre et un caractère spécial. Cet entraînement refuse aussi votre nom et votre adresse e-mail (règle supposée).',
  },
  passwordConfirm: { label: 'Confirmer le nouveau mot de passe', hint: 'Saisissez à nouveau le même mot de passe.' },
  method: {
    label: 'Choisissez votre méthode de vérification',
    hint: 'La liste ne montre que les méthodes acceptées par le site.',
  },
  deviceName: {
    label: 'Nom de votre appareil',
    hint: 'Un nom qui vous permet de savoir de quel appareil il s’agit, par exemple «\u00a0Mon téléphone\u00a0».',
  },
  pin: { label: 'Votre code PIN à 4 chiffres', hint: 'Vous le saisirez dans l’application à chaque connexion.' },
  pinConfirm: { label: 'Confirmez votre code PIN' },
  otp: {
    label: 'Code à usage unique',
    hint: 'Les lettres et les chiffres que l’application EU Login affiche après avoir lu le code QR.',
  },
  keyName: {
    label: 'Nom de la clé de sécurité',
    hint: 'Un nom qui vous permet de savoir de quelle clé il s’agit, par exemple «\u00a0Clé USB bleue\u00a0».',
  },
  country: { label: 'Pays', hint: 'Le pays qui a délivré votre eID.' },
  form: { label: 'Formulaire' },
} satisfies Content['fields'];

export const methodsFr = {
  password: 'Mot de passe',
  appPin: 'Application mobile + code PIN',
  appQr: 'Code QR de l’application mobile EU Login',
  securityKey: 'Clé de sécurité ou plateforme de confiance',
} satisfies Content['methods'];

export const keyKindsFr = {
  securityKey: 'Clé de sécurité à brancher ou à approcher (une YubiKey, par exemple)',
  trustedPlatform: 'Plateforme de confiance intégrée à cet ordinateur (Windows Hello, par exemple)',
} satisfies Content['keyKinds'];

export const noSmartphoneOptionsFr = {
  tablet: {
    label: 'Une tablette',
    description:
      'Installez l’application EU Login sur une tablette Android ou un iPad\u00a0; elle fonctionne comme sur un téléphone.',
  },
  securityKey: {
    label: 'Une clé de sécurité',
    description: 'Une petite clé USB ou NFC (une YubiKey, par exemple) que vous touchez pour confirmer.',
  },
  trustedPlatform: {
    label: 'Windows Hello ou votre Mac',
    description: 'Votre ordinateur confirme avec votre empreinte digitale, votre visage ou un code PIN.',
  },
} satisfies Content['noSmartphoneOptions'];

export const recoverySituationsFr = {
  otherFactor: {
    label: 'Un autre facteur fonctionne encore',
    description:
      'L’ancien téléphone est perdu ou inutilisable, mais une clé de sécurité, une eID ou un deuxième téléphone fonctionne\u00a0: connectez-vous avec, supprimez l’ancien téléphone et associez le nouveau. Si l’ancien téléphone fonctionne encore, ajoutez d’abord le nouveau et supprimez l’ancien ensuite.',
  },
  noFactor: {
    label: 'Je n’ai aucun autre facteur',
    description:
      'Connectez-vous avec votre mot de passe, supprimez tous vos appareils et eID dans Mon compte («\u00a0Supprimer tous mes appareils et eID (PANIC)\u00a0»), puis associez le nouveau téléphone.',
  },
} satisfies Content['recoverySituations'];

export const surfacesFr = {
  pc: 'l’ordinateur',
  phone: 'le téléphone',
  mail: 'la boîte mail',
  guide: 'ce guide',
} satisfies Content['surfaces'];

export const countriesFr = {
  AT: 'Autriche',
  BE: 'Belgique',
  CZ: 'Tchéquie',
  DE: 'Allemagne',
  DK: 'Danemark',
  EE: 'Estonie',
  ES: 'Espagne',
  FI: 'Finlande',
  HR: 'Croatie',
  IT: 'Italie',
  LT: 'Lituanie',
  LU: 'Luxembourg',
  LV: 'Lettonie',
  MT: 'Malte',
  NL: 'Pays-Bas',
  PL: 'Pologne',
  PT: 'Portugal',
  SE: 'Suède',
  SI: 'Slovénie',
  SK: 'Slovaquie',
} satisfies Content['countries'];

export const flowsFr = {
  coach: 'Premiers pas',
  signIn: 'Se connecter',
  register: 'Créer un compte',
  password: 'Choisir un mot de passe',
  passwordReset: 'Réinitialiser le mot de passe',
  account: 'Mon compte',
  device: 'Appareils mobiles',
  app: 'L’application EU Login',
  pin: 'Le code PIN de l’application',
  eid: 'eID nationale',
  key: 'Clés de sécurité',
  noSmartphone: 'Pas de smartphone',
  recovery: 'Téléphone perdu ou nouveau',
  panic: 'Supprimer tous les appareils',
} satisfies Content['flows'];

export const whatIfKindsFr = {
  condition: 'Un élément de votre situation',
  action: 'Quelque chose que vous pourriez faire',
} satisfies Content['whatIfKinds'];

export const phoneStatesFr = {
  app: {
    notInstalled: 'Application non installée',
    installed: 'Application installée, non configurée',
    waitingForQr: 'Application en attente de lecture d’un code QR',
    initialised: 'Application configurée et associée',
  },
  permission: {
    unknown: 'Pas encore demandée',
    allowed: 'Autorisée',
    denied: 'Refusée',
  },
} satisfies Content['phoneStates'];
