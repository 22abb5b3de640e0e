import type { MailTexts } from '../content.types.js';

/**
 * EU Login's mails in Dutch (nl), in the polite register of an official service.
 * Placeholders: {firstName}, {link}, {minutes} (how long the link stays valid).
 */
export const mailsNl: MailTexts = {
  confirmation: {
    subject: 'Rond uw registratie bij EU Login af',
    body: 'Beste {firstName},\n\nIemand, waarschijnlijk u, heeft met dit e-mailadres een EU Login-account aangemaakt. Open de onderstaande link en kies uw wachtwoord om de registratie af te ronden:\n\n{link}\n\nDe link is {minutes} minuten geldig. Als de link verlopen is, registreer u dan opnieuw.\n\nAls u hier niet om hebt gevraagd, kunt u deze e-mail negeren; er wordt geen account geactiveerd.\n\nDit is een oefenmail van de EU Login-coach.',
    linkLabel: 'Mijn wachtwoord kiezen',
  },
  reset: {
    subject: 'Stel uw EU Login-wachtwoord opnieuw in',
    body: 'Beste {firstName},\n\nWe hebben een verzoek ontvangen om een nieuw wachtwoord in te stellen voor uw EU Login-account. Open de onderstaande link om er een te kiezen:\n\n{link}\n\nDe link is {minutes} minuten geldig en alleen het meest recente verzoek telt.\n\nAls u hier niet om hebt gevraagd, kunt u deze e-mail negeren; uw wachtwoord blijft ongewijzigd.\n\nDit is een oefenmail van de EU Login-coach.',
    linkLabel: 'Nieuw wachtwoord instellen',
  },
  securityNotice: {
    subject: 'Beveiligingsmelding voor uw EU Login-account',
    body: "Beste {firstName},\n\nAlle mobiele apparaten en eID's zijn zojuist uit uw EU Login-account verwijderd. U kunt nu inloggen met uw wachtwoord en een nieuw apparaat toevoegen.\n\nAls u dit niet zelf hebt gedaan, stel dan meteen uw wachtwoord opnieuw in:\n\n{link}\n\nDit is een oefenmail van de EU Login-coach.",
    linkLabel: 'Mijn wachtwoord opnieuw instellen',
  },
  emailChanged: {
    subject: 'Bevestig uw nieuwe e-mailadres voor EU Login',
    body: 'Beste {firstName},\n\nU hebt gevraagd dit adres te gebruiken voor uw EU Login-account. Open de onderstaande link om het te bevestigen:\n\n{link}\n\nDe link is {minutes} minuten geldig. Zolang u het niet hebt bevestigd, blijft het oude adres in gebruik.\n\nDit is een oefenmail van de EU Login-coach.',
    linkLabel: 'Mijn nieuwe adres bevestigen',
  },
};
