import type { MailTexts } from '../content.types.js';

/**
 * EU Login's mails in Polish (pl), in the polite register of an official service.
 * Placeholders: {firstName}, {link}, {minutes} (how long the link stays valid).
 * Sentences avoid "Pan"/"Pani", which would show a gender: they ask politely with "proszę" or say what happens. "min" after {minutes} needs no plural agreement with the number.
 */
export const mailsPl: MailTexts = {
  confirmation: {
    subject: 'Dokończenie rejestracji w EU Login',
    body: 'Dzień dobry, {firstName},\n\nKtoś, prawdopodobnie odbiorca tej wiadomości, utworzył konto EU Login, podając ten adres e-mail. Aby dokończyć rejestrację, proszę otworzyć poniższy link i wybrać hasło:\n\n{link}\n\nLink jest ważny przez {minutes} min. Jeśli wygasł, należy zarejestrować się ponownie.\n\nW razie otrzymania tej wiadomości bez wcześniejszej prośby proszę ją zignorować – żadne konto nie zostanie aktywowane.\n\nTo jest wiadomość ćwiczeniowa od trenera EU Login.',
    linkLabel: 'Wybierz hasło',
  },
  reset: {
    subject: 'Resetowanie hasła do EU Login',
    body: 'Dzień dobry, {firstName},\n\nOtrzymaliśmy prośbę o ustawienie nowego hasła do konta EU Login powiązanego z tym adresem. Aby wybrać hasło, proszę otworzyć poniższy link:\n\n{link}\n\nLink jest ważny przez {minutes} min, a pod uwagę brana jest tylko najnowsza prośba.\n\nW razie otrzymania tej wiadomości bez wcześniejszej prośby proszę ją zignorować – hasło pozostanie bez zmian.\n\nTo jest wiadomość ćwiczeniowa od trenera EU Login.',
    linkLabel: 'Ustaw nowe hasło',
  },
  securityNotice: {
    subject: 'Powiadomienie o bezpieczeństwie konta EU Login',
    body: 'Dzień dobry, {firstName},\n\nZ konta EU Login powiązanego z tym adresem usunięto właśnie wszystkie urządzenia mobilne i identyfikatory eID. Teraz można zalogować się hasłem i dodać nowe urządzenie.\n\nJeśli ta zmiana nastąpiła bez wiedzy właściciela konta, proszę natychmiast zresetować hasło:\n\n{link}\n\nTo jest wiadomość ćwiczeniowa od trenera EU Login.',
    linkLabel: 'Zresetuj hasło',
  },
  emailChanged: {
    subject: 'Potwierdzenie nowego adresu e-mail w EU Login',
    body: 'Dzień dobry, {firstName},\n\nZłożono prośbę o przypisanie tego adresu do konta EU Login. Aby go potwierdzić, proszę otworzyć poniższy link:\n\n{link}\n\nLink jest ważny przez {minutes} min. Do czasu potwierdzenia nadal używany jest stary adres.\n\nTo jest wiadomość ćwiczeniowa od trenera EU Login.',
    linkLabel: 'Potwierdź nowy adres',
  },
};
