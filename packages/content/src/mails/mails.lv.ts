import type { MailTexts } from '../content.types.js';

/**
 * EU Login's mails in Latvian (lv), in the polite register of an official service.
 * Placeholders: {firstName}, {link}, {minutes} (how long the link stays valid).
 * "min" after {minutes} needs no agreement with the number. Sentences avoid participles addressed to the reader, which would show a gender.
 */
export const mailsLv: MailTexts = {
  confirmation: {
    subject: 'Pabeidziet reģistrāciju EU Login',
    body: 'Labdien, {firstName}!\n\nKāds (visticamāk, Jūs) ar šo e-pasta adresi izveidoja EU Login kontu. Lai pabeigtu reģistrāciju, atveriet tālāk norādīto saiti un izvēlieties paroli:\n\n{link}\n\nSaite ir derīga {minutes} min. Ja tās derīguma termiņš ir beidzies, reģistrējieties vēlreiz.\n\nJa Jūs to nepieprasījāt, ignorējiet šo e-pasta vēstuli; neviens konts netiks aktivizēts.\n\nŠī ir EU Login trenera mācību vēstule.',
    linkLabel: 'Izvēlēties paroli',
  },
  reset: {
    subject: 'Atiestatiet savu EU Login paroli',
    body: 'Labdien, {firstName}!\n\nMēs saņēmām pieprasījumu iestatīt jaunu paroli Jūsu EU Login kontam. Atveriet tālāk norādīto saiti, lai izvēlētos jaunu paroli:\n\n{link}\n\nSaite ir derīga {minutes} min, un spēkā ir tikai jaunākais pieprasījums.\n\nJa Jūs to nepieprasījāt, ignorējiet šo e-pasta vēstuli; Jūsu parole paliek nemainīga.\n\nŠī ir EU Login trenera mācību vēstule.',
    linkLabel: 'Iestatīt jaunu paroli',
  },
  securityNotice: {
    subject: 'Drošības paziņojums par Jūsu EU Login kontu',
    body: 'Labdien, {firstName}!\n\nNo Jūsu EU Login konta tikko tika noņemtas visas mobilās ierīces un eID. Tagad varat pierakstīties ar paroli un pievienot jaunu ierīci.\n\nJa to nedarījāt Jūs, nekavējoties atiestatiet paroli:\n\n{link}\n\nŠī ir EU Login trenera mācību vēstule.',
    linkLabel: 'Atiestatīt paroli',
  },
  emailChanged: {
    subject: 'Apstipriniet savu jauno EU Login e-pasta adresi',
    body: 'Labdien, {firstName}!\n\nJūs lūdzāt izmantot šo adresi savam EU Login kontam. Atveriet tālāk norādīto saiti, lai to apstiprinātu:\n\n{link}\n\nSaite ir derīga {minutes} min. Līdz apstiprināšanai joprojām tiek izmantota vecā adrese.\n\nŠī ir EU Login trenera mācību vēstule.',
    linkLabel: 'Apstiprināt jauno adresi',
  },
};
