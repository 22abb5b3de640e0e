import type { MailTexts } from '../content.types.js';

/**
 * EU Login's mails in Croatian (hr), in the polite register of an official service.
 * Placeholders: {firstName}, {link}, {minutes} (how long the link stays valid).
 * The greeting ends in a comma, so the text after it starts in lower case. "min" after {minutes} needs no plural agreement with the number.
 */
export const mailsHr: MailTexts = {
  confirmation: {
    subject: 'Dovršite registraciju u sustavu EU Login',
    body: 'Dobar dan, {firstName},\n\nnetko, vjerojatno Vi, otvorio je korisnički račun EU Login s ovom adresom e-pošte. Za dovršetak registracije otvorite poveznicu u nastavku i odaberite lozinku:\n\n{link}\n\nPoveznica vrijedi {minutes} min. Ako je istekla, ponovno se registrirajte.\n\nAko to niste zatražili, zanemarite ovu poruku; nijedan račun neće biti aktiviran.\n\nOvo je poruka za vježbu koju šalje trener za EU Login.',
    linkLabel: 'Odaberite lozinku',
  },
  reset: {
    subject: 'Ponovno postavite lozinku za EU Login',
    body: 'Dobar dan, {firstName},\n\nzaprimili smo zahtjev za postavljanje nove lozinke za Vaš račun EU Login. Otvorite poveznicu u nastavku kako biste odabrali novu lozinku:\n\n{link}\n\nPoveznica vrijedi {minutes} min, a u obzir se uzima samo najnoviji zahtjev.\n\nAko to niste zatražili, zanemarite ovu poruku; Vaša lozinka ostaje nepromijenjena.\n\nOvo je poruka za vježbu koju šalje trener za EU Login.',
    linkLabel: 'Postavite novu lozinku',
  },
  securityNotice: {
    subject: 'Sigurnosna obavijest za Vaš račun EU Login',
    body: 'Dobar dan, {firstName},\n\ns Vašeg računa EU Login upravo su uklonjeni svi mobilni uređaji i svi eID-ovi. Sada se možete prijaviti lozinkom i dodati novi uređaj.\n\nAko to niste učinili Vi, odmah ponovno postavite lozinku:\n\n{link}\n\nOvo je poruka za vježbu koju šalje trener za EU Login.',
    linkLabel: 'Ponovno postavite lozinku',
  },
  emailChanged: {
    subject: 'Potvrdite novu adresu e-pošte za EU Login',
    body: 'Dobar dan, {firstName},\n\nzatražili ste da se ova adresa upotrebljava za Vaš račun EU Login. Otvorite poveznicu u nastavku kako biste je potvrdili:\n\n{link}\n\nPoveznica vrijedi {minutes} min. Dok je ne potvrdite, i dalje se upotrebljava stara adresa.\n\nOvo je poruka za vježbu koju šalje trener za EU Login.',
    linkLabel: 'Potvrdite novu adresu',
  },
};
