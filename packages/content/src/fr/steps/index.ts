import type { StepTexts } from '../../content.types.js';
import { coachStepsFr } from './coach.fr.js';
import { signInStepsFr } from './sign-in.fr.js';
import { registerStepsFr } from './register.fr.js';
import { passwordStepsFr } from './password.fr.js';
import { passwordResetStepsFr } from './password-reset.fr.js';
import { accountStepsFr } from './account.fr.js';
import { deviceStepsFr } from './device.fr.js';
import { appStepsFr } from './app.fr.js';
import { pinStepsFr } from './pin.fr.js';
import { eidStepsFr } from './eid.fr.js';
import { keyStepsFr } from './key.fr.js';
import { noSmartphoneStepsFr } from './no-smartphone.fr.js';
import { recoveryStepsFr } from './recovery.fr.js';
import { panicStepsFr } from './panic.fr.js';

/** Every step's texts, one module per flow. */
export const stepsFr: StepTexts = {
  ...coachStepsFr,
  ...signInStepsFr,
  ...registerStepsFr,
  ...passwordStepsFr,
  ...passwordResetStepsFr,
  ...accountStepsFr,
  ...deviceStepsFr,
  ...appStepsFr,
  ...pinStepsFr,
  ...eidStepsFr,
  ...keyStepsFr,
  ...noSmartphoneStepsFr,
  ...recoveryStepsFr,
  ...panicStepsFr,
};
