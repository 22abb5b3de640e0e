import type { CoachConfig, CoachEvent } from '../../src/index.js';
import { JOURNEY_IDS, STEP_IDS, SIGN_IN_METHODS, whatIfsForJourney } from '../../src/registry/index.js';
import { normaliseOtp } from '../../src/rules/index.js';
import { personEvents } from '../graph/graph-events.js';
import { MAIL_WAIT } from '../happy-paths.js';
import type { ActionDraw } from './attacks.js';
import type { Knowledge } from './knowledge.js';
import { appPin, currentEmail, rightPassword } from './knowledge.js';
import type { RecordedRehearsal } from './recorded-rehearsal.js';

/**
 * Events that use what is on screen or in the world, their values picked by `param`: the right password, the QR
 * payload, a mail's link, the code the phone shows, an existing device.
 */
function informedEvents(r: RecordedRehearsal, k: Knowledge, param: number): CoachEvent[] {
  const view = r.view();
  const d = view.data;
  const persona = r.world.persona;
  const email = currentEmail(r);
  const tokens = r.world.mailbox(email).flatMap((m) => (m.token ? [m.token] : []));
  const devices = d.account?.devices ?? [];
  const pins = ['1357', '8642', persona.pin];
  const pick = <T>(items: readonly T[]): T | undefined => items[param % Math.max(1, items.length)];
  const events: (CoachEvent | undefined)[] = [
    { type: 'user.submitEmail', email: persona.email },
    { type: 'user.submitSignIn', password: rightPassword(r, k), method: pick(SIGN_IN_METHODS) ?? 'password' },
    {
      type: 'phone.submitPin',
      pin: view.stepId === 'app.enrolPin' ? (k.pinFor(d.enrolment?.enrolmentId) ?? '') : appPin(r, k),
    },
    d.enrolment ? { type: 'phone.scan', payload: d.enrolment.qrPayload } : undefined,
    d.challenge ? { type: 'phone.scan', payload: d.challenge.qrPayload } : undefined,
    d.otp ? { type: 'user.submitOtp', otp: normaliseOtp(d.otp) } : undefined,
    tokens.length > 0 ? { type: 'mail.linkOpened', token: pick(tokens) ?? '' } : undefined,
    {
      type: 'user.submitRegistration',
      values: {
        firstName: persona.firstName,
        lastName: persona.lastName,
        email: persona.email,
        emailConfirm: persona.email,
        emailLanguage: 'en',
        captcha: d.captcha?.challenge ?? '',
        privacy: true,
      },
    },
    { type: 'user.submitResetRequest', values: { email, captcha: d.captcha?.challenge ?? '' } },
    {
      type: 'user.submitDevice',
      values: { deviceName: 'Phone', pin: pick(pins) ?? '1357', pinConfirm: pick(pins) ?? '1357' },
    },
    { type: 'phone.submitCredentials', values: { email, password: rightPassword(r, k) } },
    { type: 'user.submitNewPassword', values: { password: 'Quiet-Harbour-42', passwordConfirm: 'Quiet-Harbour-42' } },
    { type: 'phone.submitNewPin', values: { pin: '9753', pinConfirm: '9753' } },
    devices.length > 0 ? { type: 'user.deleteDevice', deviceId: pick(devices)?.id ?? '' } : undefined,
  ];
  return events.filter((e): e is CoachEvent => e !== undefined);
}

/** Events every step takes: they would crowd out the others, so they come with the rare disruptions. */
const ANYWHERE: ReadonlySet<CoachEvent['type']> = new Set(['phone.setOnline', 'phone.setForeground']);

/** What a random person might do now that the coach would act on: fixed events and informed ones. */
export function randomEvents(r: RecordedRehearsal, k: Knowledge, param: number): CoachEvent[] {
  const snapshot = r.actor.getSnapshot();
  return [...personEvents(snapshot), ...informedEvents(r, k, param)].filter(
    (e) => !ANYWHERE.has(e.type) && snapshot.can(e),
  );
}

/** Rarely: start over, go back, switch journey (with what-ifs), take a helpdesk jump, or change the phone's state. */
export function disruptions(draw: ActionDraw): CoachEvent[] {
  const journey = JOURNEY_IDS[draw.param % JOURNEY_IDS.length] ?? 'fullSetup';
  const offered = whatIfsForJourney(journey).map((w) => w.id);
  const whatIfs = offered.filter((_, i) => ((draw.param >>> (4 + i)) & 7) === 0);
  return [
    { type: 'coach.restart' },
    { type: 'coach.back' },
    { type: 'coach.chooseJourney', journey, whatIfs },
    { type: 'helpdesk.jumpTo', stepId: STEP_IDS[draw.param % STEP_IDS.length] ?? 'signIn.email' },
    { type: 'phone.setOnline', online: draw.param % 2 === 0 },
    { type: 'phone.setForeground', foreground: draw.param % 2 === 0 },
  ];
}

/** How long a random person lets time pass: around each lifetime the config sets. */
export function waitDuration(config: CoachConfig, param: number): number {
  const waits = [
    1_000,
    30_000,
    MAIL_WAIT,
    config.pinRequestTtlMs,
    config.qrChallengeTtlMs - 1_000,
    config.qrChallengeTtlMs,
    config.enrolmentQrTtlMs,
    config.lockoutMs,
    config.linkTtlMs,
    config.maxMailDelayMs,
  ];
  return waits[param % waits.length] ?? 1_000;
}
