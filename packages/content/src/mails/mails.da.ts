import type { MailTexts } from '../content.types.js';

/**
 * EU Login's mails in Danish (da), in the polite register of an official service.
 * Placeholders: {firstName}, {link}, {minutes} (how long the link stays valid).
 * Addressed with "du", as Danish public services write.
 */
export const mailsDa: MailTexts = {
  confirmation: {
    subject: 'Gennemfør din registrering i EU Login',
    body: 'Kære {firstName}\n\nNogen, formentlig dig selv, har oprettet en EU Login-konto med denne e-mailadresse. Åbn linket nedenfor, og vælg din adgangskode for at gennemføre registreringen:\n\n{link}\n\nLinket er gyldigt i {minutes} minutter. Hvis det er udløbet, skal du registrere dig igen.\n\nHvis du ikke har bedt om dette, kan du se bort fra denne e-mail; der bliver ikke aktiveret nogen konto.\n\nDette er en øvelsesmail fra EU Login-træneren.',
    linkLabel: 'Vælg min adgangskode',
  },
  reset: {
    subject: 'Nulstil din adgangskode til EU Login',
    body: 'Kære {firstName}\n\nVi har modtaget en anmodning om at angive en ny adgangskode til din EU Login-konto. Åbn linket nedenfor for at vælge en:\n\n{link}\n\nLinket er gyldigt i {minutes} minutter, og kun den seneste anmodning gælder.\n\nHvis du ikke har bedt om dette, kan du se bort fra denne e-mail; din adgangskode forbliver uændret.\n\nDette er en øvelsesmail fra EU Login-træneren.',
    linkLabel: 'Angiv en ny adgangskode',
  },
  securityNotice: {
    subject: 'Sikkerhedsmeddelelse om din EU Login-konto',
    body: "Kære {firstName}\n\nAlle mobile enheder og eID'er er netop blevet fjernet fra din EU Login-konto. Du kan nu logge ind med din adgangskode og tilføje en ny enhed.\n\nHvis det ikke var dig, skal du straks nulstille din adgangskode:\n\n{link}\n\nDette er en øvelsesmail fra EU Login-træneren.",
    linkLabel: 'Nulstil min adgangskode',
  },
  emailChanged: {
    subject: 'Bekræft din nye e-mailadresse til EU Login',
    body: 'Kære {firstName}\n\nDu har bedt om at bruge denne adresse til din EU Login-konto. Åbn linket nedenfor for at bekræfte den:\n\n{link}\n\nLinket er gyldigt i {minutes} minutter. Indtil du har bekræftet den, bruges den gamle adresse fortsat.\n\nDette er en øvelsesmail fra EU Login-træneren.',
    linkLabel: 'Bekræft min nye adresse',
  },
};
