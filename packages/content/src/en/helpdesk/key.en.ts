import type { FlowHelpdeskScripts } from '../../content.types.js';

export const keyHelpdeskEn = {
  'key.manage': {
    ask: ['Do you have a USB security key, or a PC with Windows Hello?'],
    say: ['Choose "Manage my Security Keys and Trusted Platforms", then "Add a Security Key".'],
    ifThen: [
      {
        if: 'EU Login asks for a second factor first',
        then: 'Confirm with the factor you already have.',
      },
      {
        if: 'The caller wants to use a passkey',
        then: 'Passkeys work although the page does not name them: choose "Add a Security Key", ideally starting in the phone\'s own browser. To use a phone passkey from a PC, turn on Bluetooth on both; no pairing is needed.',
      },
    ],
  },
  'key.addForm': {
    ask: ['Is the key plugged in, or is Windows Hello set up on this PC?'],
    say: ['Type a name and press "Submit". Your browser will then ask you to confirm.'],
    ifThen: [
      {
        if: 'The name is refused',
        then: 'Use a shorter name without < or >.',
      },
    ],
  },
  'key.prompt': {
    ask: ['What does the browser window ask?'],
    say: ['Touch the key, or follow the Windows Hello prompt. Do not close the window.'],
    ifThen: [
      {
        if: 'The caller closed the window',
        then: 'Start again from "Add a Security Key".',
      },
      {
        if: 'The browser says this key is already registered',
        then: 'It is already on the account: use it, or add a different key.',
      },
    ],
  },
  'key.added': {
    ask: ['Is the key listed now?'],
    say: ['Next time, choose the security key method and touch the key when asked.'],
    ifThen: [
      {
        if: 'The caller has only this one factor',
        then: 'Suggest adding a second key or the app, so losing one does not lock them out.',
      },
    ],
  },
  'key.failed': {
    ask: ['Did you cancel the browser prompt, or did it say the key is already registered?'],
    say: ['Try again from "Add a Security Key", and complete the browser prompt.'],
    ifThen: [
      {
        if: 'The key is already registered',
        then: 'There is nothing to add: use the key to sign in.',
      },
    ],
  },
} satisfies FlowHelpdeskScripts<'key'>;
