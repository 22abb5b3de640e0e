import type { StepTexts } from '../../content.types.js';
import { coachStepsDe } from './coach.de.js';
import { signInStepsDe } from './sign-in.de.js';
import { registerStepsDe } from './register.de.js';
import { passwordStepsDe } from './password.de.js';
import { passwordResetStepsDe } from './password-reset.de.js';
import { accountStepsDe } from './account.de.js';
import { deviceStepsDe } from './device.de.js';
import { appStepsDe } from './app.de.js';
import { pinStepsDe } from './pin.de.js';
import { eidStepsDe } from './eid.de.js';
import { keyStepsDe } from './key.de.js';
import { noSmartphoneStepsDe } from './no-smartphone.de.js';
import { recoveryStepsDe } from './recovery.de.js';
import { panicStepsDe } from './panic.de.js';

/** Every step's texts, one module per flow. */
export const stepsDe: StepTexts = {
  ...coachStepsDe,
  ...signInStepsDe,
  ...registerStepsDe,
  ...passwordStepsDe,
  ...passwordResetStepsDe,
  ...accountStepsDe,
  ...deviceStepsDe,
  ...appStepsDe,
  ...pinStepsDe,
  ...eidStepsDe,
  ...keyStepsDe,
  ...noSmartphoneStepsDe,
  ...recoveryStepsDe,
  ...panicStepsDe,
};
