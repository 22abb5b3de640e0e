import { describe, expect, it } from 'vitest';
import { checkPassword } from '@eulogin-coach/machine/rules';
import { DEFAULT_CONFIG } from '@eulogin-coach/machine';
import { DEFAULT_PERSONA, SimulatorError, createSimulatedWorld } from '../src/index.js';
import { SimulatedClock } from 'xstate';
import type { Fixture } from './world-fixture.js';
import { MINUTE, WITH_APP, latestToken, makeWorld, register } from './world-fixture.js';

/** A short session touching most of the world: registration, mail, a device, a QR challenge. */
async function session(f: Fixture): Promise<unknown> {
  await f.effects.prepare({
    journey: 'signInAppQr',
    stepId: 'signIn.email',
    facts: WITH_APP,
    whatIfs: ['mailDelayed'],
    email: null,
  });
  await register(f, 'new.person@example.com');
  f.clock.increment(MINUTE);
  await f.effects.resendMail({ email: 'new.person@example.com', purpose: 'register' });
  const enrolment = await f.effects.addDevice({ email: f.email, deviceName: 'Tablet', pin: '1111' });
  const challenge = await f.effects.startQrChallenge({ email: f.email });
  const read = await f.effects.readQrChallenge({ payload: challenge.qrPayload });
  return { snapshot: f.world.inspect(), enrolment, challenge, read };
}

describe('determinism', () => {
  it('replays the same world for the same seed and calls', async () => {
    const first = await session(makeWorld({ seed: 7 }));
    const second = await session(makeWorld({ seed: 7 }));
    expect(second).toEqual(first);
  });

  it('draws different tokens and secrets for another seed', async () => {
    const a = makeWorld({ seed: 1 });
    const b = makeWorld({ seed: 2 });
    expect((await a.effects.issueCaptcha()).challenge).not.toBe((await b.effects.issueCaptcha()).challenge);
  });

  it('rebuilds a fresh world on every prepare, with new tokens and secrets each time', async () => {
    const f = makeWorld();
    const input = {
      journey: 'fullSetup',
      stepId: 'register.mailSent',
      facts: WITH_APP,
      whatIfs: [],
      email: null,
    } as const;
    await f.effects.prepare(input);
    const before = f.world.inspect();
    await register(f, 'someone@example.com');
    await f.effects.prepare(input);
    const after = f.world.inspect();
    const shape = (w: typeof before) => ({
      accounts: Object.keys(w.accounts),
      devices: Object.values(w.accounts).flatMap((a) => a.devices.map((d) => d.id)),
      mails: w.mails.map((m) => m.kind),
    });
    expect(shape(after)).toEqual(shape(before));
    const secrets = (w: typeof before) => [
      ...Object.values(w.accounts).flatMap((a) => a.devices.map((d) => d.secret)),
      ...Object.keys(w.links),
    ];
    expect(secrets(after).filter((s) => secrets(before).includes(s))).toEqual([]);
  });

  it('replays the same worlds for the same seed and ledger, even in a new world object', async () => {
    const input = { journey: 'fullSetup', stepId: 'signIn.email', facts: WITH_APP, whatIfs: [], email: null } as const;
    const a = makeWorld({ seed: 11 });
    await a.effects.prepare(input);
    const ledger = a.world.ledger();
    await a.effects.prepare(input);
    const b = makeWorld({ seed: 11, ledger });
    await b.effects.prepare(input);
    expect(b.world.inspect()).toEqual(a.world.inspect());
  });

  it('snapshots survive a JSON round trip', async () => {
    const f = makeWorld();
    await register(f, 'someone@example.com');
    latestToken(f, 'someone@example.com');
    const snapshot = f.world.inspect();
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
  });
});

describe('persona', () => {
  it('has a password the coach itself accepts, free of the persona’s names', () => {
    const p = DEFAULT_PERSONA;
    expect(p).toMatchObject({
      email: 'alex.rehearsal@example.org',
      firstName: 'Alex',
      lastName: 'Rehearsal',
      pin: '2468',
    });
    expect(checkPassword(p.password, DEFAULT_CONFIG.passwordMinLength, p)).toEqual({ ok: true });
  });

  it('refuses a persona whose password would fail EU Login’s rules', () => {
    const clock = new SimulatedClock();
    expect(() => createSimulatedWorld({ clock, persona: { password: 'alex-Rehearsal-1' } })).toThrow(SimulatorError);
    expect(() => createSimulatedWorld({ clock, persona: { pin: '12345' } })).toThrow(SimulatorError);
  });
});
