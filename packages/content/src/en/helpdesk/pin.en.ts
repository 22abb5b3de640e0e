import type { FlowHelpdeskScripts } from '../../content.types.js';

export const pinHelpdeskEn = {
  'pin.settings': {
    ask: [
      'Is the EU Login app open?',
      'Is your phone Android or iPhone?',
      'Do you see three dots or a cog wheel, at the top right or at the bottom right?',
    ],
    say: ['Tap the settings icon (three dots on Android, a cog wheel on iPhone), then "Forgot PIN code".'],
    ifThen: [
      {
        if: 'The caller cannot find the option',
        then: 'Delete the device on the PC under "Manage my mobile devices" and add the phone again with a new PIN.',
      },
      {
        if: '"Forgot PIN code" does not work',
        then: 'Delete the device in "Manage my mobile devices" on the PC (https://webgate.ec.europa.eu/cas/mobile) and add the phone again with a new PIN. EU Login\'s help has at times advised this instead of the in-app reset.',
      },
    ],
  },
  'pin.credentials': {
    ask: ['Does the app ask for your e-mail and password?'],
    say: ['Type your EU Login e-mail address and password, the same ones you use on the PC.'],
    ifThen: [
      {
        if: 'The password is refused',
        then: 'Reset it on the PC with "Lost your password?", then come back.',
      },
      {
        if: 'The app blocks after several tries',
        then: 'Wait a while (assumed {lockoutMinutes} minutes) or reset the password.',
      },
    ],
  },
  'pin.new': {
    ask: ['Does the app ask for a new PIN?'],
    say: ['Choose four digits you will remember, and type them twice.'],
    ifThen: [
      {
        if: 'The two PINs differ',
        then: 'Type both again slowly.',
      },
    ],
  },
  'pin.changed': {
    ask: ['Does the app confirm the change?'],
    say: [
      'Use the new PIN from now on.',
      'If you used fingerprint or face unlock, turn it on again in the app settings.',
    ],
    ifThen: [
      {
        if: 'The new PIN is refused at sign-in',
        then: 'Delete the device on the PC and add it again.',
      },
    ],
  },
} satisfies FlowHelpdeskScripts<'pin'>;
