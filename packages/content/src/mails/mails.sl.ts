import type { MailTexts } from '../content.types.js';

/**
 * EU Login's mails in Slovenian (sl), in the polite register of an official service.
 * Placeholders: {firstName}, {link}, {minutes} (how long the link stays valid).
 * The greeting ends in a comma, so the text after it starts in lower case. "min" after {minutes} needs no agreement with the number.
 */
export const mailsSl: MailTexts = {
  confirmation: {
    subject: 'Dokončajte registracijo v sistemu EU Login',
    body: 'Dober dan, {firstName},\n\nnekdo, verjetno vi, je s tem e-poštnim naslovom ustvaril račun EU Login. Za dokončanje registracije odprite spodnjo povezavo in izberite geslo:\n\n{link}\n\nPovezava velja {minutes} min. Če je potekla, se znova registrirajte.\n\nČe tega niste zahtevali, to sporočilo prezrite; noben račun ne bo aktiviran.\n\nTo je vadbeno sporočilo trenerja za EU Login.',
    linkLabel: 'Izberite geslo',
  },
  reset: {
    subject: 'Ponastavite geslo za EU Login',
    body: 'Dober dan, {firstName},\n\nprejeli smo zahtevo za nastavitev novega gesla za vaš račun EU Login. Odprite spodnjo povezavo, da izberete novo geslo:\n\n{link}\n\nPovezava velja {minutes} min, upošteva pa se samo najnovejša zahteva.\n\nČe tega niste zahtevali, to sporočilo prezrite; vaše geslo ostane nespremenjeno.\n\nTo je vadbeno sporočilo trenerja za EU Login.',
    linkLabel: 'Nastavite novo geslo',
  },
  securityNotice: {
    subject: 'Varnostno obvestilo za vaš račun EU Login',
    body: 'Dober dan, {firstName},\n\nz vašega računa EU Login so bile pravkar odstranjene vse mobilne naprave in vse eID. Zdaj se lahko prijavite z geslom in dodate novo napravo.\n\nČe tega niste storili vi, takoj ponastavite geslo:\n\n{link}\n\nTo je vadbeno sporočilo trenerja za EU Login.',
    linkLabel: 'Ponastavite geslo',
  },
  emailChanged: {
    subject: 'Potrdite nov e-poštni naslov za EU Login',
    body: 'Dober dan, {firstName},\n\nzahtevali ste, da se ta naslov uporablja za vaš račun EU Login. Odprite spodnjo povezavo, da ga potrdite:\n\n{link}\n\nPovezava velja {minutes} min. Dokler naslova ne potrdite, ostane v uporabi stari naslov.\n\nTo je vadbeno sporočilo trenerja za EU Login.',
    linkLabel: 'Potrdite nov naslov',
  },
};
