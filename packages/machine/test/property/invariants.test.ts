import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, STEP_IDS, normaliseOtp } from '../../src/index.js';
import type { CoachEvent } from '../../src/index.js';
import { rehearse } from '../harness.js';
import type { Rehearsal } from '../harness.js';
import { candidateActions } from './random-actions.js';

/** Sequences per run: `npm run test:property` asks for 10,000; the default run keeps it quick. */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 150);

type World = ReturnType<Rehearsal['world']['inspect']>;

function deviceIds(world: World): Map<string, { pin: string; account: string }> {
  const ids = new Map<string, { pin: string; account: string }>();
  for (const account of Object.values(world.accounts)) {
    for (const device of account.devices) ids.set(device.id, { pin: device.pin, account: account.email });
  }
  return ids;
}

const rebuildsWorld = (e: CoachEvent) => e.type === 'coach.chooseJourney' || e.type === 'helpdesk.jumpTo';

/** Check the invariants around one event; returns the codes accepted so far. */
async function act(r: Rehearsal, event: CoachEvent, acceptedCodes: Set<string>, multiAccount: boolean): Promise<void> {
  const before = r.world.inspect();
  const viewBefore = r.view();
  await r.send(event);
  const snapshot = r.actor.getSnapshot();
  expect(snapshot.status).not.toBe('error');
  const view = r.view();
  expect(STEP_IDS).toContain(view.stepId);
  const after = r.world.inspect();

  // One account per device, unless configured otherwise.
  if (!multiAccount) expect(after.phone.links.length).toBeLessThanOrEqual(1);

  if (rebuildsWorld(event)) return;

  // No enrolment without the PIN chosen on the PC, confirmed on the phone.
  const old = deviceIds(before);
  for (const [id, device] of deviceIds(after)) {
    if (old.has(id)) continue;
    expect(event.type).toBe('phone.submitPin');
    if (event.type === 'phone.submitPin') expect(device.pin).toBe(event.pin);
    const enrolment = Object.values(after.enrolments).find((e) => e.state === 'done' && e.pin === device.pin);
    expect(enrolment).toBeDefined();
  }

  // Lockout: the right password does not get through while the account is locked.
  if (event.type === 'user.submitSignIn') {
    const key = Object.keys(before.attempts).find((k) => k === viewBefore.data.email.toLowerCase());
    const lockedUntil = key ? before.attempts[key]?.lockedUntil : null;
    if (lockedUntil && lockedUntil > before.now) expect(view.stepId).toBe('signIn.locked');
    const failures = key ? (before.attempts[key]?.failures ?? 0) : 0;
    expect(failures).toBeLessThanOrEqual(DEFAULT_CONFIG.maxPasswordAttempts);
  }

  // A one-time code is accepted once, and never after its challenge expired.
  if (event.type === 'user.submitOtp') {
    const code = normaliseOtp(event.otp);
    const succeeded = viewBefore.data.auth !== 'mfa' && view.data.auth === 'mfa';
    if (succeeded) {
      expect(acceptedCodes.has(code)).toBe(false);
      const challenge = viewBefore.data.challenge;
      if (challenge) expect(before.now).toBeLessThanOrEqual(challenge.expiresAt);
      acceptedCodes.add(code);
    }
  }
}

describe('random journeys (fast-check)', () => {
  it(`keep every invariant over ${RUNS} random sequences of person, phone, mail, helpdesk and clock actions`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        fc.array(fc.nat(), { minLength: 1, maxLength: 30 }),
        async (multiAccount, choices) => {
          const r = await rehearse({ config: { multiAccount }, seed: choices[0] ?? 1 });
          const accepted = new Set<string>();
          for (const choice of choices) {
            const actions = candidateActions(r, choice);
            const action = actions[choice % actions.length];
            if (!action) continue;
            if (action.kind === 'wait') await r.advance(action.ms);
            else await act(r, action.event, accepted, multiAccount);
          }
          r.actor.stop();
        },
      ),
      { numRuns: RUNS },
    );
  }, 3_600_000);
});
