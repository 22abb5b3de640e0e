import type { MailTexts } from '../content.types.js';

/**
 * EU Login's mails in Slovak (sk), in the polite register of an official service.
 * Placeholders: {firstName}, {link}, {minutes} (how long the link stays valid).
 * The greeting ends in a comma, so the text after it starts in lower case. "min" after {minutes} needs no plural agreement with the number.
 */
export const mailsSk: MailTexts = {
  confirmation: {
    subject: 'Dokončite registráciu v systéme EU Login',
    body: 'Dobrý deň, {firstName},\n\nniekto, pravdepodobne Vy, si s touto e-mailovou adresou vytvoril konto EU Login. Na dokončenie registrácie otvorte odkaz nižšie a zvoľte si heslo:\n\n{link}\n\nOdkaz platí {minutes} min. Ak jeho platnosť uplynula, zaregistrujte sa znova.\n\nAk ste o to nežiadali, tento e-mail ignorujte; žiadne konto sa neaktivuje.\n\nToto je cvičný e-mail od trénera EU Login.',
    linkLabel: 'Zvoliť heslo',
  },
  reset: {
    subject: 'Obnovte si heslo ku kontu EU Login',
    body: 'Dobrý deň, {firstName},\n\ndostali sme žiadosť o nastavenie nového hesla pre Vaše konto EU Login. Otvorte odkaz nižšie a zvoľte si nové heslo:\n\n{link}\n\nOdkaz platí {minutes} min a zohľadňuje sa iba najnovšia žiadosť.\n\nAk ste o to nežiadali, tento e-mail ignorujte; Vaše heslo zostane nezmenené.\n\nToto je cvičný e-mail od trénera EU Login.',
    linkLabel: 'Nastaviť nové heslo',
  },
  securityNotice: {
    subject: 'Bezpečnostné upozornenie pre Vaše konto EU Login',
    body: 'Dobrý deň, {firstName},\n\nz Vášho konta EU Login boli práve odstránené všetky mobilné zariadenia a všetky eID. Teraz sa môžete prihlásiť heslom a pridať nové zariadenie.\n\nAk ste to neurobili Vy, ihneď si obnovte heslo:\n\n{link}\n\nToto je cvičný e-mail od trénera EU Login.',
    linkLabel: 'Obnoviť heslo',
  },
  emailChanged: {
    subject: 'Potvrďte novú e-mailovú adresu pre EU Login',
    body: 'Dobrý deň, {firstName},\n\npožiadali ste o používanie tejto adresy pre Vaše konto EU Login. Otvorte odkaz nižšie a adresu potvrďte:\n\n{link}\n\nOdkaz platí {minutes} min. Kým adresu nepotvrdíte, naďalej sa používa stará adresa.\n\nToto je cvičný e-mail od trénera EU Login.',
    linkLabel: 'Potvrdiť novú adresu',
  },
};
