import type { MailTexts } from '../content.types.js';

/**
 * EU Login's mails in Italian (it), in the polite register of an official service.
 * Placeholders: {firstName}, {link}, {minutes} (how long the link stays valid).
 * The greeting ends in a comma, so the text after it starts in lower case.
 */
export const mailsIt: MailTexts = {
  confirmation: {
    subject: 'Completi la registrazione a EU Login',
    body: "Gentile {firstName},\n\nqualcuno, probabilmente Lei, ha creato un account EU Login con questo indirizzo e-mail. Per completare la registrazione, apra il link qui sotto e scelga la password:\n\n{link}\n\nIl link è valido per {minutes} minuti. Se è scaduto, ripeta la registrazione.\n\nSe non ha fatto Lei questa richiesta, ignori questo messaggio: nessun account verrà attivato.\n\nQuesta è un'e-mail di esercitazione inviata dal coach di EU Login.",
    linkLabel: 'Scegliere la password',
  },
  reset: {
    subject: 'Reimposti la password di EU Login',
    body: "Gentile {firstName},\n\nabbiamo ricevuto una richiesta di impostare una nuova password per il Suo account EU Login. Apra il link qui sotto per sceglierne una:\n\n{link}\n\nIl link è valido per {minutes} minuti e conta solo la richiesta più recente.\n\nSe non ha fatto Lei questa richiesta, ignori questo messaggio: la Sua password resta invariata.\n\nQuesta è un'e-mail di esercitazione inviata dal coach di EU Login.",
    linkLabel: 'Impostare una nuova password',
  },
  securityNotice: {
    subject: 'Avviso di sicurezza per il Suo account EU Login',
    body: "Gentile {firstName},\n\ntutti i dispositivi mobili e le eID sono appena stati rimossi dal Suo account EU Login. Ora può accedere con la password e aggiungere un nuovo dispositivo.\n\nSe non ha effettuato Lei questa operazione, reimposti subito la password:\n\n{link}\n\nQuesta è un'e-mail di esercitazione inviata dal coach di EU Login.",
    linkLabel: 'Reimpostare la password',
  },
  emailChanged: {
    subject: 'Confermi il nuovo indirizzo e-mail di EU Login',
    body: "Gentile {firstName},\n\nha chiesto di usare questo indirizzo per il Suo account EU Login. Apra il link qui sotto per confermarlo:\n\n{link}\n\nIl link è valido per {minutes} minuti. Fino alla conferma resta in uso il vecchio indirizzo.\n\nQuesta è un'e-mail di esercitazione inviata dal coach di EU Login.",
    linkLabel: 'Confermare il nuovo indirizzo',
  },
};
