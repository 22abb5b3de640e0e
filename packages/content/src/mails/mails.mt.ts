import type { MailTexts } from '../content.types.js';

/**
 * EU Login's mails in Maltese (mt), in the polite register of an official service.
 * Placeholders: {firstName}, {link}, {minutes} (how long the link stays valid).
 * "min" after {minutes} needs no agreement with the number.
 */
export const mailsMt: MailTexts = {
  confirmation: {
    subject: 'Lesti r-reġistrazzjoni tiegħek fl-EU Login',
    body: "Għażiż/a {firstName},\n\nXi ħadd, probabbilment int, ħoloq kont tal-EU Login b'dan l-indirizz elettroniku. Biex tlesti r-reġistrazzjoni, iftaħ il-link hawn taħt u agħżel il-password tiegħek:\n\n{link}\n\nIl-link jibqa' validu għal {minutes} min. Jekk ikun skada, irreġistra mill-ġdid.\n\nJekk ma tlabtx dan, injora dan il-messaġġ; l-ebda kont mhu se jiġi attivat.\n\nDan huwa messaġġ ta' prattika mill-kowċ tal-EU Login.",
    linkLabel: 'Agħżel il-password tiegħi',
  },
  reset: {
    subject: 'Irrisettja l-password tiegħek tal-EU Login',
    body: "Għażiż/a {firstName},\n\nIrċevejna talba biex tiġi ssettjata password ġdida għall-kont tiegħek tal-EU Login. Iftaħ il-link hawn taħt biex tagħżel waħda:\n\n{link}\n\nIl-link jibqa' validu għal {minutes} min, u tgħodd biss l-aktar talba riċenti.\n\nJekk ma tlabtx dan, injora dan il-messaġġ; il-password tiegħek tibqa' kif inhi.\n\nDan huwa messaġġ ta' prattika mill-kowċ tal-EU Login.",
    linkLabel: 'Issettja password ġdida',
  },
  securityNotice: {
    subject: "Avviż ta' sigurtà għall-kont tiegħek tal-EU Login",
    body: "Għażiż/a {firstName},\n\nL-apparati mobbli kollha u l-eIDs kollha għadhom kemm tneħħew mill-kont tiegħek tal-EU Login. Issa tista' tidħol bil-password tiegħek u żżid apparat ġdid.\n\nJekk ma kontx int li għamilt dan, irrisettja l-password tiegħek minnufih:\n\n{link}\n\nDan huwa messaġġ ta' prattika mill-kowċ tal-EU Login.",
    linkLabel: 'Irrisettja l-password tiegħi',
  },
  emailChanged: {
    subject: 'Ikkonferma l-indirizz elettroniku l-ġdid tiegħek tal-EU Login',
    body: "Għażiż/a {firstName},\n\nTlabt li dan l-indirizz jintuża għall-kont tiegħek tal-EU Login. Iftaħ il-link hawn taħt biex tikkonfermah:\n\n{link}\n\nIl-link jibqa' validu għal {minutes} min. Sakemm tikkonfermah, jibqa' jintuża l-indirizz il-qadim.\n\nDan huwa messaġġ ta' prattika mill-kowċ tal-EU Login.",
    linkLabel: 'Ikkonferma l-indirizz il-ġdid tiegħi',
  },
};
