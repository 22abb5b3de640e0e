import type { FlowHelpdeskScripts } from '../../content.types.js';

export const noSmartphoneHelpdeskEn = {
  'noSmartphone.options': {
    ask: ['Do you have an Android or iPad tablet?', 'Do you have a USB security key, or a PC with Windows Hello?'],
    say: [
      'A tablet works exactly like a phone for the EU Login app.',
      'A security key or Windows Hello is added under "Manage my Security Keys and Trusted Platforms".',
    ],
    ifThen: [
      {
        if: 'The caller asks about SMS',
        then: 'EU Login no longer offers SMS codes since mid-2025.',
      },
      {
        if: 'The caller has a national eID',
        then: 'Linking it is another option, if their country is supported.',
      },
      {
        if: 'The caller asks about passkeys',
        then: 'A passkey also works: add it with "Add a Security Key", ideally from the phone\'s own browser. To use it from a PC, Bluetooth must be on on both devices.',
      },
    ],
  },
} satisfies FlowHelpdeskScripts<'noSmartphone'>;
