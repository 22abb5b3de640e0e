import type { FlowStepTexts } from '../../content.types.js';

export const deviceStepsFr = {
  'device.list': {
    title: 'Gérez vos appareils mobiles',
    body: 'Sur l’ordinateur, «\u00a0Gérer mes appareils mobiles\u00a0» liste les téléphones associés à votre compte. Choisissez «\u00a0Ajouter un appareil mobile\u00a0», ou supprimez un ancien appareil.',
  },
  'device.addForm': {
    title: 'Nommez le téléphone et choisissez un code PIN',
    body: 'Sur l’ordinateur, donnez à votre téléphone un nom que vous reconnaîtrez et choisissez un code PIN à quatre chiffres, deux fois. Appuyez sur «\u00a0Envoyer\u00a0» et un code QR apparaît.',
    assumed:
      'EU Login ne publie pas de règles pour les noms d’appareils. Le coach suppose qu’un nom est obligatoire, qu’il a une longueur maximale et qu’il ne contient ni < ni >.',
  },
  'device.qrShown': {
    title: 'Prenez votre téléphone',
    body: 'L’ordinateur affiche maintenant un code QR. Sur votre téléphone, l’application EU Login affiche encore ses instructions de configuration\u00a0: touchez «\u00a0Suivant\u00a0» pour ouvrir son lecteur.',
    assumed: 'EU Login ne publie pas la durée de validité de ce code QR. Le coach suppose {enrolQrMinutes} minutes.',
  },
  'device.qrExpired': {
    title: 'Le code QR a expiré',
    body: 'Sur l’ordinateur, le code QR n’est plus valide. Remplissez de nouveau le formulaire «\u00a0Ajouter un appareil mobile\u00a0» pour en obtenir un nouveau.',
    assumed: 'EU Login ne publie pas la durée de validité du code QR. Le coach suppose {enrolQrMinutes} minutes.',
  },
  'device.added': {
    title: 'Votre téléphone est associé',
    body: 'Sur l’ordinateur, EU Login confirme l’ajout de l’appareil\u00a0; il figure maintenant dans «\u00a0Gérer mes appareils mobiles\u00a0». Désormais, choisissez l’application dans «\u00a0Choisissez votre méthode de vérification\u00a0» quand vous vous connectez. Appuyez sur «\u00a0Se déconnecter\u00a0» pour l’essayer.',
  },
  'device.deleteConfirm': {
    title: 'Supprimez l’ancien appareil',
    body: 'Sur l’ordinateur, confirmez que vous voulez retirer l’ancien téléphone de votre compte. L’ancien téléphone ne pourra plus confirmer de connexions.',
  },
} satisfies FlowStepTexts<'device'>;
