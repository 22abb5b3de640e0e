import type { MailTexts } from '../content.types.js';

/**
 * EU Login's mails in Finnish (fi), in the polite register of an official service.
 * Placeholders: {firstName}, {link}, {minutes} (how long the link stays valid).
 * Addressed with "sinä", as Finnish public services write. "EU Login" stays whole: suffixes go on a following word ("EU Login -tili").
 */
export const mailsFi: MailTexts = {
  confirmation: {
    subject: 'Viimeistele rekisteröityminen EU Login -palveluun',
    body: 'Hei {firstName},\n\nJoku, luultavasti sinä, on luonut tällä sähköpostiosoitteella EU Login -tilin. Viimeistele rekisteröityminen avaamalla alla oleva linkki ja valitsemalla salasana:\n\n{link}\n\nLinkki on voimassa {minutes} minuuttia. Jos se on vanhentunut, rekisteröidy uudelleen.\n\nJos et pyytänyt tätä, voit jättää tämän viestin huomiotta; tiliä ei aktivoida.\n\nTämä on EU Login -valmentajan harjoitusviesti.',
    linkLabel: 'Valitse salasana',
  },
  reset: {
    subject: 'Nollaa EU Login -salasanasi',
    body: 'Hei {firstName},\n\nSaimme pyynnön asettaa uusi salasana EU Login -tilillesi. Valitse uusi salasana avaamalla alla oleva linkki:\n\n{link}\n\nLinkki on voimassa {minutes} minuuttia, ja vain uusin pyyntö otetaan huomioon.\n\nJos et pyytänyt tätä, voit jättää tämän viestin huomiotta; salasanasi pysyy ennallaan.\n\nTämä on EU Login -valmentajan harjoitusviesti.',
    linkLabel: 'Aseta uusi salasana',
  },
  securityNotice: {
    subject: 'Tietoturvailmoitus EU Login -tilistäsi',
    body: 'Hei {firstName},\n\nKaikki mobiililaitteet ja eID-tunnisteet on juuri poistettu EU Login -tililtäsi. Voit nyt kirjautua sisään salasanallasi ja lisätä uuden laitteen.\n\nJos et tehnyt tätä itse, nollaa salasanasi heti:\n\n{link}\n\nTämä on EU Login -valmentajan harjoitusviesti.',
    linkLabel: 'Nollaa salasanani',
  },
  emailChanged: {
    subject: 'Vahvista uusi sähköpostiosoitteesi EU Login -palvelussa',
    body: 'Hei {firstName},\n\nPyysit, että tätä osoitetta käytetään EU Login -tililläsi. Vahvista osoite avaamalla alla oleva linkki:\n\n{link}\n\nLinkki on voimassa {minutes} minuuttia. Kunnes vahvistat osoitteen, vanha osoite pysyy käytössä.\n\nTämä on EU Login -valmentajan harjoitusviesti.',
    linkLabel: 'Vahvista uusi osoitteeni',
  },
};
