import type { Content } from '../content.types.js';

/** Placeholders: {firstName}, {link}, {minutes} (how long the link stays valid). */
export const mailsEn = {
  confirmation: {
    subject: 'Complete your EU Login registration',
    body: 'Dear {firstName},\n\nSomeone, probably you, created an EU Login account with this e-mail address. To finish, open the link below and choose your password:\n\n{link}\n\nThe link works for {minutes} minutes. If it has expired, register again.\n\nIf you did not ask for this, ignore this mail; no account will be activated.\n\nThis is a practice mail from the EU Login coach.',
    linkLabel: 'Choose my password',
  },
  reset: {
    subject: 'Reset your EU Login password',
    body: 'Dear {firstName},\n\nWe received a request to set a new password for your EU Login account. Open the link below to choose one:\n\n{link}\n\nThe link works for {minutes} minutes, and only the newest request counts.\n\nIf you did not ask for this, ignore this mail; your password stays as it is.\n\nThis is a practice mail from the EU Login coach.',
    linkLabel: 'Set a new password',
  },
  securityNotice: {
    subject: 'Security notice for your EU Login account',
    body: 'Dear {firstName},\n\nAll mobile devices and eIDs were just removed from your EU Login account. You can now sign in with your password and add a new device.\n\nIf you did not do this, reset your password at once:\n\n{link}\n\nThis is a practice mail from the EU Login coach.',
    linkLabel: 'Reset my password',
  },
  emailChanged: {
    subject: 'Confirm your new EU Login e-mail address',
    body: 'Dear {firstName},\n\nYou asked to use this address for your EU Login account. Open the link below to confirm it:\n\n{link}\n\nThe link works for {minutes} minutes. Until you confirm, the old address stays in use.\n\nThis is a practice mail from the EU Login coach.',
    linkLabel: 'Confirm my new address',
  },
} satisfies Content['mails'];
