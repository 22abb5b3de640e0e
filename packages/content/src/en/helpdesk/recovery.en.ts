import type { FlowHelpdeskScripts } from '../../content.types.js';

export const recoveryHelpdeskEn = {
  'recovery.options': {
    ask: ['Do you still have the old phone?', 'Do you have another factor: a second phone, a security key, an eID?'],
    say: [
      'Old phone still works: add the new phone first, then delete the old one.',
      'Old phone lost or unusable, but another factor works: sign in with it, delete the old phone, then add the new one.',
      'No other factor: sign in with your password, open My Account and use "Delete all my devices and eID (PANIC)".',
    ],
    ifThen: [
      {
        if: 'The caller wants to delete a phone that still works before adding the new one',
        then: 'Stop: add the new phone first, so the account is never left without a factor.',
      },
      {
        if: '"Always require multi-factor authentication" was on',
        then: 'Password alone is not offered, so the caller is locked out: contact EU Login support via https://webgate.ec.europa.eu/cas/help.html.',
      },
    ],
  },
} satisfies FlowHelpdeskScripts<'recovery'>;
