import type { MailTexts } from '../content.types.js';

/**
 * EU Login's mails in French (fr), in the polite register of an official service.
 * Placeholders: {firstName}, {link}, {minutes} (how long the link stays valid).
 * A no-break space (\u00a0) goes before ":" and ";".
 */
export const mailsFr: MailTexts = {
  confirmation: {
    subject: 'Finalisez votre inscription à EU Login',
    body: "Bonjour {firstName},\n\nQuelqu'un, probablement vous, a créé un compte EU Login avec cette adresse électronique. Pour terminer, ouvrez le lien ci-dessous et choisissez votre mot de passe\u00a0:\n\n{link}\n\nLe lien est valable {minutes} minutes. S'il a expiré, inscrivez-vous à nouveau.\n\nSi vous n'êtes pas à l'origine de cette demande, ignorez ce message\u00a0; aucun compte ne sera activé.\n\nCeci est un message d'entraînement envoyé par le coach EU Login.",
    linkLabel: 'Choisir mon mot de passe',
  },
  reset: {
    subject: 'Réinitialisez votre mot de passe EU Login',
    body: "Bonjour {firstName},\n\nNous avons reçu une demande de nouveau mot de passe pour votre compte EU Login. Ouvrez le lien ci-dessous pour en choisir un\u00a0:\n\n{link}\n\nLe lien est valable {minutes} minutes, et seule la demande la plus récente est prise en compte.\n\nSi vous n'êtes pas à l'origine de cette demande, ignorez ce message\u00a0; votre mot de passe reste inchangé.\n\nCeci est un message d'entraînement envoyé par le coach EU Login.",
    linkLabel: 'Définir un nouveau mot de passe',
  },
  securityNotice: {
    subject: 'Avis de sécurité concernant votre compte EU Login',
    body: "Bonjour {firstName},\n\nTous les appareils mobiles et toutes les eID viennent d'être supprimés de votre compte EU Login. Vous pouvez désormais vous connecter avec votre mot de passe et ajouter un nouvel appareil.\n\nSi vous n'êtes pas à l'origine de cette opération, réinitialisez immédiatement votre mot de passe\u00a0:\n\n{link}\n\nCeci est un message d'entraînement envoyé par le coach EU Login.",
    linkLabel: 'Réinitialiser mon mot de passe',
  },
  emailChanged: {
    subject: 'Confirmez votre nouvelle adresse électronique EU Login',
    body: "Bonjour {firstName},\n\nVous avez demandé à utiliser cette adresse pour votre compte EU Login. Ouvrez le lien ci-dessous pour la confirmer\u00a0:\n\n{link}\n\nLe lien est valable {minutes} minutes. Tant que vous ne l'avez pas confirmée, l'ancienne adresse reste active.\n\nCeci est un message d'entraînement envoyé par le coach EU Login.",
    linkLabel: 'Confirmer ma nouvelle adresse',
  },
};
