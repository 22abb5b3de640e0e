import type { HelpdeskScripts } from '../../content.types.js';
import { coachHelpdeskFr } from './coach.fr.js';
import { signInHelpdeskFr } from './sign-in.fr.js';
import { registerHelpdeskFr } from './register.fr.js';
import { passwordHelpdeskFr } from './password.fr.js';
import { passwordResetHelpdeskFr } from './password-reset.fr.js';
import { accountHelpdeskFr } from './account.fr.js';
import { deviceHelpdeskFr } from './device.fr.js';
import { appHelpdeskFr } from './app.fr.js';
import { pinHelpdeskFr } from './pin.fr.js';
import { eidHelpdeskFr } from './eid.fr.js';
import { keyHelpdeskFr } from './key.fr.js';
import { noSmartphoneHelpdeskFr } from './no-smartphone.fr.js';
import { recoveryHelpdeskFr } from './recovery.fr.js';
import { panicHelpdeskFr } from './panic.fr.js';

/** Every step's helpdesk script, one module per flow. */
export const helpdeskFr: HelpdeskScripts = {
  ...coachHelpdeskFr,
  ...signInHelpdeskFr,
  ...registerHelpdeskFr,
  ...passwordHelpdeskFr,
  ...passwordResetHelpdeskFr,
  ...accountHelpdeskFr,
  ...deviceHelpdeskFr,
  ...appHelpdeskFr,
  ...pinHelpdeskFr,
  ...eidHelpdeskFr,
  ...keyHelpdeskFr,
  ...noSmartphoneHelpdeskFr,
  ...recoveryHelpdeskFr,
  ...panicHelpdeskFr,
};
