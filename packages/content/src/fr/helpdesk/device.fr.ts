import type { FlowHelpdeskScripts } from '../../content.types.js';

export const deviceHelpdeskFr = {
  'device.list': {
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
  'device.addForm': {
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
  'device.qrShown': {
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
  'device.qrExpired': {
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
  'device.added': {
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
  'device.deleteConfirm': {
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
} satisfies FlowHelpdeskScripts<'device'>;
