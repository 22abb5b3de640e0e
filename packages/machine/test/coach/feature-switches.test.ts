import { describe, expect, expectTypeOf, it } from 'vitest';
import { SimulatedClock, createActor } from 'xstate';
import { createSimulatedWorld } from '@eulogin-coach/simulator';
import { EFFECT_NAMES, createCoachLogic, resolveConfig } from '../../src/index.js';
import type { EffectFeatures } from '../../src/index.js';

/** `EffectFeatures` written out, so the run-time naming rule can be checked against it (the type has no value). */
const EFFECT_FEATURES = {
  completeEid: 'eid',
  assertSecurityKey: 'securityKey',
  registerSecurityKey: 'securityKey',
  startQrChallenge: 'appQr',
  readQrChallenge: 'appQr',
  verifyOtp: 'appQr',
} as const satisfies EffectFeatures;
import type { CoachEffects, EffectsFor, Feature, JourneyId, StepId } from '../../src/index.js';
import {
  JOURNEYS,
  JOURNEY_IDS,
  SIGN_IN_METHODS,
  STEPS,
  STEP_IDS,
  journeysFor,
  switchedOff,
} from '../../src/registry/index.js';
import { decodeSave, decodeShareCode, encodeSave, encodeShareCode } from '../../src/persist/index.js';
import type { SavedProgress } from '../../src/persist/index.js';
import { rehearse } from '../harness.js';
import { walkHappyPath } from '../happy-paths.js';

/** Per switch: the journeys it takes away, a step inside it, and whether it is a sign-in method. */
const SWITCHES: Record<Feature, { journeys: JourneyId[]; step: StepId }> = {
  eid: { journeys: ['signInEid', 'linkEid'], step: 'eid.country' },
  securityKey: { journeys: ['signInSecurityKey', 'noSmartphone', 'newPhone'], step: 'key.addForm' },
  appQr: { journeys: ['signInAppQr'], step: 'signIn.qrCode' },
};
const FEATURES = Object.keys(SWITCHES) as Feature[];

const progressAt = (stepId: StepId, journey: JourneyId | null, journeyIndex = 0): SavedProgress => ({
  v: 1,
  stepId,
  journey,
  journeyIndex,
  whatIfs: [],
  email: null,
  phone: {
    app: 'notInstalled',
    notifications: 'unknown',
    camera: 'unknown',
    screenLock: true,
    appInForeground: true,
    online: true,
  },
});

describe.each(FEATURES)('with %s switched off', (feature) => {
  const config = { features: { [feature]: false } };
  const { journeys, step } = SWITCHES[feature];

  it('never offers its journeys, and refuses to start one', async () => {
    expect(journeysFor(config.features)).toEqual(JOURNEY_IDS.filter((j) => !journeys.includes(j)));
    const r = await rehearse({ config });
    for (const journey of JOURNEY_IDS) {
      expect(r.view().can({ type: 'coach.chooseJourney', journey }), journey).toBe(!journeys.includes(journey));
    }
    await r.send({ type: 'coach.chooseJourney', journey: journeys[0] ?? 'fullSetup' });
    expect(r.step()).toBe('coach.journeys');
  });

  it('refuses a helpdesk jump into it and a resume into it or its journeys', async () => {
    const r = await rehearse({ config, journey: 'forgotPassword' });
    const at = r.step();
    expect(r.view().can({ type: 'helpdesk.jumpTo', stepId: step })).toBe(false);
    await r.send({ type: 'helpdesk.jumpTo', stepId: step });
    expect(r.step()).toBe(at);
    expect(r.view().can({ type: 'coach.resume', progress: progressAt(step, null) })).toBe(false);
    expect(r.view().can({ type: 'coach.resume', progress: progressAt('signIn.email', journeys[0] ?? null) })).toBe(
      false,
    );
    // What stays on can still be reached.
    expect(r.view().can({ type: 'helpdesk.jumpTo', stepId: 'account.home' })).toBe(true);
    expect(r.view().can({ type: 'coach.resume', progress: progressAt('signIn.email', 'forgotPassword') })).toBe(true);
  });

  it('refuses share codes and saves that lead into it, naming the feature', () => {
    expect(switchedOff(config.features, [step])).toBe(feature);
    expect(switchedOff(config.features, JOURNEYS[journeys[0] ?? 'fullSetup'].path)).toBe(feature);
    expect(switchedOff(config.features, JOURNEYS.forgotPassword.path)).toBeUndefined();
    for (const progress of [progressAt(step, null), progressAt('signIn.email', journeys[0] ?? null)]) {
      expect(decodeShareCode(encodeShareCode(progress), config.features)).toEqual({
        ok: false,
        error: { source: 'shareCode', code: 'switchedOff', detail: feature },
      });
      expect(decodeSave(encodeSave(progress), config.features)).toEqual({
        ok: false,
        error: { source: 'save', code: 'switchedOff', detail: feature },
      });
      // Without the switch, the same code reads.
      expect(decodeShareCode(encodeShareCode(progress)).ok).toBe(true);
    }
  });

  it('runs a journey that stays on without the effects only it needs', async () => {
    const r = await rehearse({ config });
    const visited = await walkHappyPath(r, 'signInAppPin');
    expect(visited.at(-1)).toBe('signIn.done');
    expect(r.view().progress?.complete).toBe(true);
  });
});

describe('which feature a name belongs to', () => {
  /** The one feature whose switch refuses `name` alone, or undefined. */
  const featureOf = (name: string) => FEATURES.find((f) => switchedOff({ [f]: false }, [name]) === f);

  it('every step, by its StepId and by its state path', () => {
    const expected = (id: StepId): Feature | undefined =>
      id.startsWith('eid.')
        ? 'eid'
        : id.startsWith('key.') || id === 'signIn.securityKey'
          ? 'securityKey'
          : id === 'signIn.qrScan' || id === 'signIn.qrCode'
            ? 'appQr'
            : undefined;
    for (const id of STEP_IDS) {
      expect(featureOf(id), id).toBe(expected(id));
      expect(featureOf(STEPS[id].path), STEPS[id].path).toBe(expected(id));
    }
  });

  it('every sign-in method, My Account page, way on without a smartphone and recovery situation', () => {
    expect(SIGN_IN_METHODS.map(featureOf)).toEqual([undefined, undefined, 'appQr', 'securityKey']);
    // "Another factor still works" signs in with a key; with nothing left, PANIC needs none.
    expect(['otherFactor', 'noFactor'].map(featureOf)).toEqual(['securityKey', undefined]);
    expect(['devices', 'eids', 'keys', 'panic'].map(featureOf)).toEqual([undefined, 'eid', 'securityKey', undefined]);
    expect(['tablet', 'securityKey', 'trustedPlatform'].map(featureOf)).toEqual([
      undefined,
      'securityKey',
      'securityKey',
    ]);
  });

  it('the event types the switches refuse, of which only the eID sign-in names a feature itself', () => {
    const guarded = [
      'coach.chooseJourney',
      'coach.resume',
      'helpdesk.jumpTo',
      'user.openPage',
      'user.chooseAlternative',
      'user.submitSignIn',
    ];
    expect(guarded.map(featureOf)).toEqual(guarded.map(() => undefined));
    expect(featureOf('user.signInWithEid')).toBe('eid');
  });

  it('every effect, as EFFECT_FEATURES lists them', () => {
    for (const name of EFFECT_NAMES) {
      expect(featureOf(name), name).toBe((EFFECT_FEATURES as Partial<Record<string, Feature>>)[name]);
    }
  });
});

describe('what a switch takes away on the way', () => {
  it('eid: no eID sign-in button and no eID page', async () => {
    const r = await rehearse({ config: { features: { eid: false } }, journey: 'forgotPassword' });
    expect(r.step()).toBe('signIn.email');
    expect(r.view().can({ type: 'user.signInWithEid' })).toBe(false);
    expect(r.view().events).not.toContain('user.signInWithEid');
    expect(r.view().events).toContain('user.submitEmail');
    await r.send({ type: 'user.submitEmail', email: r.world.persona.email });
    expect(r.view().can({ type: 'user.signInWithEid' })).toBe(false);
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'account.home' });
    expect(r.step()).toBe('account.home');
    expect(r.view().can({ type: 'user.openPage', page: 'eids' })).toBe(false);
    expect(r.view().can({ type: 'user.openPage', page: 'keys' })).toBe(true);
    await r.send({ type: 'user.openPage', page: 'eids' });
    expect(r.step()).toBe('account.home');
  });

  it('securityKey: not a sign-in method, no key page, only the tablet without a smartphone', async () => {
    const r = await rehearse({ config: { features: { securityKey: false } }, journey: 'signInAppPin' });
    await r.send({ type: 'user.submitEmail', email: r.world.persona.email });
    expect(r.view().methods).not.toContain('securityKey');
    expect(r.view().methods).toContain('appQr');
    const password = r.world.persona.password;
    expect(r.view().can({ type: 'user.submitSignIn', password, method: 'securityKey' })).toBe(false);
    expect(r.view().can({ type: 'user.submitSignIn', password, method: 'appPin' })).toBe(true);
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'noSmartphone.options' });
    expect(r.step()).toBe('noSmartphone.options');
    expect(r.view().can({ type: 'user.chooseAlternative', option: 'securityKey' })).toBe(false);
    expect(r.view().can({ type: 'user.chooseAlternative', option: 'trustedPlatform' })).toBe(false);
    expect(r.view().can({ type: 'user.chooseAlternative', option: 'tablet' })).toBe(true);
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'account.home' });
    expect(r.view().can({ type: 'user.openPage', page: 'keys' })).toBe(false);
    expect(r.view().can({ type: 'user.openPage', page: 'devices' })).toBe(true);
  });

  it('securityKey: a jump onto a page a key journey shares lands on a journey that is on, and no key way is offered', async () => {
    const r = await rehearse({ config: { features: { securityKey: false } }, journey: 'forgotPassword' });
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'recovery.options' });
    expect(r.step()).toBe('recovery.options');
    expect(r.view().journey).toBe('lostPhone');
    expect(r.view().can({ type: 'user.chooseRecovery', situation: 'otherFactor' })).toBe(false);
    expect(r.view().can({ type: 'user.chooseRecovery', situation: 'noFactor' })).toBe(true);
    await r.send({ type: 'user.chooseRecovery', situation: 'otherFactor' });
    expect(r.step()).toBe('recovery.options');

    await r.send({ type: 'helpdesk.jumpTo', stepId: 'noSmartphone.options' });
    expect(r.step()).toBe('noSmartphone.options');
    const journey = r.view().journey;
    expect(journey).not.toBeNull();
    expect(journeysFor({ securityKey: false })).toContain(journey);
    expect(r.view().can({ type: 'user.chooseAlternative', option: 'tablet' })).toBe(true);

    // With every feature on, the same jumps keep the journeys that practise those pages.
    const on = await rehearse({ journey: 'forgotPassword' });
    await on.send({ type: 'helpdesk.jumpTo', stepId: 'recovery.options' });
    expect(on.view().journey).toBe('newPhone');
    expect(on.view().can({ type: 'user.chooseRecovery', situation: 'otherFactor' })).toBe(true);
    await on.send({ type: 'helpdesk.jumpTo', stepId: 'noSmartphone.options' });
    expect(on.view().journey).toBe('noSmartphone');
  });

  it('securityKey: a resume or journey start onto such a page lands on a journey that is on, too', async () => {
    const config = { features: { securityKey: false } };
    const off = journeysFor(config.features);
    const r = await rehearse({ config });
    await r.send({ type: 'coach.resume', progress: progressAt('noSmartphone.options', null) });
    expect(r.step()).toBe('noSmartphone.options');
    expect(off).toContain(r.view().journey);
    await r.send({ type: 'coach.resume', progress: progressAt('recovery.options', 'lostPhone') });
    expect(r.view().journey).toBe('lostPhone');
    await r.send({ type: 'coach.restart' });
    await r.send({ type: 'coach.chooseJourney', journey: 'lostPhone', whatIfs: [] });
    expect(r.step()).toBe('recovery.options');
    expect(r.view().journey).toBe('lostPhone');
  });

  it('never switches off the full setup, which a jump falls back to', () => {
    expect(journeysFor({ eid: false, securityKey: false, appQr: false })).toContain('fullSetup');
  });

  it('appQr: not a sign-in method', async () => {
    const r = await rehearse({ config: { features: { appQr: false } }, journey: 'signInAppPin' });
    await r.send({ type: 'user.submitEmail', email: r.world.persona.email });
    expect(r.view().methods).toEqual(['appPin', 'securityKey']);
    const password = r.world.persona.password;
    expect(r.view().can({ type: 'user.submitSignIn', password, method: 'appQr' })).toBe(false);
    await r.send({ type: 'user.submitSignIn', password, method: 'appQr' });
    expect(r.step()).toBe('signIn.password');
  });

  it('switches nothing off by default or with `true`', async () => {
    expect(resolveConfig().features).toEqual({});
    expect(journeysFor({ eid: true, securityKey: true, appQr: true })).toEqual(JOURNEY_IDS);
    const r = await rehearse({ journey: 'signInAppPin' });
    expect(r.view().can({ type: 'user.signInWithEid' })).toBe(true);
  });
});

describe('the effects a switched-off feature needs', () => {
  const { effects } = createSimulatedWorld({ clock: new SimulatedClock(), config: {} });
  const withoutEid: Omit<CoachEffects, 'completeEid'> = Object.fromEntries(
    Object.entries(effects).filter(([name]) => name !== 'completeEid'),
  ) as Omit<CoachEffects, 'completeEid'>;

  it('may be left out when the feature is switched off, and are still required when it is on', () => {
    expect(() => createCoachLogic(withoutEid, { eid: false })).not.toThrow();
    expect(() =>
      createActor(createCoachLogic(withoutEid, { eid: false }), {
        input: { config: resolveConfig({ features: { eid: false } }) },
      })
        .start()
        .stop(),
    ).not.toThrow();
    // @ts-expect-error -- with eID on, completeEid is needed
    expect(() => createCoachLogic(withoutEid)).toThrow(/completeEid/);
    // @ts-expect-error -- switching another feature off does not excuse it
    expect(() => createCoachLogic(withoutEid, { appQr: false })).toThrow(/completeEid/);
  });

  it('are optional in the types exactly for the features switched off', () => {
    expectTypeOf<EffectsFor<{ eid: false }>['completeEid']>().toEqualTypeOf<CoachEffects['completeEid'] | undefined>();
    expectTypeOf<EffectsFor<{ eid: false }>['assertSecurityKey']>().toEqualTypeOf<CoachEffects['assertSecurityKey']>();
    expectTypeOf<EffectsFor<{ eid: true }>['completeEid']>().toEqualTypeOf<CoachEffects['completeEid']>();
    expectTypeOf<EffectsFor<{ securityKey: false; appQr: false }>>().toMatchTypeOf<
      Omit<
        CoachEffects,
        'assertSecurityKey' | 'registerSecurityKey' | 'startQrChallenge' | 'readQrChallenge' | 'verifyOtp'
      >
    >();
    expectTypeOf<Partial<CoachEffects>>().not.toMatchTypeOf<EffectsFor<{ securityKey: false; appQr: false }>>();
    expectTypeOf<Pick<EffectFeatures, keyof typeof EFFECT_FEATURES>>().toEqualTypeOf<typeof EFFECT_FEATURES>();
    expect(Object.keys(EFFECT_FEATURES).sort()).toEqual([
      'assertSecurityKey',
      'completeEid',
      'readQrChallenge',
      'registerSecurityKey',
      'startQrChallenge',
      'verifyOtp',
    ]);
  });
});
