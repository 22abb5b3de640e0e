import type { Content } from '../content.types.js';

/** Params the machine attaches: {min}, {max}, {length}, {attemptsLeft}. */
export const errorsFr = {
  email: {
    required: 'Saisissez votre adresse e-mail.',
    format:
      'Cela ne ressemble pas à une adresse e-mail. Vérifiez qu’il ne manque pas un @ et qu’il n’y a pas de faute de frappe.',
    tooLong: 'Une adresse e-mail peut compter au maximum {max} caractères.',
    institution:
      'Vous ne pouvez pas créer de compte avec une adresse e-mail appartenant à une institution. Le personnel des institutions européennes reçoit son compte de l’institution.',
    disposable: 'Cela ressemble à une boîte mail temporaire. Utilisez une adresse permanente que vous garderez.',
    alreadyRegistered:
      'Un compte utilise déjà cette adresse. Utilisez «\u00a0Mot de passe perdu\u00a0?\u00a0» pour y accéder de nouveau.',
    notEnrolled: 'Aucun compte EU Login n’utilise cette adresse.',
    wrong: 'Ce n’est pas l’adresse du compte associé à l’application.',
    unsupported: 'Cette adresse ne peut pas être utilisée avec EU Login.',
  },
  emailConfirm: {
    required: 'Saisissez de nouveau votre adresse e-mail.',
    format: 'Cela ne ressemble pas à une adresse e-mail.',
    tooLong: 'Une adresse e-mail peut compter au maximum {max} caractères.',
    mismatch: 'Les deux adresses sont différentes. Saisissez la même adresse dans les deux champs.',
  },
  firstName: {
    required: 'Saisissez votre prénom.',
    tooLong: 'Utilisez au maximum {max} caractères.',
    invalidCharacters:
      'Utilisez uniquement des lettres, avec des espaces, des traits d’union ou des apostrophes si nécessaire.',
  },
  lastName: {
    required: 'Saisissez votre nom.',
    tooLong: 'Utilisez au maximum {max} caractères.',
    invalidCharacters:
      'Utilisez uniquement des lettres, avec des espaces, des traits d’union ou des apostrophes si nécessaire.',
  },
  emailLanguage: {
    required: 'Choisissez la langue des e-mails d’EU Login.',
    unsupported: 'Choisissez l’une des langues de la liste.',
  },
  captcha: {
    required: 'Saisissez les caractères affichés dans l’image.',
    format: 'Saisissez uniquement les lettres et les chiffres de l’image.',
    wrong: 'Ce ne sont pas les caractères de l’image. Réessayez, ou obtenez une nouvelle image.',
    expired: 'L’image a expiré. Obtenez-en une nouvelle et saisissez ses caractères.',
  },
  privacy: {
    mustAccept: 'Cochez la case pour confirmer que vous avez lu la déclaration de confidentialité.',
  },
  password: {
    required: 'Saisissez votre mot de passe.',
    tooShort: 'Utilisez au moins {min} caractères.',
    tooLong: 'Utilisez au maximum {max} caractères (une limite supposée\u00a0: EU Login n’en publie aucune).',
    missingUpper: 'Ajoutez au moins une majuscule.',
    missingLower: 'Ajoutez au moins une minuscule.',
    missingDigit: 'Ajoutez au moins un chiffre.',
    missingSpecial: 'Ajoutez au moins un caractère spécial, comme\u00a0! # ou %.',
    containsPersonalData:
      'Cet entraînement refuse un mot de passe qui contient votre nom ou la première partie de votre adresse e-mail (règle supposée).',
    wrong: 'Mot de passe incorrect. Essais restants avant un blocage temporaire (supposé)\u00a0: {attemptsLeft}.',
    tooManyAttempts:
      'Trop de mots de passe incorrects. Patientez un moment, ou utilisez «\u00a0Mot de passe perdu\u00a0?\u00a0».',
    tooSoon: 'Vous avez changé votre mot de passe très récemment. Vous pourrez le changer de nouveau après 24 heures.',
    mismatch: 'Les deux mots de passe sont différents. Saisissez le même mot de passe dans les deux champs.',
    expired: 'Cette page a expiré. Demandez un nouveau lien avec «\u00a0Mot de passe perdu\u00a0?\u00a0».',
  },
  passwordConfirm: {
    required: 'Saisissez de nouveau le mot de passe.',
    mismatch: 'Les deux mots de passe sont différents. Saisissez le même mot de passe dans les deux champs.',
  },
  method: {
    required: 'Choisissez une méthode de vérification.',
    mfaRequired:
      'Ce site exige un second facteur. Choisissez l’application, une clé de sécurité ou une eID plutôt que le mot de passe seul.',
    accountRequiresMfa:
      'Votre compte demande toujours un second facteur («\u00a0Toujours exiger l’authentification multifacteur\u00a0» est activé). Choisissez l’application ou une clé de sécurité.',
    notEnrolled:
      'Cette méthode n’est pas encore configurée sur votre compte. Choisissez-en une autre, ou configurez-la dans Mon compte.',
    cancelled: 'La confirmation a été annulée. Réessayez, ou choisissez une autre méthode.',
    unavailable: 'Cette méthode n’est pas disponible pour ce site. Choisissez-en une autre.',
    expired: 'La demande a pris trop de temps. Réessayez.',
    tooManyAttempts: 'Trop d’essais infructueux avec cette méthode. Patientez un moment, ou choisissez-en une autre.',
    unsupported: 'Ce site n’accepte pas cette méthode. Choisissez-en une autre.',
    wrong: 'La confirmation ne correspond pas. Réessayez.',
  },
  deviceName: {
    required: 'Donnez un nom à votre appareil, par exemple «\u00a0Mon téléphone\u00a0».',
    tooLong: 'Utilisez au maximum {max} caractères.',
    invalidCharacters: 'N’utilisez pas les caractères < et > ni aucun caractère de contrôle spécial.',
    alreadyRegistered: 'Un appareil portant ce nom figure déjà sur votre compte. Choisissez un autre nom.',
  },
  pin: {
    required: 'Saisissez un code PIN à quatre chiffres.',
    notDigits: 'Utilisez uniquement des chiffres, sans lettres ni signes.',
    wrongLength: 'Le code PIN doit compter exactement {length} chiffres.',
    wrong: 'Code PIN incorrect. Essais restants (supposé)\u00a0: {attemptsLeft}.',
    tooManyAttempts:
      'Trop de codes PIN incorrects\u00a0: la demande est refusée. Recommencez, ou réinitialisez le code PIN dans l’application.',
    expired: 'La demande a expiré. Recommencez sur l’ordinateur.',
    mismatch: 'Les deux codes PIN sont différents. Saisissez deux fois les mêmes quatre chiffres.',
  },
  pinConfirm: {
    required: 'Saisissez de nouveau le code PIN.',
    mismatch: 'Les deux codes PIN sont différents. Saisissez deux fois les mêmes quatre chiffres.',
  },
  otp: {
    required: 'Saisissez le code affiché dans l’application.',
    invalidCharacters: 'Saisissez uniquement les lettres et les chiffres affichés dans l’application.',
    wrongLength:
      'Saisissez les {length} lettres et chiffres affichés par l’application EU Login, ou les 6 chiffres de votre propre application d’authentification.',
    wrong: 'Ce code n’est pas correct. Vérifiez-le, ou scannez de nouveau le code QR pour en obtenir un nouveau.',
    used: 'Ce code a déjà été utilisé. Scannez de nouveau le code QR pour en obtenir un nouveau.',
    expired: 'Ce code a expiré. Recommencez pour obtenir un nouveau code QR.',
    tooManyAttempts:
      'Trop de codes incorrects\u00a0: ce code QR ne fonctionne plus, et la connexion au compte est bloquée pendant un moment. Patientez, ou réinitialisez votre mot de passe.',
  },
  keyName: {
    required: 'Donnez un nom à votre clé, par exemple «\u00a0Clé USB bleue\u00a0».',
    tooLong: 'Utilisez au maximum {max} caractères.',
    invalidCharacters: 'N’utilisez pas les caractères < et > ni aucun caractère de contrôle spécial.',
    alreadyRegistered: 'Cette clé figure déjà sur votre compte.',
    cancelled: 'L’invite du navigateur a été annulée\u00a0: la clé n’a donc pas été ajoutée.',
  },
  country: {
    required: 'Choisissez le pays qui a délivré votre eID.',
    unsupported: 'L’eID de ce pays ne peut pas encore être liée à EU Login.',
    cancelled: 'Vous avez annulé sur la page eID nationale. Rien n’a été lié.',
    unavailable: 'Le service eID national n’a pas répondu. Réessayez plus tard.',
    wrong: 'La connexion avec l’eID nationale a échoué. Réessayez.',
    notLinked:
      'Cette eID n’est liée à aucun compte EU Login. Se connecter avec elle créerait un compte distinct\u00a0: pour l’utiliser avec le vôtre, connectez-vous avec votre mot de passe et liez-la dans Mon compte, «\u00a0Gérer mes eID\u00a0».',
  },
  form: {
    unavailable: 'EU Login n’a pas pu être joint. Vérifiez votre connexion et réessayez.',
    notEnrolled:
      'L’application EU Login de ce téléphone n’est pas encore configurée. Ajoutez d’abord le téléphone à votre compte.',
    invalidCharacters: 'L’application n’a pas pu utiliser ce code QR. Scannez le code affiché sur la page EU Login.',
    expired: 'Cette page a expiré. Recommencez.',
    used: 'Ce lien a déjà été utilisé. Demandez-en un nouveau.',
    tooManyAttempts: 'Trop d’essais. Patientez un moment et recommencez.',
    cancelled: 'Annulé. Rien n’a été modifié.',
    wrong: 'Quelque chose ne correspond pas. Vérifiez ce que vous avez saisi et réessayez.',
  },
  fallback: {
    required: 'Remplissez ce champ.',
    format: 'Vérifiez le format de cette valeur.',
    tooLong: 'Utilisez au maximum {max} caractères.',
    tooShort: 'Utilisez au moins {min} caractères.',
    invalidCharacters: 'Cette valeur contient des caractères non autorisés.',
    mismatch: 'Les deux valeurs sont différentes.',
    missingUpper: 'Ajoutez au moins une majuscule.',
    missingLower: 'Ajoutez au moins une minuscule.',
    missingDigit: 'Ajoutez au moins un chiffre.',
    missingSpecial: 'Ajoutez au moins un caractère spécial.',
    containsPersonalData: 'N’utilisez ni votre nom ni votre adresse e-mail.',
    notDigits: 'Utilisez uniquement des chiffres.',
    wrongLength: 'Utilisez exactement {length} caractères.',
    mustAccept: 'Cochez cette case pour continuer.',
    unsupported: 'Ce choix n’est pas disponible.',
    institution: 'Les adresses des institutions européennes ne peuvent pas être utilisées ici.',
    disposable: 'Les adresses temporaires ne peuvent pas être utilisées ici.',
    alreadyRegistered: 'C’est déjà enregistré.',
    wrong: 'Ce n’est pas correct. Réessayez.',
    tooSoon: 'Trop tôt. Réessayez plus tard.',
    notEnrolled: 'Ce n’est pas encore configuré sur votre compte.',
    notLinked: 'Ce n’est lié à aucun compte EU Login.',
    mfaRequired: 'Un second facteur est nécessaire ici.',
    accountRequiresMfa: 'Ce compte exige toujours un second facteur.',
    used: 'Cela a déjà été utilisé.',
    expired: 'Cela a expiré. Recommencez.',
    cancelled: 'Annulé.',
    tooManyAttempts: 'Trop d’essais. Patientez un moment et réessayez.',
    unavailable: 'Ce n’est pas disponible pour le moment. Réessayez.',
  },
} satisfies Content['errors'];
