import type { HelpdeskScripts } from '../../content.types.js';
import { coachHelpdeskDe } from './coach.de.js';
import { signInHelpdeskDe } from './sign-in.de.js';
import { registerHelpdeskDe } from './register.de.js';
import { passwordHelpdeskDe } from './password.de.js';
import { passwordResetHelpdeskDe } from './password-reset.de.js';
import { accountHelpdeskDe } from './account.de.js';
import { deviceHelpdeskDe } from './device.de.js';
import { appHelpdeskDe } from './app.de.js';
import { pinHelpdeskDe } from './pin.de.js';
import { eidHelpdeskDe } from './eid.de.js';
import { keyHelpdeskDe } from './key.de.js';
import { noSmartphoneHelpdeskDe } from './no-smartphone.de.js';
import { recoveryHelpdeskDe } from './recovery.de.js';
import { panicHelpdeskDe } from './panic.de.js';

/** Every step's helpdesk script, one module per flow. */
export const helpdeskDe: HelpdeskScripts = {
  ...coachHelpdeskDe,
  ...signInHelpdeskDe,
  ...registerHelpdeskDe,
  ...passwordHelpdeskDe,
  ...passwordResetHelpdeskDe,
  ...accountHelpdeskDe,
  ...deviceHelpdeskDe,
  ...appHelpdeskDe,
  ...pinHelpdeskDe,
  ...eidHelpdeskDe,
  ...keyHelpdeskDe,
  ...noSmartphoneHelpdeskDe,
  ...recoveryHelpdeskDe,
  ...panicHelpdeskDe,
};
