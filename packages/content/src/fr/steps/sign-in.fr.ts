import type { FlowStepTexts } from '../../content.types.js';

export const signInStepsFr = {
  'signIn.email': {
    title: 'Saisissez votre adresse e-mail',
    body: 'Sur l’ordinateur, la page EU Login demande d’abord votre adresse e-mail. Saisissez-la et appuyez sur «\u00a0Suivant\u00a0».',
  },
  'signIn.userNotFound': {
    title: 'Aucun compte pour cette adresse',
    body: 'Sur l’ordinateur, EU Login indique qu’il ne connaît aucun compte pour l’adresse saisie. Vérifiez l’orthographe, essayez une autre adresse ou créez un compte.',
  },
  'signIn.password': {
    title: 'Saisissez votre mot de passe et choisissez comment confirmer',
    body: 'Sur l’ordinateur, saisissez votre mot de passe et choisissez une méthode dans «\u00a0Choisissez votre méthode de vérification\u00a0», puis appuyez sur «\u00a0Se connecter\u00a0». La liste ne propose que les méthodes acceptées par le site.',
  },
  'signIn.locked': {
    title: 'Trop d’essais infructueux',
    body: 'Sur l’ordinateur, EU Login refuse pendant un moment la connexion à ce compte après trop d’essais infructueux\u00a0: mauvais mots de passe, mauvais codes PIN de l’application ou mauvais codes à usage unique. Recommencer ne lève pas le blocage. Attendez environ {lockoutMinutes} minutes ou réinitialisez votre mot de passe.',
    assumed:
      'EU Login ne publie ni le nombre d’essais infructueux accepté ni la durée d’attente qui suit. Le coach suppose {passwordAttempts} mots de passe, {pinAttempts} codes PIN de l’application ou {otpAttempts} codes d’affilée, et {lockoutMinutes} minutes.',
  },
  'signIn.pinWait': {
    title: 'Confirmez la connexion sur votre téléphone',
    body: 'L’ordinateur attend maintenant pendant qu’EU Login envoie une demande à votre téléphone. Ouvrez l’application EU Login\u00a0: la demande apparaît et vous demande votre code PIN.',
    assumed:
      'EU Login ne publie pas combien de temps l’ordinateur attend votre confirmation. Le coach suppose {pinWaitSeconds} secondes.',
  },
  'signIn.appNotification': {
    title: 'Touchez la notification',
    body: 'L’application était en arrière-plan\u00a0: votre téléphone affiche donc une notification d’EU Login. Touchez-la pour ouvrir la demande.',
  },
  'signIn.appPin': {
    title: 'Saisissez le code PIN de l’application',
    body: 'Sur votre téléphone, l’application EU Login demande le code PIN à quatre chiffres choisi lors de l’ajout du téléphone. Saisissez-le et touchez «\u00a0S’authentifier\u00a0».',
    assumed:
      'EU Login ne publie pas combien de codes PIN erronés l’application accepte. Le coach en suppose {pinAttempts}\u00a0; ensuite, la demande est refusée.',
  },
  'signIn.refused': {
    title: 'Connexion refusée',
    body: 'Sur l’ordinateur, EU Login indique que la demande a été refusée, généralement après trop de codes PIN erronés dans l’application. Ces codes PIN comptent pour le compte, pas pour une seule demande\u00a0: après {pinAttempts} d’affilée, la connexion est bloquée pendant environ {lockoutMinutes} minutes, même avec une nouvelle demande.',
    assumed:
      'EU Login ne publie ni après combien de codes PIN erronés une demande est refusée, ni combien de temps la connexion reste ensuite bloquée. Le coach suppose {pinAttempts} codes PIN et {lockoutMinutes} minutes.',
  },
  'signIn.qrScan': {
    title: 'Scannez le code QR avec l’application',
    body: 'L’ordinateur affiche un code QR. Sur votre téléphone, ouvrez l’application EU Login, choisissez de scanner un code QR et pointez la caméra vers l’écran de l’ordinateur. Cela fonctionne même sans Internet.',
  },
  'signIn.qrCode': {
    title: 'Saisissez le code à usage unique sur l’ordinateur',
    body: 'Votre téléphone affiche maintenant un code à usage unique. Saisissez-le dans le champ sur l’ordinateur et appuyez sur «\u00a0Se connecter\u00a0». Chaque code ne fonctionne qu’une fois.',
    assumed:
      'EU Login ne publie ni la forme du code à usage unique ni sa durée de validité. Le coach affiche des lettres et des chiffres en deux groupes et les accepte pendant {challengeMinutes} minutes.',
  },
  'signIn.securityKey': {
    title: 'Utilisez votre clé de sécurité',
    body: 'Sur l’ordinateur, votre navigateur vous demande de confirmer avec votre clé de sécurité ou avec Windows Hello. Touchez la clé, ou utilisez votre empreinte digitale, votre visage ou votre code PIN.',
  },
  'signIn.expired': {
    title: 'La demande a expiré',
    body: 'Sur l’ordinateur, EU Login indique que la demande de connexion a pris trop de temps. Recommencez et confirmez un peu plus vite sur votre téléphone.',
    assumed:
      'EU Login ne publie pas la durée de validité d’une demande de connexion. Le coach suppose {pinWaitSeconds} secondes pour une demande par code PIN et {challengeMinutes} minutes pour un code QR.',
  },
  'signIn.done': {
    title: 'Vous êtes connecté',
    body: 'L’ordinateur est revenu sur le site que vous vouliez utiliser, et vous êtes connecté. Il n’y a rien d’autre à faire.',
  },
} satisfies FlowStepTexts<'signIn'>;
