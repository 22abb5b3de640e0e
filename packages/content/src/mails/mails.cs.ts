import type { MailTexts } from '../content.types.js';

/**
 * EU Login's mails in Czech (cs), in the polite register of an official service.
 * Placeholders: {firstName}, {link}, {minutes} (how long the link stays valid).
 * The greeting ends in a comma, so the text after it starts in lower case. Sentences avoid past participles addressed to the reader, which would show a gender. "min" after {minutes} needs no plural agreement with the number.
 */
export const mailsCs: MailTexts = {
  confirmation: {
    subject: 'Dokončete registraci v systému EU Login',
    body: 'Dobrý den, {firstName},\n\nněkdo, pravděpodobně Vy, si s touto e-mailovou adresou vytvořil účet EU Login. Pro dokončení otevřete odkaz níže a zvolte si heslo:\n\n{link}\n\nOdkaz platí {minutes} min. Pokud jeho platnost vypršela, zaregistrujte se znovu.\n\nPokud registrace nepochází od Vás, tento e-mail ignorujte; žádný účet nebude aktivován.\n\nToto je cvičný e-mail od trenéra EU Login.',
    linkLabel: 'Zvolit heslo',
  },
  reset: {
    subject: 'Obnovte si heslo k účtu EU Login',
    body: 'Dobrý den, {firstName},\n\nobdrželi jsme žádost o nastavení nového hesla k Vašemu účtu EU Login. Otevřete odkaz níže a zvolte si nové heslo:\n\n{link}\n\nOdkaz platí {minutes} min a zohledňuje se pouze nejnovější žádost.\n\nPokud tato žádost nepochází od Vás, tento e-mail ignorujte; Vaše heslo zůstane beze změny.\n\nToto je cvičný e-mail od trenéra EU Login.',
    linkLabel: 'Nastavit nové heslo',
  },
  securityNotice: {
    subject: 'Bezpečnostní upozornění k Vašemu účtu EU Login',
    body: 'Dobrý den, {firstName},\n\nz Vašeho účtu EU Login byla právě odebrána všechna mobilní zařízení a všechny eID. Nyní se můžete přihlásit heslem a přidat nové zařízení.\n\nPokud tato změna nepochází od Vás, ihned si obnovte heslo:\n\n{link}\n\nToto je cvičný e-mail od trenéra EU Login.',
    linkLabel: 'Obnovit heslo',
  },
  emailChanged: {
    subject: 'Potvrďte novou e-mailovou adresu pro EU Login',
    body: 'Dobrý den, {firstName},\n\nobdrželi jsme Vaši žádost o používání této adresy pro Váš účet EU Login. Otevřete odkaz níže a adresu potvrďte:\n\n{link}\n\nOdkaz platí {minutes} min. Dokud adresu nepotvrdíte, bude se nadále používat stará adresa.\n\nToto je cvičný e-mail od trenéra EU Login.',
    linkLabel: 'Potvrdit novou adresu',
  },
};
