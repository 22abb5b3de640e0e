import type { Content } from '../content.types.js';

export const stepsFr = {
  'coach.journeys': {
    title: 'Choisissez ce que vous voulez pratiquer',
    body: 'Choisissez la tâche à laquelle vous voulez vous entraîner, de la création d’un compte à la perte d’un téléphone. Avant de commencer, vous pouvez activer des incidents qui peuvent se produire.',
    helpdesk: {
      ask: [
        'Que souhaitez-vous faire aujourd’hui\u00a0: créer un compte, ajouter votre téléphone ou vous connecter\u00a0?',
        'Avez-vous déjà un compte EU Login\u00a0?',
        'Avez-vous un smartphone ou une tablette avec vous\u00a0?',
      ],
      say: [
        'Ouvrez le coach et choisissez le parcours qui correspond à ce que vous voulez faire.',
        'Si vous hésitez, choisissez la configuration complète\u00a0: elle couvre tout depuis le début.',
        'Pourquoi un second facteur\u00a0: même si quelqu’un vole ou devine votre mot de passe, il ne peut pas entrer sans votre téléphone, votre clé ou votre eID.',
      ],
      ifThen: [
        {
          if: 'L’appelant n’a pas de smartphone',
          then: 'Choisissez «\u00a0Pas de smartphone\u00a0? Utilisez une clé de sécurité\u00a0»\u00a0: une tablette, une clé de sécurité ou Windows Hello conviennent aussi.',
        },
        {
          if: 'L’appelant a perdu ou changé de téléphone',
          then: 'Ancien téléphone perdu ou inutilisable\u00a0: choisissez «\u00a0Remplacer un téléphone que vous ne pouvez plus utiliser\u00a0» si un autre facteur fonctionne encore, sinon «\u00a0J’ai perdu mon téléphone\u00a0». Ancien téléphone encore utilisable\u00a0: ajoutez d’abord le nouveau, puis supprimez l’ancien.',
        },
        {
          if: 'L’appelant se connecte déjà avec une eID nationale',
          then: 'Dites-lui qu’il n’a rien d’autre à configurer\u00a0: l’eID compte déjà pour deux facteurs.',
        },
      ],
    },
  },
  'signIn.email': {
    title: 'Saisissez votre adresse e-mail',
    body: 'Sur l’ordinateur, la page EU Login demande d’abord votre adresse e-mail. Saisissez-la et appuyez sur «\u00a0Suivant\u00a0».',
    helpdesk: {
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
  },
  'signIn.userNotFound': {
    title: 'Aucun compte pour cette adresse',
    body: 'Sur l’ordinateur, EU Login indique qu’il ne connaît aucun compte pour l’adresse saisie. Vérifiez l’orthographe, essayez une autre adresse ou créez un compte.',
    helpdesk: {
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
  },
  'signIn.password': {
    title: 'Saisissez votre mot de passe et choisissez comment confirmer',
    body: 'Sur l’ordinateur, saisissez votre mot de passe et choisissez une méthode dans «\u00a0Choisissez votre méthode de vérification\u00a0», puis appuyez sur «\u00a0Se connecter\u00a0». La liste ne propose que les méthodes acceptées par le site.',
    helpdesk: {
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
  },
  'signIn.locked': {
    title: 'Trop d’essais infructueux',
    body: 'Sur l’ordinateur, EU Login refuse pendant un moment la connexion à ce compte après trop d’essais infructueux\u00a0: mauvais mots de passe, mauvais codes PIN de l’application ou mauvais codes à usage unique. Recommencer ne lève pas le blocage. Attendez environ {lockoutMinutes} minutes ou réinitialisez votre mot de passe.',
    assumed:
      'EU Login ne publie ni le nombre d’essais infructueux accepté ni la durée d’attente qui suit. Le coach suppose {passwordAttempts} mots de passe, {pinAttempts} codes PIN de l’application ou {otpAttempts} codes d’affilée, et {lockoutMinutes} minutes.',
    helpdesk: {
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
  },
  'signIn.pinWait': {
    title: 'Confirmez la connexion sur votre téléphone',
    body: 'L’ordinateur attend maintenant pendant qu’EU Login envoie une demande à votre téléphone. Ouvrez l’application EU Login\u00a0: la demande apparaît et vous demande votre code PIN.',
    assumed:
      'EU Login ne publie pas combien de temps l’ordinateur attend votre confirmation. Le coach suppose {pinWaitSeconds} secondes.',
    helpdesk: {
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
  },
  'signIn.appNotification': {
    title: 'Touchez la notification',
    body: 'L’application était en arrière-plan\u00a0: votre téléphone affiche donc une notification d’EU Login. Touchez-la pour ouvrir la demande.',
    helpdesk: {
      ask: [
        'Voyez-vous une notification d’EU Login sur votre téléphone\u00a0?',
        'Le téléphone est-il verrouillé\u00a0?',
      ],
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
  },
  'signIn.appPin': {
    title: 'Saisissez le code PIN de l’application',
    body: 'Sur votre téléphone, l’application EU Login demande le code PIN à quatre chiffres choisi lors de l’ajout du téléphone. Saisissez-le et touchez «\u00a0S’authentifier\u00a0».',
    assumed:
      'EU Login ne publie pas combien de codes PIN erronés l’application accepte. Le coach en suppose {pinAttempts}\u00a0; ensuite, la demande est refusée.',
    helpdesk: {
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
  },
  'signIn.refused': {
    title: 'Connexion refusée',
    body: 'Sur l’ordinateur, EU Login indique que la demande a été refusée, généralement après trop de codes PIN erronés dans l’application. Ces codes PIN comptent pour le compte, pas pour une seule demande\u00a0: après {pinAttempts} d’affilée, la connexion est bloquée pendant environ {lockoutMinutes} minutes, même avec une nouvelle demande.',
    assumed:
      'EU Login ne publie ni après combien de codes PIN erronés une demande est refusée, ni combien de temps la connexion reste ensuite bloquée. Le coach suppose {pinAttempts} codes PIN et {lockoutMinutes} minutes.',
    helpdesk: {
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
  },
  'signIn.qrScan': {
    title: 'Scannez le code QR avec l’application',
    body: 'L’ordinateur affiche un code QR. Sur votre téléphone, ouvrez l’application EU Login, choisissez de scanner un code QR et pointez la caméra vers l’écran de l’ordinateur. Cela fonctionne même sans Internet.',
    helpdesk: {
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
  },
  'signIn.qrCode': {
    title: 'Saisissez le code à usage unique sur l’ordinateur',
    body: 'Votre téléphone affiche maintenant un code à usage unique. Saisissez-le dans le champ sur l’ordinateur et appuyez sur «\u00a0Se connecter\u00a0». Chaque code ne fonctionne qu’une fois.',
    assumed:
      'EU Login ne publie ni la forme du code à usage unique ni sa durée de validité. Le coach affiche des lettres et des chiffres en deux groupes et les accepte pendant {challengeMinutes} minutes.',
    helpdesk: {
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
  },
  'signIn.securityKey': {
    title: 'Utilisez votre clé de sécurité',
    body: 'Sur l’ordinateur, votre navigateur vous demande de confirmer avec votre clé de sécurité ou avec Windows Hello. Touchez la clé, ou utilisez votre empreinte digitale, votre visage ou votre code PIN.',
    helpdesk: {
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
  },
  'signIn.expired': {
    title: 'La demande a expiré',
    body: 'Sur l’ordinateur, EU Login indique que la demande de connexion a pris trop de temps. Recommencez et confirmez un peu plus vite sur votre téléphone.',
    assumed:
      'EU Login ne publie pas la durée de validité d’une demande de connexion. Le coach suppose {pinWaitSeconds} secondes pour une demande par code PIN et {challengeMinutes} minutes pour un code QR.',
    helpdesk: {
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
  },
  'signIn.done': {
    title: 'Vous êtes connecté',
    body: 'L’ordinateur est revenu sur le site que vous vouliez utiliser, et vous êtes connecté. Il n’y a rien d’autre à faire.',
    helpdesk: {
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
  },
  'register.form': {
    title: 'Remplissez le formulaire d’inscription',
    body: 'Sur l’ordinateur, saisissez votre prénom et votre nom, votre adresse e-mail deux fois, choisissez la langue des e-mails d’EU Login, saisissez les caractères de l’image et cochez la case de confidentialité. Appuyez ensuite sur «\u00a0Créer un compte\u00a0».',
    assumed:
      'Un guide indique que le code de l’image n’est demandé que «\u00a0si nécessaire\u00a0». Le coach le demande toujours.',
    helpdesk: {
      ask: [
        'Êtes-vous sur la page intitulée «\u00a0Créer un compte\u00a0»\u00a0?',
        'Quelle adresse e-mail allez-vous utiliser\u00a0? Ce doit être une adresse que vous pouvez ouvrir tout de suite.',
      ],
      say: [
        'Saisissez vos nom et prénom comme vous le souhaitez\u00a0; tous les alphabets sont acceptés.',
        'Saisissez votre adresse e-mail deux fois, de la même façon.',
        'Saisissez les caractères de l’image, cochez la case de la déclaration de confidentialité et appuyez sur «\u00a0Créer un compte\u00a0».',
      ],
      ifThen: [
        {
          if: 'La page indique que l’adresse est déjà enregistrée',
          then: 'Il a déjà un compte, peut-être créé pour un autre site. Utilisez «\u00a0Mot de passe perdu\u00a0?\u00a0» au lieu de vous inscrire.',
        },
        {
          if: 'La page refuse une adresse d’une institution européenne',
          then: 'Les comptes du personnel sont créés par l’institution. Utilisez une adresse privée, ou contactez le service informatique local.',
        },
        {
          if: 'L’image est difficile à lire',
          then: 'Appuyez sur le bouton aux deux flèches pour obtenir une nouvelle image.',
        },
        {
          if: 'Une adresse jetable est refusée',
          then: 'Utilisez une adresse permanente\u00a0: les e-mails d’EU Login comptent plus tard, pour les réinitialisations et les avis de sécurité.',
        },
      ],
    },
  },
  'register.mailSent': {
    title: 'Ouvrez l’e-mail de confirmation',
    body: 'Dans votre boîte mail, un e-mail d’EU Login arrive avec un lien. Cela peut prendre jusqu’à {mailMinutes} minutes\u00a0; regardez aussi dans les indésirables. Ouvrez le lien pour choisir votre mot de passe. (Ici, «\u00a0Attendre\u00a0» dans la boîte mail évite l’attente.)',
    assumed:
      'EU Login ne publie ni la durée de validité du lien ni s’il propose de renvoyer l’e-mail d’inscription. Le coach suppose {linkMinutes} minutes, propose «\u00a0Renvoyer l’e-mail\u00a0» et n’accepte que le lien le plus récent.',
    helpdesk: {
      ask: [
        'L’ordinateur a-t-il indiqué qu’un e-mail avait été envoyé\u00a0? À quelle adresse\u00a0?',
        'Avez-vous regardé dans le dossier des courriers indésirables\u00a0?',
        'Il y a combien de temps avez-vous appuyé sur «\u00a0Créer un compte\u00a0»\u00a0?',
      ],
      say: [
        'Cherchez un e-mail de automated-notifications@nomail.ec.europa.eu.',
        'Ouvrez-le et cliquez sur le lien, ou copiez-le dans la barre d’adresse du navigateur.',
      ],
      ifThen: [
        {
          if: 'Rien dans la boîte de réception',
          then: 'Vérifiez les indésirables, puis patientez\u00a0: cela peut prendre jusqu’à {mailMinutes} minutes.',
        },
        {
          if: 'L’adresse affichée sur l’ordinateur contient une faute de frappe',
          then: 'Cet e-mail n’arrivera jamais. Inscrivez-vous de nouveau avec la bonne adresse.',
        },
        {
          if: 'Le lien est coupé sur deux lignes',
          then: 'Copiez le lien entier, d’un seul tenant, dans la barre d’adresse du navigateur.',
        },
        {
          if: 'Le lien indique qu’il a expiré',
          then: 'Inscrivez-vous de nouveau\u00a0; le lien dure un temps limité ({linkMinutes} minutes ici, supposé).',
        },
      ],
    },
  },
  'register.linkExpired': {
    title: 'Le lien a expiré',
    body: 'Sur l’ordinateur, EU Login indique que le lien de confirmation est trop ancien. Recommencez l’inscription pour recevoir un nouvel e-mail.',
    assumed:
      'EU Login indique seulement que le lien fonctionne pendant un temps limité. Le coach suppose {linkMinutes} minutes et vous permet de renvoyer l’e-mail ou de vous inscrire de nouveau.',
    helpdesk: {
      ask: [
        'Quand l’e-mail est-il arrivé\u00a0?',
        'Avez-vous cliqué dans l’e-mail le plus récent, s’il y en a plusieurs\u00a0?',
      ],
      say: [
        'Revenez sur la page EU Login et choisissez de nouveau «\u00a0Créer un compte\u00a0».',
        'Ouvrez le nouvel e-mail peu après son arrivée.',
      ],
      ifThen: [
        {
          if: 'La page indique alors que l’adresse est déjà enregistrée',
          then: 'Utilisez «\u00a0Mot de passe perdu\u00a0?\u00a0» avec cette adresse pour terminer de définir un mot de passe.',
        },
        {
          if: 'Plusieurs e-mails sont arrivés',
          then: 'Utilisez le plus récent\u00a0; dans cet entraînement, seul le lien le plus récent fonctionne.',
        },
      ],
    },
  },
  'password.set': {
    title: 'Choisissez votre mot de passe',
    body: 'Sur l’ordinateur, saisissez deux fois un nouveau mot de passe. Il doit compter au moins {min} caractères, avec des majuscules et des minuscules, un chiffre et un caractère spécial.',
    assumed:
      'EU Login ne publie pas de règle interdisant votre nom ou votre adresse e-mail dans le mot de passe. Le coach en suppose une et refuse de tels mots de passe.',
    helpdesk: {
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
  },
  'register.done': {
    title: 'Votre compte est prêt',
    body: 'Sur l’ordinateur, EU Login confirme le mot de passe et vous connecte. Beaucoup de sites exigent aussi un second facteur\u00a0: ajoutez donc ensuite votre téléphone.',
    helpdesk: {
      ask: ['L’ordinateur indique-t-il que vous êtes maintenant authentifié\u00a0?'],
      say: [
        'Votre compte fonctionne. Ajoutez maintenant un second facteur\u00a0: l’application EU Login, une clé de sécurité ou une eID.',
        'Ouvrez l’icône en forme de roue dentée en haut à droite et choisissez «\u00a0Mon compte\u00a0».',
      ],
      ifThen: [
        {
          if: 'L’appelant n’a pas de smartphone',
          then: 'Une tablette, une clé de sécurité ou Windows Hello conviennent aussi.',
        },
      ],
    },
  },
  'passwordReset.request': {
    title: 'Demandez un nouveau mot de passe',
    body: 'Sur l’ordinateur, vérifiez votre adresse e-mail, saisissez les caractères de l’image et appuyez sur «\u00a0Obtenir un mot de passe\u00a0». EU Login vous envoie alors un lien par e-mail.',
    helpdesk: {
      ask: [
        'Votre adresse e-mail est-elle affichée sur la page\u00a0?',
        'Arrivez-vous à lire les caractères de l’image\u00a0?',
      ],
      say: [
        'Vérifiez que l’adresse est bien celle de votre compte EU Login.',
        'Saisissez les caractères de l’image et appuyez sur «\u00a0Obtenir un mot de passe\u00a0».',
      ],
      ifThen: [
        {
          if: 'L’image est illisible',
          then: 'Appuyez sur le bouton aux deux flèches pour obtenir une nouvelle image.',
        },
        {
          if: 'L’adresse e-mail du compte n’est plus à jour',
          then: 'L’e-mail part vers l’ancienne adresse. S’il ne peut plus l’ouvrir, contactez le support d’EU Login via https://webgate.ec.europa.eu/cas/help.html.',
        },
      ],
    },
  },
  'passwordReset.mailSent': {
    title: 'Ouvrez l’e-mail de réinitialisation',
    body: 'Dans votre boîte mail, un e-mail d’EU Login arrive avec un lien pour définir un nouveau mot de passe. Cela peut prendre jusqu’à {mailMinutes} minutes\u00a0; regardez aussi dans les indésirables. (Ici, «\u00a0Attendre\u00a0» dans la boîte mail évite l’attente.)',
    assumed:
      'EU Login ne publie ni la durée de validité d’un lien de réinitialisation ni si une demande plus récente annule les liens précédents. Le coach suppose {linkMinutes} minutes et n’accepte que le lien le plus récent.',
    helpdesk: {
      ask: [
        'Avez-vous regardé dans le dossier des courriers indésirables\u00a0?',
        'Avez-vous demandé une réinitialisation plusieurs fois\u00a0?',
      ],
      say: [
        'Cherchez un e-mail de automated-notifications@nomail.ec.europa.eu et ouvrez son lien.',
        'Si vous avez fait plusieurs demandes, utilisez uniquement l’e-mail le plus récent.',
      ],
      ifThen: [
        {
          if: 'Rien n’arrive',
          then: 'Patientez jusqu’à {mailMinutes} minutes et vérifiez les indésirables\u00a0; demandez ensuite un nouveau lien.',
        },
        {
          if: 'Le lien indique qu’il a expiré ou n’est pas valide',
          then: 'Demandez un nouveau lien avec «\u00a0Mot de passe perdu\u00a0?\u00a0» et utilisez l’e-mail le plus récent.',
        },
      ],
    },
  },
  'passwordReset.linkExpired': {
    title: 'Le lien de réinitialisation ne fonctionne plus',
    body: 'Sur l’ordinateur, EU Login indique que le lien de réinitialisation a expiré ou a été remplacé par un plus récent. Demandez un nouveau lien.',
    assumed:
      'EU Login ne publie pas la durée de validité d’un lien de réinitialisation. Le coach suppose {linkMinutes} minutes, et une demande plus récente remplace les liens précédents.',
    helpdesk: {
      ask: ['Est-ce le dernier e-mail de réinitialisation que vous avez reçu\u00a0?'],
      say: [
        'Retournez sur https://webgate.ec.europa.eu/cas/login, saisissez votre adresse e-mail, choisissez «\u00a0Mot de passe perdu\u00a0?\u00a0» et refaites la demande.',
        'Ouvrez le nouvel e-mail tout de suite.',
      ],
      ifThen: [
        {
          if: 'Tous les liens semblent expirés',
          then: 'Supprimez les anciens e-mails de réinitialisation, refaites une seule demande et attendez uniquement cet e-mail-là.',
        },
      ],
    },
  },
  'passwordReset.done': {
    title: 'Votre nouveau mot de passe est défini',
    body: 'Sur l’ordinateur, EU Login confirme le nouveau mot de passe. Utilisez-le désormais\u00a0; votre application et vos clés fonctionnent comme avant.',
    helpdesk: {
      ask: ['La page confirme-t-elle que le mot de passe a été modifié\u00a0?'],
      say: [
        'Votre nouveau mot de passe est actif. Connectez-vous avec, comme d’habitude.',
        'Vous ne pourrez le changer de nouveau qu’après {changeHours} heures.',
      ],
      ifThen: [
        {
          if: 'L’ancien mot de passe est enregistré dans le navigateur',
          then: 'Mettez à jour ou supprimez le mot de passe enregistré pour qu’il ne remplisse pas l’ancien.',
        },
      ],
    },
  },
  'account.home': {
    title: 'Ouvrez Mon compte',
    body: 'Sur l’ordinateur, connecté à EU Login, allez dans «\u00a0Mon compte\u00a0» (sur le vrai EU Login, par l’icône en forme de roue dentée en haut à droite). Vous y trouvez ce que vous pouvez gérer\u00a0: appareils mobiles, eID, clés de sécurité.',
    helpdesk: {
      ask: [
        'Voyez-vous une icône en forme de roue dentée en haut à droite de la page EU Login\u00a0?',
        'Êtes-vous connecté\u00a0?',
      ],
      say: [
        'Ouvrez le menu des paramètres (la roue dentée, en haut à droite) et choisissez «\u00a0Mon compte\u00a0».',
        'Choisissez ensuite l’élément correspondant à ce que vous voulez ajouter ou modifier.',
      ],
      ifThen: [
        {
          if: 'EU Login vous demande de vous reconnecter avec un second facteur',
          then: 'C’est normal quand un facteur existe déjà\u00a0: confirmez d’abord avec celui-ci.',
        },
        {
          if: 'Le téléphone perdu est le seul facteur',
          then: 'Utilisez «\u00a0Supprimer tous mes appareils et eID (PANIC)\u00a0» pour repartir de zéro.',
        },
        {
          if: 'Les pages EU Login sont dans une autre langue',
          then: 'Passez la page en français avec le menu des langues en haut de la page.',
        },
        {
          if: 'L’appelant veut changer l’adresse e-mail du compte',
          then: 'Choisissez «\u00a0Configurer mon compte\u00a0», saisissez la nouvelle adresse, appuyez sur «\u00a0Envoyer\u00a0» et ouvrez le lien de confirmation envoyé à la nouvelle adresse. Ne créez pas de deuxième compte.',
        },
      ],
    },
  },
  'device.list': {
    title: 'Gérez vos appareils mobiles',
    body: 'Sur l’ordinateur, «\u00a0Gérer mes appareils mobiles\u00a0» liste les téléphones associés à votre compte. Choisissez «\u00a0Ajouter un appareil mobile\u00a0», ou supprimez un ancien appareil.',
    helpdesk: {
      ask: [
        'Quels appareils sont listés\u00a0?',
        'Le téléphone que vous voulez ajouter figure-t-il déjà dans la liste\u00a0?',
      ],
      say: [
        'Pour ajouter votre téléphone, choisissez «\u00a0Ajouter un appareil mobile\u00a0».',
        'Pour retirer un ancien téléphone, choisissez «\u00a0Supprimer\u00a0» à côté de son nom.',
      ],
      ifThen: [
        {
          if: 'L’application a été réinstallée sur le même téléphone',
          then: 'L’ancienne association ne fonctionne plus. Supprimez l’ancienne entrée, puis ajoutez de nouveau le téléphone.',
        },
        {
          if: 'L’appelant n’a pas de smartphone',
          then: 'Ajoutez plutôt une clé de sécurité ou Windows Hello, ou utilisez une tablette.',
        },
      ],
    },
  },
  'device.addForm': {
    title: 'Nommez le téléphone et choisissez un code PIN',
    body: 'Sur l’ordinateur, donnez à votre téléphone un nom que vous reconnaîtrez et choisissez un code PIN à quatre chiffres, deux fois. Appuyez sur «\u00a0Envoyer\u00a0» et un code QR apparaît.',
    assumed:
      'EU Login ne publie pas de règles pour les noms d’appareils. Le coach suppose qu’un nom est obligatoire, qu’il a une longueur maximale et qu’il ne contient ni < ni >.',
    helpdesk: {
      ask: [
        'Voyez-vous le formulaire «\u00a0Ajouter un appareil mobile\u00a0» avec un nom et deux champs pour le code PIN\u00a0?',
        'Avez-vous déjà installé l’application EU Login sur le téléphone\u00a0?',
      ],
      say: [
        'Saisissez un nom comme «\u00a0Mon téléphone\u00a0».',
        'Choisissez quatre chiffres dont vous vous souviendrez\u00a0; vous les saisirez dans l’application à chaque connexion.',
        'Saisissez les mêmes quatre chiffres dans les deux champs du code PIN et appuyez sur «\u00a0Envoyer\u00a0».',
      ],
      ifThen: [
        {
          if: 'Les deux codes PIN ne correspondent pas',
          then: 'Effacez-les et saisissez de nouveau les mêmes quatre chiffres.',
        },
        {
          if: 'Le code PIN est refusé',
          then: 'Le code PIN compte exactement quatre chiffres, sans lettres.',
        },
        {
          if: 'L’application n’est pas encore installée',
          then: 'Installez d’abord l’application EU Login, puis revenez à ce formulaire.',
        },
      ],
    },
  },
  'device.qrShown': {
    title: 'Prenez votre téléphone',
    body: 'L’ordinateur affiche maintenant un code QR. Sur votre téléphone, l’application EU Login affiche encore ses instructions de configuration\u00a0: touchez «\u00a0Suivant\u00a0» pour ouvrir son lecteur.',
    assumed: 'EU Login ne publie pas la durée de validité de ce code QR. Le coach suppose {enrolQrMinutes} minutes.',
    helpdesk: {
      ask: [
        'Y a-t-il un code QR sur l’ordinateur\u00a0?',
        'L’application EU Login sur votre téléphone affiche-t-elle ses instructions avec un bouton «\u00a0Suivant\u00a0»\u00a0?',
      ],
      say: [
        'Dans l’application EU Login, touchez «\u00a0Suivant\u00a0».',
        'Autorisez l’appareil photo si le téléphone le demande, puis pointez-le vers le code QR sur l’ordinateur.',
      ],
      ifThen: [
        {
          if: 'L’appelant a scanné avec l’appareil photo du téléphone',
          then: 'Cela ne fonctionne pas. Utilisez le lecteur intégré à l’application EU Login.',
        },
        {
          if: 'Le code QR a disparu ou indique qu’il a expiré',
          then: 'Remplissez de nouveau le formulaire\u00a0; le code dure environ {enrolQrMinutes} minutes (supposé).',
        },
        {
          if: 'L’application affiche plutôt son écran d’accueil avec «\u00a0Initialiser\u00a0»',
          then: 'Touchez «\u00a0Initialiser\u00a0», puis «\u00a0Suivant\u00a0». Les deux ordres fonctionnent\u00a0: les guides d’EU Login ajoutent parfois d’abord l’appareil sur l’ordinateur, parfois touchent d’abord «\u00a0Initialiser\u00a0».',
        },
      ],
    },
  },
  'device.qrExpired': {
    title: 'Le code QR a expiré',
    body: 'Sur l’ordinateur, le code QR n’est plus valide. Remplissez de nouveau le formulaire «\u00a0Ajouter un appareil mobile\u00a0» pour en obtenir un nouveau.',
    assumed: 'EU Login ne publie pas la durée de validité du code QR. Le coach suppose {enrolQrMinutes} minutes.',
    helpdesk: {
      ask: ['L’ordinateur indique-t-il que le code a expiré\u00a0?'],
      say: [
        'Recommencez avec «\u00a0Ajouter un appareil mobile\u00a0».',
        'Gardez l’application EU Login ouverte sur son écran «\u00a0Suivant\u00a0» avant d’appuyer sur «\u00a0Envoyer\u00a0».',
      ],
      ifThen: [
        {
          if: 'Le code expire de nouveau',
          then: 'Envoyez le formulaire, puis touchez immédiatement «\u00a0Suivant\u00a0» dans l’application et scannez sans attendre.',
        },
      ],
    },
  },
  'device.added': {
    title: 'Votre téléphone est associé',
    body: 'Sur l’ordinateur, EU Login confirme l’ajout de l’appareil\u00a0; il figure maintenant dans «\u00a0Gérer mes appareils mobiles\u00a0». Désormais, choisissez l’application dans «\u00a0Choisissez votre méthode de vérification\u00a0» quand vous vous connectez. Appuyez sur «\u00a0Se déconnecter\u00a0» pour l’essayer.',
    helpdesk: {
      ask: ['Le nom du nouvel appareil figure-t-il dans la liste sur l’ordinateur\u00a0?'],
      say: [
        'Le téléphone est prêt. La prochaine fois, choisissez «\u00a0Application mobile + code PIN\u00a0» pour vous connecter.',
        'Si un ancien téléphone figure encore dans la liste, supprimez-le.',
      ],
      ifThen: [
        {
          if: 'L’appareil n’apparaît pas',
          then: 'Rechargez la page\u00a0; la confirmation peut prendre une ou deux minutes.',
        },
      ],
    },
  },
  'device.deleteConfirm': {
    title: 'Supprimez l’ancien appareil',
    body: 'Sur l’ordinateur, confirmez que vous voulez retirer l’ancien téléphone de votre compte. L’ancien téléphone ne pourra plus confirmer de connexions.',
    helpdesk: {
      ask: [
        'Quel appareil êtes-vous sur le point de supprimer\u00a0?',
        'Un autre facteur fonctionne-t-il encore, comme un nouveau téléphone ou une clé\u00a0?',
      ],
      say: ['Vérifiez le nom de l’appareil, puis confirmez la suppression.'],
      ifThen: [
        {
          if: 'L’appelant est sur le point de supprimer son seul appareil qui fonctionne',
          then: 'Arrêtez\u00a0: ajoutez d’abord le nouvel appareil, puis supprimez l’ancien.',
        },
      ],
    },
  },
  'app.install': {
    title: 'Installez l’application EU Login',
    body: 'Sur votre téléphone, ouvrez la boutique d’applications (Google Play ou l’App Store), recherchez «\u00a0EU Login\u00a0» et installez l’application gratuite de la Commission européenne.',
    helpdesk: {
      ask: [
        'Votre téléphone est-il un Android ou un iPhone\u00a0?',
        'Voyez-vous l’application «\u00a0EU Login\u00a0» de la Commission européenne\u00a0?',
      ],
      say: [
        'Ouvrez Google Play sur Android, ou l’App Store sur iPhone.',
        'Recherchez EU Login, installez l’application, puis ouvrez-la.',
      ],
      ifThen: [
        {
          if: 'L’appelant n’a pas de smartphone',
          then: 'Une tablette fonctionne de la même façon\u00a0; sinon, utilisez une clé de sécurité ou Windows Hello.',
        },
        {
          if: 'Plusieurs applications apparaissent',
          then: 'Choisissez celle publiée par la Commission européenne.',
        },
      ],
    },
  },
  'app.notifications': {
    title: 'Autorisez les notifications',
    body: 'Sur votre téléphone, l’application EU Login demande à envoyer des notifications. Autorisez-les\u00a0: l’application en a besoin pour se configurer et pour recevoir les demandes de connexion.',
    helpdesk: {
      ask: ['Le téléphone demande-t-il si EU Login peut envoyer des notifications\u00a0?'],
      say: ['Touchez «\u00a0Autoriser\u00a0».'],
      ifThen: [
        {
          if: 'L’appelant a touché «\u00a0Ne pas autoriser\u00a0»',
          then: 'Ouvrez les paramètres du téléphone, trouvez EU Login et activez les notifications.',
        },
      ],
    },
  },
  'app.notificationsDenied': {
    title: 'Réactivez les notifications',
    body: 'Sur votre téléphone, les notifications d’EU Login sont désactivées\u00a0: l’application ne peut donc pas terminer sa configuration. Activez-les dans les paramètres du téléphone.',
    helpdesk: {
      ask: ['Savez-vous où se trouvent les paramètres de votre téléphone\u00a0?'],
      say: [
        'Ouvrez les paramètres du téléphone, puis Notifications (ou Applications), puis EU Login.',
        'Activez les notifications et revenez à l’application.',
      ],
      ifThen: [
        {
          if: 'L’appelant ne trouve pas le réglage',
          then: 'Recherchez «\u00a0notifications\u00a0» dans le champ de recherche des paramètres.',
        },
      ],
    },
  },
  'app.welcome': {
    title: 'Lancez la configuration dans l’application',
    body: 'Sur votre téléphone, l’application EU Login affiche son écran d’accueil. Touchez «\u00a0Initialiser\u00a0»\u00a0: l’application vous invite à ouvrir EU Login sur votre ordinateur.',
    helpdesk: {
      ask: ['Voyez-vous le bouton «\u00a0Initialiser\u00a0» dans l’application\u00a0?'],
      say: [
        'Touchez «\u00a0Initialiser\u00a0».',
        'Ensuite, sur l’ordinateur, ouvrez https://webgate.ec.europa.eu/cas/mobile, connectez-vous et choisissez «\u00a0Ajouter un appareil mobile\u00a0».',
      ],
      ifThen: [
        {
          if: 'L’application refuse parce que le téléphone n’a pas de verrouillage d’écran',
          then: 'Configurez d’abord un code, un schéma ou une empreinte digitale pour verrouiller le téléphone.',
        },
        {
          if: 'L’appelant a déjà ajouté l’appareil sur l’ordinateur et y voit le code QR',
          then: 'Pas de problème\u00a0: les guides d’EU Login montrent les deux ordres. Touchez «\u00a0Initialiser\u00a0», puis «\u00a0Suivant\u00a0», et scannez le code.',
        },
      ],
    },
  },
  'app.noScreenLock': {
    title: 'Sécurisez d’abord votre téléphone',
    body: 'Sur votre téléphone, l’application EU Login refuse de démarrer car le téléphone n’a pas de verrouillage d’écran. Configurez un code, un schéma ou une empreinte digitale dans les paramètres du téléphone.',
    assumed:
      'La FAQ Europass indique que l’application ne peut pas être utilisée sur un téléphone sans verrouillage d’écran, mais pas comment l’application vous le signale. Le coach suppose un avis bloquant avant «\u00a0Initialiser\u00a0».',
    helpdesk: {
      ask: ['Votre téléphone s’ouvre-t-il sans code, schéma ni empreinte digitale\u00a0?'],
      say: [
        'Ouvrez les paramètres du téléphone, puis Sécurité ou Verrouillage de l’écran.',
        'Choisissez un code, un schéma ou une empreinte digitale, puis revenez à l’application EU Login.',
      ],
      ifThen: [
        {
          if: 'L’appelant ne veut pas de verrouillage d’écran',
          then: 'L’application ne peut pas fonctionner sans. Utilisez plutôt une clé de sécurité ou Windows Hello.',
        },
      ],
    },
  },
  'app.cameraPermission': {
    title: 'Autorisez l’appareil photo',
    body: 'Sur votre téléphone, l’application EU Login demande à utiliser l’appareil photo pour lire le code QR. Autorisez-la.',
    helpdesk: {
      ask: ['Le téléphone demande-t-il si EU Login peut utiliser l’appareil photo\u00a0?'],
      say: ['Touchez «\u00a0Autoriser\u00a0».'],
      ifThen: [
        {
          if: 'L’appelant a refusé',
          then: 'Ouvrez les paramètres du téléphone, trouvez EU Login et autorisez l’appareil photo.',
        },
      ],
    },
  },
  'app.cameraDenied': {
    title: 'Autorisez l’appareil photo dans les paramètres',
    body: 'Sur votre téléphone, l’application EU Login n’a pas accès à l’appareil photo\u00a0: elle ne peut donc pas lire le code QR. Autorisez l’appareil photo dans les paramètres du téléphone.',
    helpdesk: {
      ask: ['L’application indique-t-elle qu’elle ne peut pas utiliser l’appareil photo\u00a0?'],
      say: [
        'Ouvrez les paramètres du téléphone, puis Applications, puis EU Login, puis Autorisations.',
        'Autorisez l’appareil photo et revenez à l’application.',
      ],
      ifThen: [
        {
          if: 'Le code QR a expiré entre-temps',
          then: 'Remplissez de nouveau le formulaire «\u00a0Ajouter un appareil mobile\u00a0» sur l’ordinateur.',
        },
      ],
    },
  },
  'app.scanner': {
    title: 'Scannez le code QR affiché sur l’ordinateur',
    body: 'Sur votre téléphone, l’application affiche l’image de la caméra. Tenez le téléphone devant l’écran de l’ordinateur pour que le code QR remplisse le cadre\u00a0; la vraie application passe d’elle-même à la suite dès qu’elle l’a lu (ici, appuyez sur «\u00a0Scanner le code QR sur l’écran de l’ordinateur\u00a0»).',
    helpdesk: {
      ask: [
        'Voyez-vous l’image de la caméra dans l’application EU Login\u00a0?',
        'Le code QR est-il toujours sur l’écran de l’ordinateur\u00a0?',
      ],
      say: [
        'Tenez le téléphone à environ 20 cm de l’écran pour que tout le code tienne dans le cadre.',
        'Ne bougez plus jusqu’à ce que l’application passe d’elle-même à la suite.',
      ],
      ifThen: [
        {
          if: 'L’application ne réagit pas',
          then: 'Augmentez la luminosité de l’écran de l’ordinateur, supprimez les reflets et rapprochez ou éloignez un peu le téléphone.',
        },
        {
          if: 'L’appelant utilise l’application habituelle de l’appareil photo',
          then: 'Fermez-la. Seule l’application EU Login peut utiliser ce code.',
        },
      ],
    },
  },
  'app.foreignScanner': {
    title: 'Mauvais lecteur',
    body: 'Sur votre téléphone, l’application de l’appareil photo a lu le code QR comme du simple texte. Seule l’application EU Login peut l’utiliser\u00a0: revenez à l’application et scannez depuis celle-ci.',
    helpdesk: {
      ask: ['Un lien ou du texte est-il apparu à la place de l’application EU Login\u00a0?'],
      say: [
        'Fermez l’application de l’appareil photo\u00a0; n’ouvrez pas le lien qu’elle affiche.',
        'Revenez à l’application EU Login et scannez avec son propre lecteur\u00a0; touchez «\u00a0Suivant\u00a0» si elle affiche de nouveau ses instructions.',
      ],
      ifThen: [
        {
          if: 'Le code QR a expiré entre-temps',
          then: 'Remplissez de nouveau le formulaire «\u00a0Ajouter un appareil mobile\u00a0» pour obtenir un nouveau code.',
        },
      ],
    },
  },
  'app.scanError': {
    title: 'L’application n’a pas pu utiliser le code',
    body: 'Sur votre téléphone, l’application indique que le code QR n’est pas valide ou a expiré. Obtenez un nouveau code sur l’ordinateur et scannez de nouveau.',
    helpdesk: {
      ask: [
        'Que dit exactement l’application\u00a0?',
        'Il y a combien de temps le code QR a-t-il été affiché sur l’ordinateur\u00a0?',
      ],
      say: [
        'Sur l’ordinateur, remplissez de nouveau «\u00a0Ajouter un appareil mobile\u00a0».',
        'Scannez le nouveau code sans attendre.',
      ],
      ifThen: [
        {
          if: 'L’appelant a scanné une image ou une copie imprimée',
          then: 'Scannez le code affiché en direct sur la page EU Login.',
        },
      ],
    },
  },
  'app.enrolPin': {
    title: 'Confirmez avec votre code PIN',
    body: 'Sur votre téléphone, saisissez le code PIN à quatre chiffres que vous venez de choisir sur l’ordinateur et touchez «\u00a0S’authentifier\u00a0».',
    assumed:
      'EU Login ne publie pas combien de codes PIN erronés il accepte ici. Le coach en suppose {pinAttempts}\u00a0; ensuite, ce code QR ne fonctionne plus et vous recommencez sur l’ordinateur.',
    helpdesk: {
      ask: [
        'L’application demande-t-elle un code PIN\u00a0?',
        'Vous souvenez-vous des quatre chiffres saisis dans le formulaire sur l’ordinateur\u00a0?',
      ],
      say: ['Saisissez les mêmes quatre chiffres que sur l’ordinateur et touchez «\u00a0S’authentifier\u00a0».'],
      ifThen: [
        {
          if: 'Le code PIN est faux',
          then: 'Réessayez. S’il est oublié, remplissez de nouveau le formulaire sur l’ordinateur avec un nouveau code PIN.',
        },
        {
          if: 'L’application indique que ce téléphone est utilisé par un autre compte',
          then: 'Dans cet entraînement, un téléphone contient un seul compte (les versions récentes de l’application peuvent en contenir plusieurs). Dissociez l’autre compte dans l’application, ou utilisez un autre appareil.',
        },
      ],
    },
  },
  'app.deviceInUse': {
    title: 'Ce téléphone appartient à un autre compte',
    body: 'Sur votre téléphone, l’application indique qu’elle est déjà associée à un autre compte EU Login. Dissociez ce compte dans l’application, ou utilisez un autre appareil.',
    assumed:
      'Les guides d’EU Login se contredisent\u00a0: les plus anciens autorisent un compte par appareil, les plus récents décrivent plusieurs comptes dans une même application. Le coach suit l’ancienne règle et refuse un deuxième compte.',
    helpdesk: {
      ask: [
        'Quelqu’un d’autre, ou un autre de vos comptes, a-t-il déjà utilisé l’application EU Login sur ce téléphone\u00a0?',
      ],
      say: [
        'Si l’autre compte est le vôtre et ne sert plus, dissociez-le dans l’application.',
        'Sinon, utilisez un autre téléphone ou une tablette, ou une clé de sécurité.',
      ],
      ifThen: [
        {
          if: 'L’autre compte appartient à un membre de la famille',
          then: 'Ne le dissociez pas\u00a0: cette personne perdrait son facteur. Utilisez un autre appareil.',
        },
      ],
    },
  },
  'app.enrolled': {
    title: 'L’application est configurée',
    body: 'Sur votre téléphone, l’application confirme que l’appareil est configuré. Touchez «\u00a0Continuer\u00a0»\u00a0; l’ordinateur le confirme aussi.',
    helpdesk: {
      ask: ['L’application affiche-t-elle un message de réussite\u00a0?'],
      say: [
        'Touchez «\u00a0Continuer\u00a0». Vous pouvez activer le déverrouillage par empreinte digitale ou par le visage dans l’application si elle le propose.',
      ],
      ifThen: [
        {
          if: 'L’ordinateur attend toujours',
          then: 'Patientez jusqu’à une ou deux minutes, ou ouvrez la notification de l’application pour l’aider à terminer.',
        },
      ],
    },
  },
  'pin.settings': {
    title: 'Ouvrez les paramètres de l’application',
    body: 'Sur votre téléphone, ouvrez les paramètres de l’application EU Login et choisissez «\u00a0Code PIN oublié\u00a0»\u00a0; c’est aussi ainsi que vous changez le code PIN. L’icône des paramètres est formée de trois points sur Android et d’une roue dentée sur iPhone, et son emplacement dépend de la version de l’application.',
    helpdesk: {
      ask: [
        'L’application EU Login est-elle ouverte\u00a0?',
        'Votre téléphone est-il un Android ou un iPhone\u00a0?',
        'Voyez-vous trois points ou une roue dentée, en haut à droite ou en bas à droite\u00a0?',
      ],
      say: [
        'Touchez l’icône des paramètres (trois points sur Android, une roue dentée sur iPhone), puis «\u00a0Code PIN oublié\u00a0».',
      ],
      ifThen: [
        {
          if: 'L’appelant ne trouve pas l’option',
          then: 'Supprimez l’appareil sur l’ordinateur dans «\u00a0Gérer mes appareils mobiles\u00a0» et ajoutez de nouveau le téléphone avec un nouveau code PIN.',
        },
        {
          if: '«\u00a0Code PIN oublié\u00a0» ne fonctionne pas',
          then: 'Supprimez l’appareil dans «\u00a0Gérer mes appareils mobiles\u00a0» sur l’ordinateur (https://webgate.ec.europa.eu/cas/mobile) et ajoutez de nouveau le téléphone avec un nouveau code PIN. L’aide d’EU Login a parfois conseillé cela plutôt que la réinitialisation dans l’application.',
        },
      ],
    },
  },
  'pin.credentials': {
    title: 'Prouvez que c’est bien vous',
    body: 'Sur votre téléphone, l’application vous demande de prouver votre identité\u00a0: saisissez votre adresse e-mail et votre mot de passe EU Login.',
    assumed:
      'EU Login ne publie pas ce que fait l’application après plusieurs mots de passe erronés ici. Le coach suppose le même blocage que sur l’ordinateur\u00a0: {passwordAttempts} essais, puis {lockoutMinutes} minutes.',
    helpdesk: {
      ask: ['L’application demande-t-elle votre adresse e-mail et votre mot de passe\u00a0?'],
      say: ['Saisissez votre adresse e-mail et votre mot de passe EU Login, les mêmes que sur l’ordinateur.'],
      ifThen: [
        {
          if: 'Le mot de passe est refusé',
          then: 'Réinitialisez-le sur l’ordinateur avec «\u00a0Mot de passe perdu\u00a0?\u00a0», puis revenez.',
        },
        {
          if: 'L’application se bloque après plusieurs essais',
          then: 'Patientez un moment ({lockoutMinutes} minutes supposées) ou réinitialisez le mot de passe.',
        },
      ],
    },
  },
  'pin.new': {
    title: 'Choisissez un nouveau code PIN',
    body: 'Sur votre téléphone, saisissez deux fois un nouveau code PIN à quatre chiffres.',
    helpdesk: {
      ask: ['L’application demande-t-elle un nouveau code PIN\u00a0?'],
      say: ['Choisissez quatre chiffres dont vous vous souviendrez, et saisissez-les deux fois.'],
      ifThen: [
        {
          if: 'Les deux codes PIN diffèrent',
          then: 'Saisissez-les de nouveau, lentement.',
        },
      ],
    },
  },
  'pin.changed': {
    title: 'Votre nouveau code PIN fonctionne',
    body: 'Sur votre téléphone, l’application confirme le nouveau code PIN. Le déverrouillage par empreinte digitale ou par le visage est désactivé et peut être réactivé.',
    helpdesk: {
      ask: ['L’application confirme-t-elle le changement\u00a0?'],
      say: [
        'Utilisez désormais le nouveau code PIN.',
        'Si vous utilisiez l’empreinte digitale ou le visage, réactivez-les dans les paramètres de l’application.',
      ],
      ifThen: [
        {
          if: 'Le nouveau code PIN est refusé à la connexion',
          then: 'Supprimez l’appareil sur l’ordinateur et ajoutez-le de nouveau.',
        },
      ],
    },
  },
  'eid.manage': {
    title: 'Gérez vos eID',
    body: 'Sur l’ordinateur, dans Mon compte, ouvrez «\u00a0Gérer mes eID\u00a0» et choisissez «\u00a0Lier mon eID\u00a0». Préparez votre lecteur de carte ou l’application eID de votre pays.',
    helpdesk: {
      ask: [
        'Quel pays a délivré votre eID\u00a0?',
        'Utilisez-vous un lecteur de carte ou une application eID nationale\u00a0?',
      ],
      say: ['Choisissez «\u00a0Gérer mes eID\u00a0», puis «\u00a0Lier mon eID\u00a0».'],
      ifThen: [
        {
          if: 'EU Login demande d’abord un second facteur',
          then: 'Confirmez avec le facteur que vous avez déjà.',
        },
      ],
    },
  },
  'eid.country': {
    title: 'Choisissez votre pays',
    body: 'Sur l’ordinateur, choisissez le pays qui a délivré votre eID (EU Login affiche des drapeaux\u00a0; ici, c’est une liste) et appuyez sur «\u00a0Envoyer\u00a0».',
    assumed:
      'Cet entraînement affiche une liste de pays donnée à titre d’exemple. EU Login ne publie pas de liste ici\u00a0; les sources indiquent seulement que l’eID fonctionne pour environ 19 États membres.',
    helpdesk: {
      ask: ['Le drapeau de votre pays figure-t-il dans la liste\u00a0?'],
      say: ['Cliquez sur le drapeau de votre pays, puis sur «\u00a0Envoyer\u00a0».'],
      ifThen: [
        {
          if: 'Le pays n’y figure pas',
          then: 'Son eID ne peut pas encore être utilisée avec EU Login. Utilisez plutôt l’application ou une clé de sécurité.',
        },
        {
          if: 'L’appelant a choisi «\u00a0Se connecter avec une eID\u00a0» sans jamais avoir lié l’eID à son compte',
          then: 'Cela crée un compte distinct qui ne contient que l’eID, et non son compte habituel. Connectez-vous plutôt avec le mot de passe et liez l’eID dans Mon compte.',
        },
      ],
    },
  },
  'eid.national': {
    title: 'Connectez-vous avec votre eID nationale',
    body: 'Sur l’ordinateur, la page eID de votre pays s’ouvre. Connectez-vous-y avec votre lecteur de carte ou l’application nationale\u00a0; vous revenez ensuite sur EU Login.',
    helpdesk: {
      ask: ['Quelle page est ouverte maintenant\u00a0: le service eID de votre pays\u00a0?'],
      say: [
        'Suivez les indications de la page eID de votre pays.',
        'Les questions sur la carte, le lecteur ou l’application nationale relèvent du support eID de votre pays.',
      ],
      ifThen: [
        {
          if: 'La page nationale affiche une erreur',
          then: 'Vérifiez le lecteur de carte et l’application nationale, puis recommencez à partir de «\u00a0Lier mon eID\u00a0».',
        },
        {
          if: 'L’appelant a annulé',
          then: 'Recommencez à partir de «\u00a0Lier mon eID\u00a0».',
        },
      ],
    },
  },
  'eid.linked': {
    title: 'Votre eID est liée',
    body: 'Sur l’ordinateur, EU Login confirme le lien. Vous pouvez maintenant utiliser «\u00a0Se connecter avec une eID\u00a0», qui compte à elle seule pour deux facteurs.',
    helpdesk: {
      ask: ['La page confirme-t-elle que l’eID est liée\u00a0?'],
      say: ['La prochaine fois, choisissez «\u00a0Se connecter avec une eID\u00a0» sur la première page d’EU Login.'],
      ifThen: [
        {
          if: 'Le site ne propose pas «\u00a0Se connecter avec une eID\u00a0»',
          then: 'Ce site n’accepte pas l’eID\u00a0; utilisez-y l’application ou une clé de sécurité.',
        },
      ],
    },
  },
  'eid.failed': {
    title: 'L’étape eID nationale n’a pas abouti',
    body: 'Sur l’ordinateur, EU Login indique que la connexion nationale n’a pas abouti\u00a0: rien n’a donc changé. Réessayez, ou utilisez une autre méthode.',
    helpdesk: {
      ask: ['Avez-vous annulé sur la page nationale, ou a-t-elle affiché une erreur\u00a0?'],
      say: [
        'Appuyez sur «\u00a0Réessayer\u00a0» pour choisir de nouveau votre pays, ou annulez et utilisez une autre méthode.',
      ],
      ifThen: [
        {
          if: 'Cela échoue à chaque fois',
          then: 'Contactez le support eID de votre pays, ou configurez plutôt l’application EU Login.',
        },
      ],
    },
  },
  'key.manage': {
    title: 'Gérez vos clés de sécurité',
    body: 'Sur l’ordinateur, dans Mon compte, ouvrez «\u00a0Gérer mes clés de sécurité et plateformes de confiance\u00a0» et choisissez «\u00a0Ajouter une clé de sécurité\u00a0».',
    helpdesk: {
      ask: ['Avez-vous une clé de sécurité USB, ou un ordinateur avec Windows Hello\u00a0?'],
      say: [
        'Choisissez «\u00a0Gérer mes clés de sécurité et plateformes de confiance\u00a0», puis «\u00a0Ajouter une clé de sécurité\u00a0».',
      ],
      ifThen: [
        {
          if: 'EU Login demande d’abord un second facteur',
          then: 'Confirmez avec le facteur que vous avez déjà.',
        },
        {
          if: 'L’appelant veut utiliser une clé d’accès (passkey)',
          then: 'Les clés d’accès fonctionnent, même si la page ne les nomme pas\u00a0: choisissez «\u00a0Ajouter une clé de sécurité\u00a0», de préférence en commençant dans le navigateur du téléphone lui-même. Pour utiliser une clé d’accès du téléphone depuis un ordinateur, activez le Bluetooth sur les deux\u00a0; aucun appairage n’est nécessaire.',
        },
      ],
    },
  },
  'key.addForm': {
    title: 'Nommez votre clé',
    body: 'Sur l’ordinateur, donnez à la clé un nom que vous reconnaîtrez, comme «\u00a0Clé USB bleue\u00a0» ou «\u00a0Portable du bureau\u00a0», et appuyez sur «\u00a0Envoyer\u00a0».',
    assumed:
      'EU Login ne publie ni de règles pour les noms de clés ni ce qui se passe quand la même clé est ajoutée deux fois. Le coach suppose un nom court sans < ni > et refuse une clé déjà présente sur votre compte.',
    helpdesk: {
      ask: ['La clé est-elle branchée, ou Windows Hello est-il configuré sur cet ordinateur\u00a0?'],
      say: [
        'Saisissez un nom et appuyez sur «\u00a0Envoyer\u00a0». Votre navigateur vous demandera ensuite de confirmer.',
      ],
      ifThen: [
        {
          if: 'Le nom est refusé',
          then: 'Utilisez un nom plus court, sans < ni >.',
        },
      ],
    },
  },
  'key.prompt': {
    title: 'Confirmez avec la clé',
    body: 'Sur l’ordinateur, votre navigateur vous demande d’utiliser la clé\u00a0: touchez-la quand elle clignote, ou confirmez avec Windows Hello (empreinte digitale, visage ou code PIN).',
    helpdesk: {
      ask: ['Que demande la fenêtre du navigateur\u00a0?'],
      say: ['Touchez la clé, ou suivez l’invite de Windows Hello. Ne fermez pas la fenêtre.'],
      ifThen: [
        {
          if: 'L’appelant a fermé la fenêtre',
          then: 'Recommencez à partir de «\u00a0Ajouter une clé de sécurité\u00a0».',
        },
        {
          if: 'Le navigateur indique que cette clé est déjà enregistrée',
          then: 'Elle figure déjà sur le compte\u00a0: utilisez-la, ou ajoutez une autre clé.',
        },
      ],
    },
  },
  'key.added': {
    title: 'Votre clé est ajoutée',
    body: 'Sur l’ordinateur, la clé apparaît dans votre liste. Choisissez-la dans «\u00a0Choisissez votre méthode de vérification\u00a0» quand vous vous connectez.',
    helpdesk: {
      ask: ['La clé figure-t-elle maintenant dans la liste\u00a0?'],
      say: ['La prochaine fois, choisissez la méthode par clé de sécurité et touchez la clé quand on vous le demande.'],
      ifThen: [
        {
          if: 'L’appelant n’a que ce seul facteur',
          then: 'Proposez d’ajouter une deuxième clé ou l’application, pour que la perte de l’une ne le bloque pas.',
        },
      ],
    },
  },
  'key.failed': {
    title: 'La clé n’a pas été ajoutée',
    body: 'Sur l’ordinateur, EU Login indique que la clé n’a pas pu être ajoutée\u00a0: l’invite a été annulée, ou la clé figure déjà sur votre compte.',
    helpdesk: {
      ask: ['Avez-vous annulé l’invite du navigateur, ou a-t-elle indiqué que la clé est déjà enregistrée\u00a0?'],
      say: ['Réessayez à partir de «\u00a0Ajouter une clé de sécurité\u00a0», et terminez l’invite du navigateur.'],
      ifThen: [
        {
          if: 'La clé est déjà enregistrée',
          then: 'Il n’y a rien à ajouter\u00a0: utilisez la clé pour vous connecter.',
        },
      ],
    },
  },
  'noSmartphone.options': {
    title: 'Pas de smartphone\u00a0? D’autres solutions',
    body: 'Sans smartphone, vous pouvez installer l’application EU Login sur une tablette, utiliser une clé de sécurité USB (une YubiKey, par exemple) ou utiliser Windows Hello sur votre ordinateur. Choisissez l’une de ces solutions.',
    helpdesk: {
      ask: [
        'Avez-vous une tablette Android ou un iPad\u00a0?',
        'Avez-vous une clé de sécurité USB, ou un ordinateur avec Windows Hello\u00a0?',
      ],
      say: [
        'Une tablette fonctionne exactement comme un téléphone pour l’application EU Login.',
        'Une clé de sécurité ou Windows Hello s’ajoute dans «\u00a0Gérer mes clés de sécurité et plateformes de confiance\u00a0».',
      ],
      ifThen: [
        {
          if: 'L’appelant pose une question sur les SMS',
          then: 'EU Login ne propose plus de codes par SMS depuis la mi-2025.',
        },
        {
          if: 'L’appelant a une eID nationale',
          then: 'La lier est une autre solution, si son pays est pris en charge.',
        },
        {
          if: 'L’appelant pose une question sur les clés d’accès (passkeys)',
          then: 'Une clé d’accès fonctionne aussi\u00a0: ajoutez-la avec «\u00a0Ajouter une clé de sécurité\u00a0», de préférence depuis le navigateur du téléphone lui-même. Pour l’utiliser depuis un ordinateur, le Bluetooth doit être activé sur les deux appareils.',
        },
      ],
    },
  },
  'recovery.options': {
    title: 'Téléphone perdu ou remplacé\u00a0?',
    body: 'Si l’ancien téléphone fonctionne encore, ajoutez d’abord le nouveau et supprimez l’ancien ensuite. S’il est perdu ou inutilisable, connectez-vous avec un autre facteur et supprimez-le\u00a0; sans autre facteur, connectez-vous avec votre mot de passe et supprimez tous vos appareils dans Mon compte.',
    helpdesk: {
      ask: [
        'Avez-vous encore l’ancien téléphone\u00a0?',
        'Avez-vous un autre facteur\u00a0: un deuxième téléphone, une clé de sécurité, une eID\u00a0?',
      ],
      say: [
        'Ancien téléphone encore utilisable\u00a0: ajoutez d’abord le nouveau téléphone, puis supprimez l’ancien.',
        'Ancien téléphone perdu ou inutilisable, mais un autre facteur fonctionne\u00a0: connectez-vous avec celui-ci, supprimez l’ancien téléphone, puis ajoutez le nouveau.',
        'Aucun autre facteur\u00a0: connectez-vous avec votre mot de passe, ouvrez Mon compte et utilisez «\u00a0Supprimer tous mes appareils et eID (PANIC)\u00a0».',
      ],
      ifThen: [
        {
          if: 'L’appelant veut supprimer un téléphone qui fonctionne encore avant d’ajouter le nouveau',
          then: 'Arrêtez\u00a0: ajoutez d’abord le nouveau téléphone, pour que le compte ne se retrouve jamais sans facteur.',
        },
        {
          if: '«\u00a0Toujours exiger l’authentification multifacteur\u00a0» était activé',
          then: 'Le mot de passe seul n’est pas proposé, l’appelant est donc bloqué\u00a0: contactez le support d’EU Login via https://webgate.ec.europa.eu/cas/help.html.',
        },
      ],
    },
  },
  'panic.confirm': {
    title: 'Supprimez tous les appareils et eID',
    body: 'Sur l’ordinateur, dans Mon compte, confirmez «\u00a0Supprimer tous mes appareils et eID (PANIC)\u00a0». Tous les téléphones et toutes les eID sont retirés de votre compte\u00a0; vous vous connectez ensuite avec votre seul mot de passe.',
    helpdesk: {
      ask: [
        'Êtes-vous sûr qu’aucun autre facteur ne fonctionne\u00a0?',
        'Connaissez-vous encore votre mot de passe\u00a0?',
      ],
      say: [
        'Confirmez la suppression.',
        'Ajoutez ensuite tout de suite votre nouveau téléphone, car beaucoup de sites exigent un second facteur.',
      ],
      ifThen: [
        {
          if: 'L’appelant a encore un autre facteur',
          then: 'N’utilisez pas PANIC\u00a0; connectez-vous avec ce facteur et supprimez uniquement le téléphone perdu.',
        },
      ],
    },
  },
  'panic.done': {
    title: 'Tous les appareils sont supprimés',
    body: 'Sur l’ordinateur, EU Login confirme que tous les appareils et toutes les eID ont été supprimés et vous envoie un avis de sécurité par e-mail. Ajoutez maintenant votre nouveau téléphone.',
    assumed:
      'EU Login ne publie pas si PANIC demande des vérifications supplémentaires ou envoie un e-mail. Le coach suppose une confirmation, une suppression immédiate et un avis de sécurité par e-mail.',
    helpdesk: {
      ask: ['La page confirme-t-elle la suppression\u00a0?'],
      say: [
        'Allez dans «\u00a0Gérer mes appareils mobiles\u00a0» (https://webgate.ec.europa.eu/cas/mobile) et ajoutez votre nouveau téléphone.',
      ],
      ifThen: [
        {
          if: 'L’appelant n’a rien demandé et a reçu un e-mail de sécurité',
          then: 'Quelqu’un connaît peut-être son mot de passe\u00a0: réinitialisez-le tout de suite.',
        },
      ],
    },
  },
} satisfies Content['steps'];
