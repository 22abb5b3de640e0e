import type { FlowStepTexts } from '../../content.types.js';

export const deviceStepsEn = {
  'device.list': {
    title: 'Manage your mobile devices',
    body: 'On the PC, "Manage my mobile devices" lists the phones linked to your account. Choose "Add a mobile device", or delete an old one.',
  },
  'device.addForm': {
    title: 'Name the phone and choose a PIN',
    body: 'On the PC, give your phone a name you will recognise and choose a four-digit PIN, twice. Press "Submit" and a QR code appears.',
    assumed:
      'EU Login does not publish rules for device names. The coach assumes a name is required, has a maximum length and contains no < or >.',
  },
  'device.qrShown': {
    title: 'Pick up your phone',
    body: 'The PC now shows a QR code. On your phone, the EU Login app still shows its set-up instructions: tap "Next" to open its scanner.',
    assumed: 'EU Login does not publish how long this QR code stays valid. The coach assumes {enrolQrMinutes} minutes.',
  },
  'device.qrExpired': {
    title: 'The QR code expired',
    body: 'On the PC, the QR code is no longer valid. Fill in the "Add a mobile device" form again to get a fresh one.',
    assumed: 'EU Login does not publish how long the QR code stays valid. The coach assumes {enrolQrMinutes} minutes.',
  },
  'device.added': {
    title: 'Your phone is linked',
    body: 'On the PC, EU Login confirms the device is added; it is now listed under "Manage my mobile devices". From now on, choose the app in "Choose your verification method" when you sign in. Press "Sign out" to try it.',
  },
  'device.deleteConfirm': {
    title: 'Delete the old device',
    body: 'On the PC, confirm that you want to remove the old phone from your account. The old phone can no longer confirm sign-ins.',
  },
} satisfies FlowStepTexts<'device'>;
