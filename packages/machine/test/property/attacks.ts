import { toSavedProgress } from '../../src/persist/index.js';
import type { CoachEvent, StepId } from '../../src/index.js';
import type { Knowledge } from './knowledge.js';
import { appPin, authenticatorCodes, rightPassword, wrongPassword, wrongPin } from './knowledge.js';
import type { Step } from './observation.js';
import type { RecordedRehearsal } from './recorded-rehearsal.js';

/** The numbers one action is drawn from, each on its own. */
export interface ActionDraw {
  /** 0–99: disrupt, wait, attack, random or happy path (see `chooseSteps`). */
  readonly mode: number;
  /** Which candidate. */
  readonly pick: number;
  /** Which value for it: a wrong password, a wait, a PIN. */
  readonly param: number;
  /** How many times an attack repeats. */
  readonly burst: number;
}

/** The steps of a live enrolment before the app has read the QR code. */
const BEFORE_SCAN: readonly StepId[] = [
  'device.qrShown',
  'app.cameraPermission',
  'app.cameraDenied',
  'app.scanner',
  'app.foreignScanner',
  'app.scanError',
];

/** Codes a guesser types: well-formed, and (but for a one-in-a-million chance) wrong. */
const WRONG_CODES = ['ABCD2345', 'HJKM6789', '123456', '654321'];

const send = (event: CoachEvent): Step => ({ kind: 'event', event });
const times = (n: number, step: Step): Step[] => Array.from({ length: n }, () => step);

function signInAttacks(r: RecordedRehearsal, k: Knowledge, draw: ActionDraw): Step[][] {
  const view = r.view();
  const method = view.values.signIn.method;
  const right = rightPassword(r, k);
  const wrong = send({ type: 'user.submitSignIn', password: wrongPassword(r, right, draw.param), method });
  const untilUnlocked = (view.data.lockedUntil ?? 0) - r.clock.now();
  // Reopening this step's share code: the world is prepared again, and must still count and lock.
  const resume = send({ type: 'coach.resume', progress: toSavedProgress(r.actor.getSnapshot()) });
  const wrongPinStep = send({ type: 'phone.submitPin', pin: wrongPin(appPin(r, k), draw.param) });
  switch (view.stepId) {
    case 'signIn.password':
      return [times(draw.burst, wrong), [wrong, resume, ...times(draw.burst, wrong)]];
    case 'signIn.locked':
      return [
        [resume, send({ type: 'user.submitSignIn', password: right, method })],
        [send({ type: 'user.tryAgain' }), send({ type: 'user.submitSignIn', password: right, method })],
        [
          { kind: 'wait', ms: Math.max(0, untilUnlocked + (draw.param % 2 === 0 ? 0 : -1_000)) },
          send({ type: 'user.tryAgain' }),
          send({ type: 'user.submitSignIn', password: right, method }),
        ],
      ];
    case 'pin.settings':
    case 'pin.credentials': {
      const email = view.values.appCredentials.email || view.data.email;
      const typed = send({
        type: 'phone.submitCredentials',
        values: { email, password: wrongPassword(r, right, draw.param) },
      });
      const open = view.stepId === 'pin.settings' ? [send({ type: 'phone.forgotPin' })] : [];
      return [[...open, ...times(draw.burst, typed)]];
    }
    case 'signIn.appPin':
      return [
        times(draw.burst, wrongPinStep),
        // A wrong PIN, then a fresh request after the right password, and more wrong PINs.
        [
          wrongPinStep,
          send({ type: 'user.chooseOtherMethod' }),
          send({ type: 'user.submitSignIn', password: right, method: 'appPin' }),
          ...times(draw.burst, wrongPinStep),
        ],
      ];
    default:
      return [];
  }
}

function enrolmentAttacks(r: RecordedRehearsal, k: Knowledge, draw: ActionDraw): Step[][] {
  const view = r.view();
  const enrolment = view.data.enrolment;
  const pin = k.pinFor(enrolment?.enrolmentId);
  if (view.stepId === 'app.enrolPin') {
    return [times(draw.burst, send({ type: 'phone.submitPin', pin: wrongPin(pin, draw.param) }))];
  }
  if (!BEFORE_SCAN.includes(view.stepId)) return [];
  const payloads = [
    'https://example.org/not-a-code',
    view.data.challenge?.qrPayload ?? 'eulogin-challenge:v1:x:AAAA',
    ...k.payloads().filter((p) => p !== enrolment?.qrPayload),
  ];
  return [
    [send({ type: 'phone.submitPin', pin: pin ?? '1357' })],
    [send({ type: 'phone.scanWithCameraApp' })],
    [send({ type: 'phone.scan', payload: payloads[draw.param % payloads.length] ?? '' })],
  ];
}

function codeAttacks(r: RecordedRehearsal, k: Knowledge, draw: ActionDraw): Step[][] {
  const view = r.view();
  const submit = (otp: string) => send({ type: 'user.submitOtp', otp });
  const pickFrom = (codes: readonly string[]) => codes[draw.param % codes.length];
  const accepted = pickFrom(k.acceptedCodes());
  const stale = pickFrom(k.staleCodes(r.clock.now()));
  const latest = k.acceptedCodes().at(-1);
  if (view.stepId === 'signIn.done' && latest !== undefined) {
    // Sign out (or start the journey again), and sign in again with the code that was just accepted.
    const again = [
      send({ type: 'user.submitEmail', email: view.data.email }),
      send({ type: 'user.submitSignIn', password: rightPassword(r, k), method: 'appQr' }),
      submit(latest),
    ];
    const journey = view.journey;
    const restart = journey
      ? [[send({ type: 'coach.restart' }), send({ type: 'coach.chooseJourney', journey, whatIfs: [] }), ...again]]
      : [];
    return [
      ...restart,
      [
        send({ type: 'user.signOut' }),
        send({ type: 'user.submitEmail', email: view.data.email }),
        send({ type: 'user.submitSignIn', password: rightPassword(r, k), method: 'appQr' }),
        submit(latest),
      ],
    ];
  }
  // The page says the code expired; the person types it anyway.
  if (view.stepId === 'signIn.expired' && stale !== undefined) return [[submit(stale)]];
  if (view.stepId !== 'signIn.qrScan' && view.stepId !== 'signIn.qrCode') return [];
  // Guessing: a burst of wrong codes, 8 characters or 6 digits.
  const guess = WRONG_CODES[draw.param % WRONG_CODES.length] ?? 'ABCD2345';
  const attacks: Step[][] = [times(draw.burst, submit(guess))];
  for (const code of [accepted, stale, pickFrom(authenticatorCodes(r, k))]) {
    if (code !== undefined) attacks.push([submit(code)]);
  }
  const { otp, challenge } = view.data;
  if (view.stepId === 'signIn.qrCode' && otp && challenge) {
    // Type the code just before, exactly at, or well after the challenge's expiry; then try again and type it anew.
    const offset = [-1_000, 0, 60_000][draw.param % 3] ?? 0;
    const wait = Math.max(0, challenge.expiresAt - r.clock.now() + offset);
    attacks.push([{ kind: 'wait', ms: wait }, submit(otp), send({ type: 'user.tryAgain' }), submit(otp)]);
  }
  return attacks;
}

/** Deliberate attempts to break an invariant, applicable where the coach stands now. */
export function attacks(r: RecordedRehearsal, k: Knowledge, draw: ActionDraw): Step[][] {
  return [...signInAttacks(r, k, draw), ...enrolmentAttacks(r, k, draw), ...codeAttacks(r, k, draw)];
}
