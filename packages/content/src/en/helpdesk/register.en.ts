import type { FlowHelpdeskScripts } from '../../content.types.js';

export const registerHelpdeskEn = {
  'register.form': {
    ask: [
      'Are you on the page titled "Create an account"?',
      'Which e-mail address will you use? It must be one you can open right now.',
    ],
    say: [
      'Type your names as you like; any alphabet is fine.',
      'Type your e-mail address twice, the same way both times.',
      'Type the characters from the picture, tick the privacy statement box and press "Create an account".',
    ],
    ifThen: [
      {
        if: 'The page says the address is already registered',
        then: 'They already have an account, maybe from another website. Use "Lost your password?" instead of registering.',
      },
      {
        if: 'The page refuses an address of an EU institution',
        then: 'Staff accounts are made by the institution. Use a private address, or contact the local IT helpdesk.',
      },
      {
        if: 'The picture is hard to read',
        then: 'Press the button with two arrows to get a new picture.',
      },
      {
        if: 'A throwaway address is refused',
        then: 'Use a permanent address: EU Login mails matter later, for resets and security notices.',
      },
    ],
  },
  'register.mailSent': {
    ask: [
      'Did the PC say an e-mail was sent? To which address?',
      'Have you looked in the spam or junk folder?',
      'How long ago did you press "Create an account"?',
    ],
    say: [
      'Look for a mail from automated-notifications@nomail.ec.europa.eu.',
      'Open it and click the link, or copy it into the browser address bar.',
    ],
    ifThen: [
      {
        if: 'Nothing in the inbox',
        then: 'Check spam and junk, then wait: it can take up to {mailMinutes} minutes.',
      },
      {
        if: 'The address on the PC has a typo',
        then: 'That mail will never arrive. Register again with the right address.',
      },
      {
        if: 'The link is split over two lines',
        then: 'Copy the whole link into the browser address bar in one piece.',
      },
      {
        if: 'The link says it has expired',
        then: 'Register again; the link lasts a limited time ({linkMinutes} minutes here, assumed).',
      },
    ],
  },
  'register.linkExpired': {
    ask: ['When did the mail arrive?', 'Did you click the newest mail, if there are several?'],
    say: [
      'Go back to the EU Login page and choose "Create an account" again.',
      'Open the new mail soon after it arrives.',
    ],
    ifThen: [
      {
        if: 'The page then says the address is already registered',
        then: 'Use "Lost your password?" with that address to finish setting a password.',
      },
      {
        if: 'Several mails arrived',
        then: 'Use the newest one; in this rehearsal only the newest link works.',
      },
    ],
  },
  'register.done': {
    ask: ['Does the PC say you are now authenticated?'],
    say: [
      'Your account works. Now add a second factor: the EU Login app, a security key or an eID.',
      'Open the gear icon at the top right and choose "My Account".',
    ],
    ifThen: [
      {
        if: 'The caller has no smartphone',
        then: 'A tablet, a security key or Windows Hello works too.',
      },
    ],
  },
} satisfies FlowHelpdeskScripts<'register'>;
