import type { StepTexts } from '../../content.types.js';
import { coachStepsPt } from './coach.pt.js';
import { signInStepsPt } from './sign-in.pt.js';
import { registerStepsPt } from './register.pt.js';
import { passwordStepsPt } from './password.pt.js';
import { passwordResetStepsPt } from './password-reset.pt.js';
import { accountStepsPt } from './account.pt.js';
import { deviceStepsPt } from './device.pt.js';
import { appStepsPt } from './app.pt.js';
import { pinStepsPt } from './pin.pt.js';
import { eidStepsPt } from './eid.pt.js';
import { keyStepsPt } from './key.pt.js';
import { noSmartphoneStepsPt } from './no-smartphone.pt.js';
import { recoveryStepsPt } from './recovery.pt.js';
import { panicStepsPt } from './panic.pt.js';

/** Every step's texts, one module per flow. */
export const stepsPt: StepTexts = {
  ...coachStepsPt,
  ...signInStepsPt,
  ...registerStepsPt,
  ...passwordStepsPt,
  ...passwordResetStepsPt,
  ...accountStepsPt,
  ...deviceStepsPt,
  ...appStepsPt,
  ...pinStepsPt,
  ...eidStepsPt,
  ...keyStepsPt,
  ...noSmartphoneStepsPt,
  ...recoveryStepsPt,
  ...panicStepsPt,
};
