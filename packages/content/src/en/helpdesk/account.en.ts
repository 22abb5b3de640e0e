import type { FlowHelpdeskScripts } from '../../content.types.js';

export const accountHelpdeskEn = {
  'account.home': {
    ask: ['Do you see a gear icon at the top right of the EU Login page?', 'Are you signed in?'],
    say: [
      'Open the settings menu (the gear icon, top right) and pick "My Account".',
      'Then choose the item for what you want to add or change.',
    ],
    ifThen: [
      {
        if: 'EU Login asks you to sign in again with a second factor',
        then: 'This is normal when a factor exists already: confirm with it first.',
      },
      {
        if: 'The lost phone is the only factor',
        then: 'Use "Delete all my devices and eID (PANIC)" to start afresh.',
      },
      {
        if: 'The EU Login pages are in another language',
        then: 'Switch the page language to English with the language menu at the top of the page.',
      },
      {
        if: 'The caller wants to change the e-mail address of the account',
        then: 'Choose "Configure my account", type the new address, press "Submit" and open the confirmation link sent to the new address. Do not create a second account.',
      },
    ],
  },
} satisfies FlowHelpdeskScripts<'account'>;
