import type { MailTexts } from '../content.types.js';

/**
 * EU Login's mails in Swedish (sv), in the polite register of an official service.
 * Placeholders: {firstName}, {link}, {minutes} (how long the link stays valid).
 * Addressed with "du", as Swedish public services write.
 */
export const mailsSv: MailTexts = {
  confirmation: {
    subject: 'Slutför din registrering i EU Login',
    body: 'Hej {firstName}!\n\nNågon, troligen du, har skapat ett EU Login-konto med den här e-postadressen. Öppna länken nedan och välj ditt lösenord för att slutföra registreringen:\n\n{link}\n\nLänken gäller i {minutes} minuter. Om den har gått ut behöver du registrera dig på nytt.\n\nOm du inte har begärt detta kan du bortse från det här meddelandet; inget konto kommer att aktiveras.\n\nDet här är ett övningsmeddelande från EU Login-coachen.',
    linkLabel: 'Välj mitt lösenord',
  },
  reset: {
    subject: 'Återställ ditt lösenord för EU Login',
    body: 'Hej {firstName}!\n\nVi har fått en begäran om att ange ett nytt lösenord för ditt EU Login-konto. Öppna länken nedan för att välja ett:\n\n{link}\n\nLänken gäller i {minutes} minuter, och bara den senaste begäran räknas.\n\nOm du inte har begärt detta kan du bortse från det här meddelandet; ditt lösenord förblir oförändrat.\n\nDet här är ett övningsmeddelande från EU Login-coachen.',
    linkLabel: 'Ange ett nytt lösenord',
  },
  securityNotice: {
    subject: 'Säkerhetsmeddelande om ditt EU Login-konto',
    body: 'Hej {firstName}!\n\nAlla mobila enheter och e-legitimationer (eID) har just tagits bort från ditt EU Login-konto. Du kan nu logga in med ditt lösenord och lägga till en ny enhet.\n\nOm det inte var du som gjorde detta ska du genast återställa ditt lösenord:\n\n{link}\n\nDet här är ett övningsmeddelande från EU Login-coachen.',
    linkLabel: 'Återställ mitt lösenord',
  },
  emailChanged: {
    subject: 'Bekräfta din nya e-postadress för EU Login',
    body: 'Hej {firstName}!\n\nDu har bett om att få använda den här adressen för ditt EU Login-konto. Öppna länken nedan för att bekräfta den:\n\n{link}\n\nLänken gäller i {minutes} minuter. Tills du har bekräftat den används den gamla adressen.\n\nDet här är ett övningsmeddelande från EU Login-coachen.',
    linkLabel: 'Bekräfta min nya adress',
  },
};
