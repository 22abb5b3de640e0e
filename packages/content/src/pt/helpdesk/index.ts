import type { HelpdeskScripts } from '../../content.types.js';
import { coachHelpdeskPt } from './coach.pt.js';
import { signInHelpdeskPt } from './sign-in.pt.js';
import { registerHelpdeskPt } from './register.pt.js';
import { passwordHelpdeskPt } from './password.pt.js';
import { passwordResetHelpdeskPt } from './password-reset.pt.js';
import { accountHelpdeskPt } from './account.pt.js';
import { deviceHelpdeskPt } from './device.pt.js';
import { appHelpdeskPt } from './app.pt.js';
import { pinHelpdeskPt } from './pin.pt.js';
import { eidHelpdeskPt } from './eid.pt.js';
import { keyHelpdeskPt } from './key.pt.js';
import { noSmartphoneHelpdeskPt } from './no-smartphone.pt.js';
import { recoveryHelpdeskPt } from './recovery.pt.js';
import { panicHelpdeskPt } from './panic.pt.js';

/** Every step's helpdesk script, one module per flow. */
export const helpdeskPt: HelpdeskScripts = {
  ...coachHelpdeskPt,
  ...signInHelpdeskPt,
  ...registerHelpdeskPt,
  ...passwordHelpdeskPt,
  ...passwordResetHelpdeskPt,
  ...accountHelpdeskPt,
  ...deviceHelpdeskPt,
  ...appHelpdeskPt,
  ...pinHelpdeskPt,
  ...eidHelpdeskPt,
  ...keyHelpdeskPt,
  ...noSmartphoneHelpdeskPt,
  ...recoveryHelpdeskPt,
  ...panicHelpdeskPt,
};
