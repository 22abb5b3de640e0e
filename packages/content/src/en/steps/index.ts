import type { StepTexts } from '../../content.types.js';
import { coachStepsEn } from './coach.en.js';
import { signInStepsEn } from './sign-in.en.js';
import { registerStepsEn } from './register.en.js';
import { passwordStepsEn } from './password.en.js';
import { passwordResetStepsEn } from './password-reset.en.js';
import { accountStepsEn } from './account.en.js';
import { deviceStepsEn } from './device.en.js';
import { appStepsEn } from './app.en.js';
import { pinStepsEn } from './pin.en.js';
import { eidStepsEn } from './eid.en.js';
import { keyStepsEn } from './key.en.js';
import { noSmartphoneStepsEn } from './no-smartphone.en.js';
import { recoveryStepsEn } from './recovery.en.js';
import { panicStepsEn } from './panic.en.js';

/** Every step's texts, one module per flow. */
export const stepsEn: StepTexts = {
  ...coachStepsEn,
  ...signInStepsEn,
  ...registerStepsEn,
  ...passwordStepsEn,
  ...passwordResetStepsEn,
  ...accountStepsEn,
  ...deviceStepsEn,
  ...appStepsEn,
  ...pinStepsEn,
  ...eidStepsEn,
  ...keyStepsEn,
  ...noSmartphoneStepsEn,
  ...recoveryStepsEn,
  ...panicStepsEn,
};
