import type { HelpdeskScripts } from '../../content.types.js';
import { coachHelpdeskEn } from './coach.en.js';
import { signInHelpdeskEn } from './sign-in.en.js';
import { registerHelpdeskEn } from './register.en.js';
import { passwordHelpdeskEn } from './password.en.js';
import { passwordResetHelpdeskEn } from './password-reset.en.js';
import { accountHelpdeskEn } from './account.en.js';
import { deviceHelpdeskEn } from './device.en.js';
import { appHelpdeskEn } from './app.en.js';
import { pinHelpdeskEn } from './pin.en.js';
import { eidHelpdeskEn } from './eid.en.js';
import { keyHelpdeskEn } from './key.en.js';
import { noSmartphoneHelpdeskEn } from './no-smartphone.en.js';
import { recoveryHelpdeskEn } from './recovery.en.js';
import { panicHelpdeskEn } from './panic.en.js';

/** Every step's helpdesk script, one module per flow. */
export const helpdeskEn: HelpdeskScripts = {
  ...coachHelpdeskEn,
  ...signInHelpdeskEn,
  ...registerHelpdeskEn,
  ...passwordHelpdeskEn,
  ...passwordResetHelpdeskEn,
  ...accountHelpdeskEn,
  ...deviceHelpdeskEn,
  ...appHelpdeskEn,
  ...pinHelpdeskEn,
  ...eidHelpdeskEn,
  ...keyHelpdeskEn,
  ...noSmartphoneHelpdeskEn,
  ...recoveryHelpdeskEn,
  ...panicHelpdeskEn,
};
