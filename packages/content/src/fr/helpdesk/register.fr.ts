import type { FlowHelpdeskScripts } from '../../content.types.js';

export const registerHelpdeskFr = {
  'register.form': {
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
  'register.mailSent': {
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
  'register.linkExpired': {
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
  'register.done': {
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
} satisfies FlowHelpdeskScripts<'register'>;
