import type { CoachEvent } from '../../src/index.js';
import { JOURNEY_IDS, STEP_IDS, WHAT_IF_IDS, normaliseOtp } from '../../src/index.js';
import type { Rehearsal } from '../harness.js';
import { PERSON_EVENTS } from '../graph/graph-events.js';

/** One thing a random person may do next: an event, or letting time pass. */
export type Action =
  { readonly kind: 'event'; readonly event: CoachEvent } | { readonly kind: 'wait'; readonly ms: number };

/**
 * Candidate actions for the current situation: the person's fixed events (valid and invalid values) plus the
 * "smart" ones that use what is on screen (the right password, the QR payload, the mail's link, the code the
 * phone shows), helpdesk jumps, Back, Restart and waiting. Only actions the coach accepts now are returned.
 */
export function candidateActions(r: Rehearsal, seed: number): Action[] {
  const view = r.view();
  const persona = r.world.persona;
  const d = view.data;
  const token = r.world.mailbox(d.email || persona.email)[0]?.token;
  const smart: CoachEvent[] = [
    {
      type: 'coach.chooseJourney',
      journey: JOURNEY_IDS[seed % JOURNEY_IDS.length] ?? 'fullSetup',
      // About one in seven what-ifs, each drawn on its own (a shift would wrap after 32 of them).
      whatIfs: WHAT_IF_IDS.filter(
        (_, i) => (Math.imul(seed ^ Math.imul(i + 1, 0x9e3779b1), 0x85ebca6b) >>> 0) % 7 === 0,
      ),
    },
    { type: 'helpdesk.jumpTo', stepId: STEP_IDS[seed % STEP_IDS.length] ?? 'signIn.email' },
    { type: 'coach.back' },
    { type: 'coach.restart' },
    { type: 'user.submitEmail', email: persona.email },
    ...(['password', 'appPin', 'appQr', 'securityKey'] as const).map((method) => ({
      type: 'user.submitSignIn' as const,
      password: persona.password,
      method,
    })),
    { type: 'phone.submitPin', pin: persona.pin },
    { type: 'phone.submitPin', pin: view.values.device.pin || '1357' },
    { type: 'phone.submitPin', pin: '0000' },
    ...(d.enrolment ? [{ type: 'phone.scan' as const, payload: d.enrolment.qrPayload }] : []),
    ...(d.challenge ? [{ type: 'phone.scan' as const, payload: d.challenge.qrPayload }] : []),
    ...(d.otp ? [{ type: 'user.submitOtp' as const, otp: normaliseOtp(d.otp) }] : []),
    ...(token ? [{ type: 'mail.linkOpened' as const, token }] : []),
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
    { type: 'user.submitResetRequest', values: { email: persona.email, captcha: d.captcha?.challenge ?? '' } },
    { type: 'user.submitDevice', values: { deviceName: 'Phone', pin: '1357', pinConfirm: '1357' } },
    { type: 'phone.submitCredentials', values: { email: persona.email, password: persona.password } },
    { type: 'user.submitNewPassword', values: { password: 'Quiet-Harbour-42', passwordConfirm: 'Quiet-Harbour-42' } },
    ...(d.account?.devices[0] ? [{ type: 'user.deleteDevice' as const, deviceId: d.account.devices[0].id }] : []),
  ];
  const snapshot = r.actor.getSnapshot();
  const events = [...smart, ...PERSON_EVENTS].filter((e) => snapshot.can(e));
  return [
    ...events.map((event): Action => ({ kind: 'event', event })),
    { kind: 'wait', ms: [1_000, 30_000, 130_000, 6 * 60_000, 16 * 60_000, 95 * 60_000][seed % 6] ?? 1_000 },
  ];
}
