import type { FlowHelpdeskScripts } from '../../content.types.js';

export const signInHelpdeskFr = {
  'signIn.email': {
    ask: [
      'Que montre la page\u00a0: un seul champ pour votre adresse e-mail, ou aussi un champ pour votre mot de passe\u00a0?',
      'Sous quelle adresse le site que vous voulez utiliser vous connaît-il\u00a0?',
    ],
    say: [
      'Saisissez l’adresse e-mail avec laquelle vous vous êtes inscrit, sans espace avant ni après.',
      'Appuyez sur «\u00a0Suivant\u00a0». Si vous n’avez pas encore de compte, choisissez plutôt «\u00a0Créer un compte\u00a0».',
      'Si aucun site ne vous a envoyé vers EU Login, ouvrez vous-même https://webgate.ec.europa.eu/cas/login.',
    ],
    ifThen: [
      {
        if: 'La page indique que l’utilisateur est introuvable',
        then: 'Vérifiez l’orthographe avec lui. Si elle est correcte, il n’a pas de compte avec cette adresse\u00a0: il faut en créer un.',
      },
      {
        if: 'Une autre adresse est déjà remplie',
        then: 'Effacez-la et saisissez la bonne, ou utilisez «\u00a0Se connecter avec une autre adresse e-mail\u00a0».',
      },
      {
        if: 'L’appelant a plusieurs adresses',
        then: 'Demandez laquelle a reçu l’e-mail de confirmation d’EU Login\u00a0: c’est celle du compte.',
      },
    ],
  },
  'signIn.userNotFound': {
    ask: [
      'Pouvez-vous me lire l’adresse affichée sur la page, lettre par lettre\u00a0?',
      'Avez-vous déjà reçu un e-mail d’EU Login à une autre adresse\u00a0?',
    ],
    say: [
      'Si l’adresse est mal saisie, choisissez «\u00a0Se connecter avec une autre adresse e-mail\u00a0» et saisissez-la à nouveau.',
      'Si vous n’avez jamais créé de compte, choisissez «\u00a0Créer un compte\u00a0».',
    ],
    ifThen: [
      {
        if: 'L’adresse contient une faute de frappe',
        then: 'Revenez en arrière et saisissez-la à nouveau, lentement.',
      },
      {
        if: 'L’appelant est sûr de s’être inscrit avec cette adresse',
        then: 'Demandez-lui de chercher un e-mail d’EU Login dans sa boîte de réception et dans les indésirables\u00a0; il a peut-être utilisé une autre adresse.',
      },
    ],
  },
  'signIn.password': {
    ask: [
      'Voyez-vous votre adresse avec «\u00a0(externe)\u00a0» en dessous\u00a0?',
      'Quelles méthodes figurent dans la liste «\u00a0Choisissez votre méthode de vérification\u00a0»\u00a0?',
      'Avez-vous déjà configuré l’application EU Login, une clé de sécurité ou une eID\u00a0?',
    ],
    say: [
      'Saisissez votre mot de passe EU Login. Les majuscules et les minuscules comptent.',
      'Choisissez «\u00a0Application mobile + code PIN\u00a0» (certaines pages disent «\u00a0Code PIN de l’application mobile EU Login\u00a0») si votre téléphone est configuré, puis appuyez sur «\u00a0Se connecter\u00a0».',
    ],
    ifThen: [
      {
        if: '«\u00a0Mot de passe\u00a0» seul est refusé ou absent',
        then: 'Le site exige un second facteur. Configurez d’abord l’application, une clé de sécurité ou une eID.',
      },
      {
        if: 'L’appelant a oublié son mot de passe',
        then: 'Utilisez «\u00a0Mot de passe perdu\u00a0?\u00a0» sous le champ du mot de passe.',
      },
      {
        if: 'La page indique que le mot de passe est faux, par exemple «\u00a0mot de passe fourni incorrect\u00a0»',
        then: 'Vérifiez la touche Verr. Maj et la disposition du clavier, ou utilisez «\u00a0Mot de passe perdu\u00a0?\u00a0» pour en définir un nouveau. Après {passwordAttempts} essais erronés, la connexion est bloquée pendant un moment (supposé).',
      },
      {
        if: 'Le téléphone avec l’application est perdu',
        then: 'Passez aux solutions de récupération\u00a0: un autre facteur, ou la suppression de tous les appareils.',
      },
      {
        if: '«\u00a0Mot de passe\u00a0» manque pour tous les sites, même ceux qui l’acceptaient avant',
        then: 'L’option de compte «\u00a0Toujours exiger l’authentification multifacteur\u00a0» est peut-être activée\u00a0: connectez-vous avec le second facteur. Si ce facteur est perdu, seul le support d’EU Login peut aider (https://webgate.ec.europa.eu/cas/help.html).',
      },
      {
        if: 'L’appelant se connecte sur le téléphone où se trouve l’application EU Login',
        then: 'Il peut choisir «\u00a0On Mobile\u00a0» dans la liste\u00a0: EU Login ouvre l’application sur ce même téléphone pour confirmer avec le code PIN ou l’empreinte digitale. Ce coach ne l’entraîne pas.',
      },
      {
        if: 'L’appelant recevait auparavant des codes par SMS',
        then: 'EU Login a arrêté les codes par SMS à la mi-2025. Configurez plutôt l’application EU Login, une clé de sécurité ou une eID.',
      },
      {
        if: 'La page indique qu’il est connecté en tant qu’un utilisateur et ne peut pas utiliser un facteur enregistré pour un autre utilisateur',
        then: 'Ce téléphone, cette clé ou cette eID est associé à un autre compte EU Login. Connectez-vous avec le bon compte, ou contactez le support d’EU Login, qui a une procédure pour ce cas (https://webgate.ec.europa.eu/cas/help.html).',
      },
      {
        if: 'La page affiche l’erreur 5305',
        then: 'L’aide d’EU Login relie cette erreur à PANIC\u00a0: connectez-vous avec le mot de passe, ouvrez Mon compte, utilisez «\u00a0Supprimer tous mes appareils et eID (PANIC)\u00a0», puis ajoutez de nouveau un facteur.',
      },
    ],
  },
  'signIn.locked': {
    ask: [
      'Combien de fois avez-vous essayé le mot de passe\u00a0?',
      'Connaissez-vous encore le mot de passe, ou faut-il le réinitialiser\u00a0?',
    ],
    say: [
      'Attendez environ {lockoutMinutes} minutes avant de réessayer (un chiffre supposé\u00a0: EU Login ne le publie pas).',
      'Si vous n’êtes pas sûr du mot de passe, choisissez dès maintenant «\u00a0Mot de passe perdu\u00a0?\u00a0».',
    ],
    ifThen: [
      {
        if: 'L’appelant ne peut pas attendre',
        then: 'Réinitialisez le mot de passe avec «\u00a0Mot de passe perdu\u00a0?\u00a0».',
      },
      {
        if: 'Le blocage ne se lève pas après l’attente',
        then: 'Réinitialisez le mot de passe\u00a0; si cela échoue aussi, contactez le support d’EU Login via https://webgate.ec.europa.eu/cas/help.html.',
      },
    ],
  },
  'signIn.pinWait': {
    ask: [
      'L’ordinateur indique-t-il qu’il attend votre appareil mobile\u00a0?',
      'L’application EU Login est-elle ouverte sur votre téléphone, et le téléphone a-t-il accès à Internet\u00a0?',
    ],
    say: [
      'Prenez votre téléphone et ouvrez l’application EU Login.',
      'La demande devrait apparaître\u00a0; si l’application était fermée, touchez plutôt la notification.',
    ],
    ifThen: [
      {
        if: 'Aucune demande n’arrive sur le téléphone',
        then: 'Vérifiez les données mobiles ou le Wi-Fi\u00a0; la méthode par code PIN a besoin d’Internet. Sinon, choisissez la méthode par code QR, qui fonctionne hors ligne.',
      },
      {
        if: 'L’ordinateur indique que la demande a expiré',
        then: 'Appuyez sur «\u00a0Réessayer\u00a0» et confirmez sur le téléphone dans les {pinWaitSeconds} secondes environ (supposé).',
      },
      {
        if: 'Les notifications sont désactivées pour l’application',
        then: 'Ouvrez directement l’application\u00a0; pour recevoir des alertes, autorisez les notifications dans les paramètres du téléphone.',
      },
    ],
  },
  'signIn.appNotification': {
    ask: ['Voyez-vous une notification d’EU Login sur votre téléphone\u00a0?', 'Le téléphone est-il verrouillé\u00a0?'],
    say: [
      'Déverrouillez votre téléphone et touchez la notification d’EU Login.',
      'Si vous l’avez fait disparaître, ouvrez directement l’application EU Login.',
    ],
    ifThen: [
      {
        if: 'Il n’y a pas de notification',
        then: 'Ouvrez l’application EU Login\u00a0; la demande en attente s’y affiche aussi.',
      },
      {
        if: 'La notification ouvre un autre compte',
        then: 'Utilisez «\u00a0Changer de compte\u00a0» dans l’application, si elle contient plusieurs comptes.',
      },
    ],
  },
  'signIn.appPin': {
    ask: [
      'L’application affiche-t-elle un pavé pour le code PIN\u00a0?',
      'Vous souvenez-vous du code PIN à quatre chiffres choisi sur l’ordinateur lors de l’ajout de ce téléphone\u00a0?',
    ],
    say: [
      'Saisissez les quatre chiffres et touchez «\u00a0S’authentifier\u00a0».',
      'Il s’agit du code PIN de l’application, ni du code de déverrouillage du téléphone ni de votre mot de passe.',
    ],
    ifThen: [
      {
        if: 'L’application indique que le code PIN est faux',
        then: 'Réessayez une fois, attentivement. Après {pinAttempts} codes PIN erronés, la demande est refusée (supposé).',
      },
      {
        if: 'L’appelant a oublié le code PIN',
        then: 'Ouvrez les paramètres de l’application et utilisez «\u00a0Code PIN oublié\u00a0».',
      },
      {
        if: 'L’ordinateur n’avance pas après le code PIN',
        then: 'Patientez un instant\u00a0; s’il attend toujours, appuyez sur «\u00a0Réessayer\u00a0» sur l’ordinateur.',
      },
    ],
  },
  'signIn.refused': {
    ask: [
      'L’application a-t-elle indiqué que le code PIN était faux\u00a0?',
      'Êtes-vous sûr du code PIN, ou faut-il le réinitialiser\u00a0?',
    ],
    say: [
      'Appuyez sur «\u00a0Réessayer\u00a0» sur l’ordinateur et confirmez sur le téléphone avec le bon code PIN.',
      'Si vous ne vous souvenez pas du code PIN, réinitialisez-le d’abord dans l’application.',
    ],
    ifThen: [
      {
        if: 'L’appelant ne connaît pas le code PIN',
        then: 'Allez dans les paramètres de l’application et utilisez «\u00a0Code PIN oublié\u00a0».',
      },
      {
        if: 'La réinitialisation du code PIN dans l’application échoue',
        then: 'Supprimez l’appareil dans «\u00a0Gérer mes appareils mobiles\u00a0» et ajoutez de nouveau le téléphone.',
      },
    ],
  },
  'signIn.qrScan': {
    ask: [
      'Y a-t-il un code QR sur l’écran de l’ordinateur\u00a0?',
      'Avez-vous ouvert le lecteur de l’application EU Login, ou l’appareil photo du téléphone\u00a0?',
    ],
    say: [
      'Ouvrez l’application EU Login et utilisez son lecteur de code QR.',
      'Tenez le téléphone de façon que tout le code QR tienne dans le cadre.',
    ],
    ifThen: [
      {
        if: 'L’appelant a utilisé l’appareil photo du téléphone',
        then: 'L’appareil photo ne peut pas utiliser ce code. Ouvrez l’application EU Login et scannez depuis celle-ci.',
      },
      {
        if: 'L’application indique qu’elle n’est pas configurée',
        then: 'Ce téléphone n’est pas encore associé au compte\u00a0: ajoutez-le d’abord, ou choisissez une autre méthode.',
      },
      {
        if: 'Le code a expiré',
        then: 'Appuyez sur «\u00a0Réessayer\u00a0» sur l’ordinateur pour obtenir un nouveau code QR.',
      },
    ],
  },
  'signIn.qrCode': {
    ask: [
      'Que montre l’application\u00a0: un code fait de lettres et de chiffres\u00a0?',
      'Le code QR est-il toujours sur l’écran de l’ordinateur\u00a0?',
    ],
    say: [
      'Saisissez le code exactement comme l’application l’affiche.',
      'Appuyez sur «\u00a0Se connecter\u00a0» sur l’ordinateur.',
    ],
    ifThen: [
      {
        if: 'L’ordinateur indique que le code est faux',
        then: 'Comparez chaque caractère avec l’application, car certains se ressemblent (8 et B, 5 et S), ou scannez de nouveau le code QR pour obtenir un nouveau code.',
      },
      {
        if: 'L’ordinateur indique que le code a déjà été utilisé',
        then: 'Scannez de nouveau le code QR pour obtenir un nouveau code.',
      },
      {
        if: 'L’ordinateur indique que le code a expiré',
        then: 'Appuyez sur «\u00a0Réessayer\u00a0»\u00a0; les codes durent environ {challengeMinutes} minutes (supposé).',
      },
    ],
  },
  'signIn.securityKey': {
    ask: [
      'Que vous demande la fenêtre du navigateur\u00a0?',
      'Votre clé de sécurité est-elle branchée, ou utilisez-vous Windows Hello\u00a0?',
    ],
    say: [
      'Branchez la clé et touchez son bouton quand il clignote, ou suivez l’invite de Windows Hello.',
      'Ne fermez pas la fenêtre du navigateur pendant l’attente.',
    ],
    ifThen: [
      {
        if: 'L’invite a été fermée ou annulée',
        then: 'Appuyez de nouveau sur «\u00a0Se connecter\u00a0» pour obtenir une nouvelle invite.',
      },
      {
        if: 'La page indique que la clé n’est pas enregistrée',
        then: 'Cette clé n’a jamais été ajoutée au compte. Utilisez une autre clé ou une autre méthode, ou ajoutez-la dans «\u00a0Gérer mes clés de sécurité et plateformes de confiance\u00a0».',
      },
    ],
  },
  'signIn.expired': {
    ask: [
      'Combien de temps avez-vous attendu avant de confirmer sur le téléphone\u00a0?',
      'Le téléphone avait-il accès à Internet à ce moment-là\u00a0?',
    ],
    say: [
      'Appuyez sur «\u00a0Réessayer\u00a0» sur l’ordinateur.',
      'Déverrouillez le téléphone et ouvrez l’application EU Login avant d’appuyer sur «\u00a0Se connecter\u00a0».',
    ],
    ifThen: [
      {
        if: 'La demande expire à chaque fois',
        then: 'Passez à la méthode par code QR\u00a0: elle ne demande pas d’Internet sur le téléphone.',
      },
      {
        if: 'Le téléphone est hors ligne',
        then: 'Activez les données mobiles ou le Wi-Fi, ou utilisez la méthode par code QR.',
      },
    ],
  },
  'signIn.done': {
    ask: ['Voyez-vous le site que vous vouliez, avec votre nom ou le menu de votre compte\u00a0?'],
    say: [
      'Vous êtes connecté. La prochaine fois, vous vous connecterez de la même façon.',
      'Se déconnecter d’EU Login ne vous déconnecte pas des sites déjà ouverts.',
    ],
    ifThen: [
      {
        if: 'Le site indique toujours que l’accès est refusé',
        then: 'Le site exige peut-être une méthode plus forte que celle utilisée\u00a0: déconnectez-vous et reconnectez-vous avec l’application ou une clé.',
      },
      {
        if: 'Le site répond INVALID_USER ou indique qu’il n’accepte que les utilisateurs internes',
        then: 'Ce site est réservé aux comptes du personnel\u00a0; un compte créé par soi-même (externe) ne peut pas l’utiliser. Orientez l’appelant vers le service d’assistance du site lui-même.',
      },
    ],
  },
} satisfies FlowHelpdeskScripts<'signIn'>;
