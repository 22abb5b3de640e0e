import type { GuideTexts } from '../content.types.js';

/** Guide mode: questions for the person doing the real setup, and their possible answers. */
export const guideFr: GuideTexts = {
  lookupAccount: {
    question: 'Après avoir appuyé sur «\u00a0Suivant\u00a0», qu’affiche EU Login\u00a0?',
    answers: { known: 'Un champ pour le mot de passe', unknown: 'Il ne trouve aucun utilisateur avec cette adresse' },
  },
  registerAccount: {
    question: 'Après avoir appuyé sur «\u00a0Créer un compte\u00a0», que dit la page\u00a0?',
    answers: {
      ok: 'Un e-mail m’a été envoyé',
      alreadyRegistered: 'L’adresse est déjà enregistrée',
      institution: 'Les adresses des institutions européennes ne sont pas acceptées',
      disposable: 'L’adresse n’est pas acceptée (boîte mail temporaire)',
      captchaWrong: 'Le code de l’image était faux',
    },
  },
  openLink: {
    question: 'Vous avez ouvert le lien de l’e-mail. Que voyez-vous\u00a0?',
    answers: { valid: 'Une page pour choisir mon mot de passe', expired: 'Le lien a expiré ou a déjà été utilisé' },
  },
  setPassword: {
    question: 'Après avoir envoyé le nouveau mot de passe, que s’est-il passé\u00a0?',
    answers: { ok: 'Il a été accepté', tooSoon: 'Il est indiqué que j’ai changé mon mot de passe trop récemment' },
  },
  requestPasswordReset: {
    question: 'Après avoir appuyé sur «\u00a0Obtenir un mot de passe\u00a0», que dit la page\u00a0?',
    answers: { ok: 'Un e-mail de réinitialisation a été envoyé', captchaWrong: 'Le code de l’image était faux' },
  },
  signIn: {
    question: 'Après avoir appuyé sur «\u00a0Se connecter\u00a0», que s’est-il passé\u00a0?',
    answers: {
      ok: 'La suite s’est affichée',
      wrongPassword: 'Il est indiqué que le mot de passe est incorrect',
      locked: 'Il est indiqué que je dois attendre avant de réessayer',
      methodUnavailable: 'Il est indiqué que cette méthode de vérification n’est pas configurée',
    },
  },
  approvePinRequest: {
    question: 'Vous avez saisi votre code PIN dans l’application. Que dit l’application\u00a0?',
    answers: {
      ok: 'C’est approuvé',
      wrongPin: 'Le code PIN est faux',
      refused: 'La demande a été refusée après trop d’essais',
      expired: 'La demande a expiré',
    },
  },
  readQrChallenge: {
    question: 'Vous avez scanné le code QR avec l’application EU Login. Qu’affiche l’application\u00a0?',
    answers: {
      code: 'Un code à saisir sur l’ordinateur',
      invalid: 'Il est indiqué que le code QR n’est pas valide',
      notInitialised: 'Elle me demande d’abord d’initialiser l’application',
    },
  },
  verifyOtp: {
    question: 'Vous avez saisi le code sur l’ordinateur. Que s’est-il passé\u00a0?',
    answers: {
      ok: 'Je suis connecté',
      wrong: 'Il est indiqué que le code est faux',
      used: 'Il est indiqué que le code a déjà été utilisé',
      expired: 'Il est indiqué que le code a expiré',
    },
  },
  assertSecurityKey: {
    question: 'Votre navigateur a demandé la clé de sécurité. Que s’est-il passé\u00a0?',
    answers: {
      ok: 'La clé a été acceptée',
      cancelled: 'J’ai annulé ou le délai a expiré',
      notRegistered: 'La clé n’est pas connue',
    },
  },
  scanEnrolmentQr: {
    question: 'Vous avez pointé l’application EU Login vers le code QR. Que s’est-il passé\u00a0?',
    answers: {
      ok: 'Elle me demande mon code PIN',
      invalid: 'Il est indiqué que le code QR n’est pas valide',
      expired: 'Il est indiqué que le code QR a expiré',
    },
  },
  confirmEnrolmentPin: {
    question: 'Vous avez saisi le code PIN dans l’application. Que dit-elle\u00a0?',
    answers: {
      ok: 'L’appareil est configuré',
      wrongPin: 'Le code PIN est faux',
      refused: 'Elle a refusé après trop d’essais',
      deviceInUse: 'Ce téléphone est déjà utilisé par un autre compte',
      expired: 'Il est indiqué que la demande a expiré',
    },
  },
  verifyAppCredentials: {
    question:
      'Vous avez saisi votre adresse e-mail et votre mot de passe EU Login dans l’application. Que s’est-il passé\u00a0?',
    answers: {
      ok: 'Elle me demande un nouveau code PIN',
      wrongPassword: 'Le mot de passe est faux',
      locked: 'Il est indiqué que je dois attendre',
    },
  },
  completeEid: {
    question: 'Vous vous êtes connecté avec votre eID nationale. Où êtes-vous maintenant\u00a0?',
    answers: {
      ok: 'De retour sur EU Login, cela a fonctionné',
      failed: 'Cela a échoué ou je n’ai pas pu terminer',
      notLinked: 'Il est indiqué que cette eID n’est associée à aucun compte',
    },
  },
  registerSecurityKey: {
    question: 'Vous avez touché la clé ou confirmé avec Windows Hello. Que s’est-il passé\u00a0?',
    answers: { ok: 'La clé apparaît dans la liste', duplicate: 'Il est indiqué que cette clé est déjà enregistrée' },
  },
};
