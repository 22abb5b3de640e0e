import type { FlowHelpdeskScripts } from '../../content.types.js';

export const appHelpdeskFr = {
  'app.install': {
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
  'app.notifications': {
    ask: ['Le téléphone demande-t-il si EU Login peut envoyer des notifications\u00a0?'],
    say: ['Touchez «\u00a0Autoriser\u00a0».'],
    ifThen: [
      {
        if: 'L’appelant a touché «\u00a0Ne pas autoriser\u00a0»',
        then: 'Ouvrez les paramètres du téléphone, trouvez EU Login et activez les notifications.',
      },
    ],
  },
  'app.notificationsDenied': {
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
  'app.welcome': {
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
  'app.noScreenLock': {
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
  'app.cameraPermission': {
    ask: ['Le téléphone demande-t-il si EU Login peut utiliser l’appareil photo\u00a0?'],
    say: ['Touchez «\u00a0Autoriser\u00a0».'],
    ifThen: [
      {
        if: 'L’appelant a refusé',
        then: 'Ouvrez les paramètres du téléphone, trouvez EU Login et autorisez l’appareil photo.',
      },
    ],
  },
  'app.cameraDenied': {
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
  'app.scanner': {
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
  'app.foreignScanner': {
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
  'app.scanError': {
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
  'app.enrolPin': {
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
  'app.deviceInUse': {
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
  'app.enrolled': {
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
} satisfies FlowHelpdeskScripts<'app'>;
