import type { MailTexts } from '../content.types.js';

/**
 * EU Login's mails in Lithuanian (lt), in the polite register of an official service.
 * Placeholders: {firstName}, {link}, {minutes} (how long the link stays valid).
 * "min." after {minutes} needs no agreement with the number.
 */
export const mailsLt: MailTexts = {
  confirmation: {
    subject: 'Užbaikite registraciją EU Login sistemoje',
    body: 'Sveiki, {firstName},\n\nKažkas, tikriausiai jūs, šiuo e. pašto adresu sukūrė EU Login paskyrą. Registracijai užbaigti atidarykite toliau pateiktą nuorodą ir pasirinkite slaptažodį:\n\n{link}\n\nNuoroda galioja {minutes} min. Jei jos galiojimas baigėsi, užsiregistruokite iš naujo.\n\nJei to neprašėte, į šį laišką nekreipkite dėmesio – jokia paskyra nebus aktyvinta.\n\nTai mokomasis EU Login trenerio laiškas.',
    linkLabel: 'Pasirinkti slaptažodį',
  },
  reset: {
    subject: 'Iš naujo nustatykite EU Login slaptažodį',
    body: 'Sveiki, {firstName},\n\nGavome prašymą nustatyti naują jūsų EU Login paskyros slaptažodį. Atidarykite toliau pateiktą nuorodą ir pasirinkite naują slaptažodį:\n\n{link}\n\nNuoroda galioja {minutes} min., o įskaitomas tik naujausias prašymas.\n\nJei to neprašėte, į šį laišką nekreipkite dėmesio – jūsų slaptažodis liks nepakeistas.\n\nTai mokomasis EU Login trenerio laiškas.',
    linkLabel: 'Nustatyti naują slaptažodį',
  },
  securityNotice: {
    subject: 'Saugumo pranešimas apie jūsų EU Login paskyrą',
    body: 'Sveiki, {firstName},\n\nIš jūsų EU Login paskyros ką tik buvo pašalinti visi mobilieji įrenginiai ir eID. Dabar galite prisijungti slaptažodžiu ir pridėti naują įrenginį.\n\nJei to nedarėte jūs, nedelsiant iš naujo nustatykite slaptažodį:\n\n{link}\n\nTai mokomasis EU Login trenerio laiškas.',
    linkLabel: 'Iš naujo nustatyti slaptažodį',
  },
  emailChanged: {
    subject: 'Patvirtinkite naują EU Login e. pašto adresą',
    body: 'Sveiki, {firstName},\n\nPaprašėte savo EU Login paskyroje naudoti šį adresą. Atidarykite toliau pateiktą nuorodą ir jį patvirtinkite:\n\n{link}\n\nNuoroda galioja {minutes} min. Kol adreso nepatvirtinsite, toliau bus naudojamas senasis adresas.\n\nTai mokomasis EU Login trenerio laiškas.',
    linkLabel: 'Patvirtinti naują adresą',
  },
};
