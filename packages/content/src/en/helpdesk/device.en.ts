import type { FlowHelpdeskScripts } from '../../content.types.js';

export const deviceHelpdeskEn = {
  'device.list': {
    ask: ['Which devices are listed?', 'Is the phone you want to add already in the list?'],
    say: [
      'To add your phone, choose "Add a mobile device".',
      'To remove an old phone, choose delete next to its name.',
    ],
    ifThen: [
      {
        if: 'The app was reinstalled on the same phone',
        then: 'The old link no longer works. Delete the old entry, then add the phone again.',
      },
      {
        if: 'The caller has no smartphone',
        then: 'Add a security key or Windows Hello instead, or use a tablet.',
      },
    ],
  },
  'device.addForm': {
    ask: [
      'Do you see the "Add a mobile device" form with a name and two PIN boxes?',
      'Have you installed the EU Login app on the phone already?',
    ],
    say: [
      'Type a name such as "My phone".',
      'Choose four digits you will remember; you will type them in the app each time you sign in.',
      'Type the same four digits in both PIN boxes and press "Submit".',
    ],
    ifThen: [
      {
        if: 'The PIN boxes do not match',
        then: 'Clear both and type the same four digits again.',
      },
      {
        if: 'The PIN is refused',
        then: 'The PIN is exactly four digits, no letters.',
      },
      {
        if: 'The app is not installed yet',
        then: 'Install the EU Login app first, then come back to this form.',
      },
    ],
  },
  'device.qrShown': {
    ask: [
      'Is there a QR code on the PC?',
      'Does the EU Login app on your phone show its instructions with a "Next" button?',
    ],
    say: [
      'In the EU Login app, tap "Next".',
      'Allow the camera if the phone asks, then point it at the QR code on the PC.',
    ],
    ifThen: [
      {
        if: 'The caller scanned with the phone camera',
        then: 'That does not work. Use the scanner inside the EU Login app.',
      },
      {
        if: 'The QR code disappeared or says expired',
        then: 'Fill in the form again; the code lasts about {enrolQrMinutes} minutes (assumed).',
      },
      {
        if: 'The app shows its welcome screen with "Initialise" instead',
        then: 'Tap "Initialise", then "Next". Either order works: EU Login\'s own guides sometimes add the device on the PC first and sometimes tap "Initialise" first.',
      },
    ],
  },
  'device.qrExpired': {
    ask: ['Does the PC say the code expired?'],
    say: [
      'Start again with "Add a mobile device".',
      'Keep the EU Login app open on its "Next" screen before you press "Submit".',
    ],
    ifThen: [
      {
        if: 'It expires again',
        then: 'Submit the form, then tap "Next" in the app at once and scan straight away.',
      },
    ],
  },
  'device.added': {
    ask: ['Is the new device name in the list on the PC?'],
    say: [
      'The phone is ready. Next time, pick "Mobile App + PIN Code" when signing in.',
      'If an old phone is still listed, delete it.',
    ],
    ifThen: [
      {
        if: 'The device does not appear',
        then: 'Reload the page; the confirmation can take a couple of minutes.',
      },
    ],
  },
  'device.deleteConfirm': {
    ask: ['Which device are you about to delete?', 'Does another factor still work, such as a new phone or a key?'],
    say: ['Check the device name, then confirm the deletion.'],
    ifThen: [
      {
        if: 'The caller is about to delete their only working device',
        then: 'Stop: add the new device first, then delete the old one.',
      },
    ],
  },
} satisfies FlowHelpdeskScripts<'device'>;
