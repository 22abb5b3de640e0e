import { toSavedProgress } from '../../src/persist/index.js';
import type { CoachEvent, StepId } from '../../src/index.js';
import { MAIL_WAIT, nextAction } from '../happy-paths.js';
import type { ActionDraw } from './attacks.js';
import { attacks } from './attacks.js';
import { disruptions, randomEvents, waitDuration } from './candidates.js';
import type { Knowledge } from './knowledge.js';
import { appPin, currentEmail, rightPassword } from './knowledge.js';
import type { Step } from './observation.js';
import type { RecordedRehearsal } from './recorded-rehearsal.js';

/**
 * How a draw's `mode` (0–99) is read: below DISRUPT_BELOW a disruption, below WAIT_BELOW a wait, then `attackShare`
 * attacks and RANDOM_SHARE random events; the rest (about two thirds) the happy path.
 */
const DISRUPT_BELOW = 3;
const WAIT_BELOW = 9;
const RANDOM_SHARE = 8;

/**
 * The happy path's secrets are fixed for its journey; a run that jumped around or changed them needs the ones the
 * person would remember now: the account's password, the app's PIN, the PIN chosen on the PC.
 */
function withRightSecrets(r: RecordedRehearsal, k: Knowledge, event: CoachEvent): CoachEvent {
  const view = r.view();
  switch (event.type) {
    case 'user.submitSignIn':
      return { ...event, password: rightPassword(r, k) };
    case 'phone.submitCredentials':
      return { ...event, values: { email: currentEmail(r), password: rightPassword(r, k) } };
    case 'phone.submitPin':
      if (view.stepId === 'signIn.appPin') return { ...event, pin: appPin(r, k) };
      return { ...event, pin: k.pinFor(view.data.enrolment?.enrolmentId) ?? event.pin };
    default:
      return event;
  }
}

/** Where the happy path has no step, what a person does to carry on (after a journey, or after a what-if). */
const CARRY_ON: Partial<Record<StepId, CoachEvent>> = {
  'signIn.done': { type: 'user.signOut' },
  'signIn.expired': { type: 'user.tryAgain' },
  'signIn.locked': { type: 'user.tryAgain' },
  'signIn.refused': { type: 'user.tryAgain' },
  'signIn.appNotification': { type: 'phone.openNotification' },
  'device.qrExpired': { type: 'user.tryAgain' },
  'app.scanError': { type: 'phone.tryAgain' },
  'app.foreignScanner': { type: 'phone.openApp' },
  'app.deviceInUse': { type: 'phone.unlinkOtherAccount' },
  'app.cameraDenied': { type: 'phone.allowCamera' },
  'app.notificationsDenied': { type: 'phone.allowNotifications' },
  'app.noScreenLock': { type: 'phone.setScreenLock' },
  'eid.failed': { type: 'user.back' },
};

function happyAction(r: RecordedRehearsal): CoachEvent | 'waitForMail' | undefined {
  const view = r.view();
  if (!view.journey) return undefined;
  try {
    return nextAction(r, view.journey, view.stepId);
  } catch {
    return CARRY_ON[view.stepId]; // a step off the journey's happy path
  }
}

function happyStep(r: RecordedRehearsal, k: Knowledge): Step | undefined {
  const action = happyAction(r);
  if (action === undefined) return undefined;
  if (action === 'waitForMail') return { kind: 'wait', ms: MAIL_WAIT };
  const event = withRightSecrets(r, k, action);
  return r.actor.getSnapshot().can(event) ? { kind: 'event', event } : undefined;
}

function randomStep(r: RecordedRehearsal, k: Knowledge, draw: ActionDraw): Step {
  const events = randomEvents(r, k, draw.param);
  const event = events[draw.pick % Math.max(1, events.length)];
  return event ? { kind: 'event', event } : { kind: 'wait', ms: waitDuration(k.config, draw.param) };
}

/**
 * What the random person does for one draw: one step, or a few for an attack. `attackShare` (out of 100) is how
 * often this person tries to break something.
 */
export function chooseSteps(
  r: RecordedRehearsal,
  k: Knowledge,
  draw: ActionDraw,
  attackShare: number,
): readonly Step[] {
  if (draw.mode < DISRUPT_BELOW) {
    const snapshot = r.actor.getSnapshot();
    // Resuming where one stands, as with a share code of this step: the world is prepared again.
    const resume: CoachEvent = { type: 'coach.resume', progress: toSavedProgress(snapshot) };
    const events = [...disruptions(draw), resume].filter((e) => snapshot.can(e));
    const event = events[draw.pick % Math.max(1, events.length)];
    if (event) return [{ kind: 'event', event }];
  }
  if (draw.mode < WAIT_BELOW) return [{ kind: 'wait', ms: waitDuration(k.config, draw.param) }];
  if (draw.mode < WAIT_BELOW + attackShare) {
    const options = attacks(r, k, draw);
    const chosen = options[draw.pick % Math.max(1, options.length)];
    if (chosen) return chosen;
  }
  if (draw.mode >= WAIT_BELOW + attackShare + RANDOM_SHARE) {
    const happy = happyStep(r, k);
    if (happy) return [happy];
  }
  return [randomStep(r, k, draw)];
}
