import type { MailTexts } from '../content.types.js';

/**
 * EU Login's mails in Romanian (ro), in the polite register of an official service.
 * Placeholders: {firstName}, {link}, {minutes} (how long the link stays valid).
 * "min" after {minutes} needs no "de" nor agreement with the number.
 */
export const mailsRo: MailTexts = {
  confirmation: {
    subject: 'Finalizați înregistrarea în EU Login',
    body: 'Bună ziua, {firstName},\n\nCineva, probabil dumneavoastră, a creat un cont EU Login cu această adresă de e-mail. Pentru a finaliza înregistrarea, deschideți linkul de mai jos și alegeți-vă parola:\n\n{link}\n\nLinkul este valabil {minutes} min. Dacă a expirat, înregistrați-vă din nou.\n\nDacă nu ați solicitat acest lucru, ignorați acest mesaj; niciun cont nu va fi activat.\n\nAcesta este un mesaj de exercițiu trimis de antrenorul EU Login.',
    linkLabel: 'Alegeți parola',
  },
  reset: {
    subject: 'Resetați parola EU Login',
    body: 'Bună ziua, {firstName},\n\nAm primit o solicitare de a seta o parolă nouă pentru contul dumneavoastră EU Login. Deschideți linkul de mai jos pentru a alege una:\n\n{link}\n\nLinkul este valabil {minutes} min și este luată în considerare doar cea mai recentă solicitare.\n\nDacă nu ați solicitat acest lucru, ignorați acest mesaj; parola dumneavoastră rămâne neschimbată.\n\nAcesta este un mesaj de exercițiu trimis de antrenorul EU Login.',
    linkLabel: 'Setați o parolă nouă',
  },
  securityNotice: {
    subject: 'Notificare de securitate pentru contul dumneavoastră EU Login',
    body: 'Bună ziua, {firstName},\n\nToate dispozitivele mobile și toate eID-urile tocmai au fost eliminate din contul dumneavoastră EU Login. Acum vă puteți conecta cu parola și puteți adăuga un dispozitiv nou.\n\nDacă nu dumneavoastră ați făcut acest lucru, resetați-vă imediat parola:\n\n{link}\n\nAcesta este un mesaj de exercițiu trimis de antrenorul EU Login.',
    linkLabel: 'Resetați parola',
  },
  emailChanged: {
    subject: 'Confirmați noua adresă de e-mail pentru EU Login',
    body: 'Bună ziua, {firstName},\n\nAți solicitat folosirea acestei adrese pentru contul dumneavoastră EU Login. Deschideți linkul de mai jos pentru a o confirma:\n\n{link}\n\nLinkul este valabil {minutes} min. Până la confirmare, se folosește în continuare adresa veche.\n\nAcesta este un mesaj de exercițiu trimis de antrenorul EU Login.',
    linkLabel: 'Confirmați noua adresă',
  },
};
