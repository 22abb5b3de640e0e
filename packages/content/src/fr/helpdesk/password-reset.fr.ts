import type { FlowHelpdeskScripts } from '../../content.types.js';

export const passwordResetHelpdeskFr = {
  'passwordReset.request': {
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
  'passwordReset.mailSent': {
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
  'passwordReset.linkExpired': {
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
  'passwordReset.done': {
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
} satisfies FlowHelpdeskScripts<'passwordReset'>;
