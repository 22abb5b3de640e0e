import type { MailTexts } from '../content.types.js';

/**
 * EU Login's mails in Hungarian (hu), in the polite register of an official service.
 * Placeholders: {firstName}, {link}, {minutes} (how long the link stays valid).
 */
export const mailsHu: MailTexts = {
  confirmation: {
    subject: 'Fejezze be az EU Login-regisztrációját',
    body: 'Kedves {firstName}!\n\nValaki, valószínűleg Ön, EU Login-fiókot hozott létre ezzel az e-mail-címmel. A regisztráció befejezéséhez nyissa meg az alábbi linket, és válasszon jelszót:\n\n{link}\n\nA link {minutes} percig érvényes. Ha lejárt, regisztráljon újra.\n\nHa nem Ön kérte ezt, hagyja figyelmen kívül ezt az üzenetet; így egyetlen fiók sem aktiválódik.\n\nEz az EU Login-edző gyakorló üzenete.',
    linkLabel: 'Jelszó kiválasztása',
  },
  reset: {
    subject: 'Állítsa vissza EU Login-jelszavát',
    body: 'Kedves {firstName}!\n\nKérést kaptunk arra, hogy új jelszót állítsunk be az Ön EU Login-fiókjához. Nyissa meg az alábbi linket, és válasszon új jelszót:\n\n{link}\n\nA link {minutes} percig érvényes, és csak a legutóbbi kérés számít.\n\nHa nem Ön kérte ezt, hagyja figyelmen kívül ezt az üzenetet; jelszava változatlan marad.\n\nEz az EU Login-edző gyakorló üzenete.',
    linkLabel: 'Új jelszó beállítása',
  },
  securityNotice: {
    subject: 'Biztonsági értesítés az EU Login-fiókjáról',
    body: 'Kedves {firstName}!\n\nAz Ön EU Login-fiókjából az imént eltávolítottak minden mobileszközt és eID-t. Most már bejelentkezhet a jelszavával, és hozzáadhat egy új eszközt.\n\nHa nem Ön tette ezt, azonnal állítsa vissza jelszavát:\n\n{link}\n\nEz az EU Login-edző gyakorló üzenete.',
    linkLabel: 'Jelszó visszaállítása',
  },
  emailChanged: {
    subject: 'Erősítse meg EU Login-fiókja új e-mail-címét',
    body: 'Kedves {firstName}!\n\nÖn azt kérte, hogy EU Login-fiókjához ezt a címet használjuk. Nyissa meg az alábbi linket a cím megerősítéséhez:\n\n{link}\n\nA link {minutes} percig érvényes. Amíg nem erősíti meg, a régi cím marad használatban.\n\nEz az EU Login-edző gyakorló üzenete.',
    linkLabel: 'Új cím megerősítése',
  },
};
