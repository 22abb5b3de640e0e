import type { MailTexts } from '../content.types.js';

/**
 * EU Login's mails in Estonian (et), in the polite register of an official service.
 * Placeholders: {firstName}, {link}, {minutes} (how long the link stays valid).
 */
export const mailsEt: MailTexts = {
  confirmation: {
    subject: 'Lõpetage registreerumine EU Loginis',
    body: 'Tere, {firstName}!\n\nKeegi, tõenäoliselt Teie, lõi selle e-posti aadressiga EU Logini konto. Registreerumise lõpetamiseks avage allolev link ja valige parool:\n\n{link}\n\nLink kehtib {minutes} minutit. Kui see on aegunud, registreeruge uuesti.\n\nKui Te seda ei taotlenud, jätke see kiri tähelepanuta; kontot ei aktiveerita.\n\nSee on EU Logini treeneri harjutuskiri.',
    linkLabel: 'Vali parool',
  },
  reset: {
    subject: 'Lähtestage oma EU Logini parool',
    body: 'Tere, {firstName}!\n\nSaime taotluse määrata Teie EU Logini kontole uus parool. Avage allolev link, et uus parool valida:\n\n{link}\n\nLink kehtib {minutes} minutit ja arvesse läheb ainult kõige uuem taotlus.\n\nKui Te seda ei taotlenud, jätke see kiri tähelepanuta; Teie parool jääb samaks.\n\nSee on EU Logini treeneri harjutuskiri.',
    linkLabel: 'Määra uus parool',
  },
  securityNotice: {
    subject: 'Turvateade Teie EU Logini konto kohta',
    body: 'Tere, {firstName}!\n\nTeie EU Logini kontolt eemaldati just kõik mobiilseadmed ja eID-d. Nüüd saate sisse logida oma parooliga ja lisada uue seadme.\n\nKui Te seda ise ei teinud, lähtestage kohe oma parool:\n\n{link}\n\nSee on EU Logini treeneri harjutuskiri.',
    linkLabel: 'Lähtesta parool',
  },
  emailChanged: {
    subject: 'Kinnitage oma uus EU Logini e-posti aadress',
    body: 'Tere, {firstName}!\n\nTaotlesite selle aadressi kasutamist oma EU Logini kontol. Avage allolev link, et aadress kinnitada:\n\n{link}\n\nLink kehtib {minutes} minutit. Kuni Te aadressi ei kinnita, kasutatakse endiselt vana aadressi.\n\nSee on EU Logini treeneri harjutuskiri.',
    linkLabel: 'Kinnita uus aadress',
  },
};
