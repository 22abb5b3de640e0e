import type { FlowHelpdeskScripts } from '../../content.types.js';

export const eidHelpdeskEn = {
  'eid.manage': {
    ask: ['Which country issued your eID?', 'Do you use a card reader or a national eID app?'],
    say: ['Choose "Manage my eIDs", then "Link my eID".'],
    ifThen: [
      {
        if: 'EU Login asks for a second factor first',
        then: 'Confirm with the factor you already have.',
      },
    ],
  },
  'eid.country': {
    ask: ['Is the flag of your country in the list?'],
    say: ['Click your country\'s flag, then "Submit".'],
    ifThen: [
      {
        if: 'The country is missing',
        then: 'Its eID cannot be used with EU Login yet. Use the app or a security key instead.',
      },
      {
        if: 'The caller chose "Sign in with eID" but never linked the eID to their account',
        then: 'That creates a separate account holding only the eID, not their usual one. Sign in with the password instead and link the eID in My Account.',
      },
    ],
  },
  'eid.national': {
    ask: ["Which page is open now: your country's eID service?"],
    say: [
      'Follow your national eID page.',
      'Questions about the card, reader or national app go to your national eID support.',
    ],
    ifThen: [
      {
        if: 'The national page shows an error',
        then: 'Check the card reader and the national app, then start again from "Link my eID".',
      },
      {
        if: 'The caller cancelled',
        then: 'Start again from "Link my eID".',
      },
    ],
  },
  'eid.linked': {
    ask: ['Does the page confirm the eID is linked?'],
    say: ['Next time, choose "Sign in with eID" on the first EU Login page.'],
    ifThen: [
      {
        if: 'The website does not offer "Sign in with eID"',
        then: 'That website does not accept eID; use the app or a security key there.',
      },
    ],
  },
  'eid.failed': {
    ask: ['Did you cancel on the national page, or did it show an error?'],
    say: ['Press "Try again" to choose your country again, or cancel and use another method.'],
    ifThen: [
      {
        if: 'It fails every time',
        then: 'Contact the national eID support, or set up the EU Login app instead.',
      },
    ],
  },
} satisfies FlowHelpdeskScripts<'eid'>;
