import type { FlowStepTexts } from '../../content.types.js';

export const pinStepsEn = {
  'pin.settings': {
    title: 'Open the app settings',
    body: 'On your phone, open the EU Login app settings and choose "Forgot PIN code"; this is also how you change the PIN. The settings icon is three dots on Android and a cog wheel on iPhone, and where it sits depends on the app version.',
  },
  'pin.credentials': {
    title: 'Prove it is you',
    body: 'On your phone, the app asks you to prove who you are: type your EU Login e-mail address and password.',
    assumed:
      'EU Login does not publish what the app does after several wrong passwords here. The coach assumes the same block as on the PC: {passwordAttempts} tries, then {lockoutMinutes} minutes.',
  },
  'pin.new': {
    title: 'Choose a new PIN',
    body: 'On your phone, type a new four-digit PIN twice.',
  },
  'pin.changed': {
    title: 'Your new PIN works',
    body: 'On your phone, the app confirms the new PIN. Fingerprint or face unlock is switched off and can be turned on again.',
  },
} satisfies FlowStepTexts<'pin'>;
