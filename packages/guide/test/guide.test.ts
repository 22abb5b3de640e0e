import { createActor, waitFor } from 'xstate';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { DEFAULT_CONFIG, createCoachLogic, currentStepId } from '@eulogin-coach/machine';
import type { CoachEvent, GuideAnswer, GuideQuestionEffect } from '@eulogin-coach/machine';
import { GUIDE_ANSWERS, createGuideEffects } from '../src/index.js';

/** The second argument the coach passes to every effect. */
const call = { signal: new AbortController().signal };

/** Guide mode: the person doing the real setup answers what happened; the same coach follows. */
function guided() {
  const guide = createGuideEffects();
  const actor = createActor(createCoachLogic(guide.effects), { input: {} }).start();
  const settle = () => waitFor(actor, (s) => !s.hasTag('busy') || guide.pending() !== null);
  return {
    guide,
    actor,
    step: () => currentStepId(actor.getSnapshot()),
    async send(event: CoachEvent) {
      actor.send(event);
      await settle();
    },
    async answer(answer: string) {
      expect(guide.answer(answer)).toBe(true);
      await settle();
    },
  };
}

describe('the answers a guide offers', () => {
  it('offers every answer the coach knows for each question, each once', () => {
    type Unlisted = {
      [E in GuideQuestionEffect]: Exclude<GuideAnswer<E>, (typeof GUIDE_ANSWERS)[E][number]>;
    }[GuideQuestionEffect];
    expectTypeOf<Unlisted>().toBeNever();
    for (const answers of Object.values(GUIDE_ANSWERS)) expect(new Set(answers).size).toBe(answers.length);
  });
});

describe('guide mode (createGuideEffects)', () => {
  it('dates what it issues by the clock it is given, and by the real time when given none', async () => {
    const fixed = await createGuideEffects({ now: () => 1_000 }).effects.startPinRequest(
      { email: 'a@example.org' },
      call,
    );
    expect(fixed.expiresAt).toBe(1_000 + DEFAULT_CONFIG.pinRequestTtlMs);
    const before = Date.now();
    const real = await createGuideEffects().effects.startPinRequest({ email: 'a@example.org' }, call);
    expect(real.expiresAt).toBeGreaterThanOrEqual(before + DEFAULT_CONFIG.pinRequestTtlMs);
    expect(real.expiresAt).toBeLessThanOrEqual(Date.now() + DEFAULT_CONFIG.pinRequestTtlMs);
  });

  it('reports a lockout for a landing on the lockout page, dated by its clock, and none elsewhere', async () => {
    const { effects } = createGuideEffects({ now: () => 1_000 });
    const at = (stepId: 'signIn.locked' | 'signIn.password') =>
      effects.prepare(
        {
          journey: 'signInAppPin',
          stepId,
          facts: ['accountRegistered', 'passwordSet'],
          whatIfs: [],
          email: null,
        },
        call,
      );
    expect((await at('signIn.locked')).lockedUntil).toBe(1_000 + DEFAULT_CONFIG.lockoutMs);
    expect((await at('signIn.password')).lockedUntil).toBeNull();
  });

  it('follows a real registration and app set-up from the person’s answers', async () => {
    const g = guided();
    await g.send({ type: 'coach.chooseJourney', journey: 'fullSetup' });
    expect(g.step()).toBe('signIn.email');
    await g.send({ type: 'user.createAccount' });
    await g.send({
      type: 'user.submitRegistration',
      values: {
        firstName: 'Ana',
        lastName: 'Silva',
        email: 'ana@example.org',
        emailConfirm: 'ana@example.org',
        emailLanguage: 'pt',
        captcha: 'K7P2QX',
        privacy: true,
      },
    });
    expect(g.guide.pending()?.effect).toBe('registerAccount');
    await g.answer('ok');
    expect(g.step()).toBe('register.mailSent');
    await g.send({ type: 'mail.linkOpened', token: 'guide' });
    await g.answer('valid');
    expect(g.step()).toBe('password.set');
    await g.send({
      type: 'user.submitNewPassword',
      values: { password: 'Quiet-Harbour-42', passwordConfirm: 'Quiet-Harbour-42' },
    });
    await g.answer('ok');
    expect(g.step()).toBe('register.done');
    await g.send({ type: 'user.continue' });
    await g.send({ type: 'user.openPage', page: 'devices' });
    await g.send({ type: 'user.addDevice' });
    await g.send({ type: 'phone.installApp' });
    await g.send({ type: 'phone.allowNotifications' });
    await g.send({ type: 'phone.tapInitialise' });
    await g.send({ type: 'user.submitDevice', values: { deviceName: 'Pixel', pin: '4826', pinConfirm: '4826' } });
    expect(g.step()).toBe('device.qrShown');
    await g.send({ type: 'phone.tapNext' });
    await g.send({ type: 'phone.allowCamera' });
    await g.send({ type: 'phone.scan', payload: '' });
    await g.answer('ok');
    await g.send({ type: 'phone.submitPin', pin: '4826' });
    await g.answer('ok');
    expect(g.step()).toBe('app.enrolled');
    expect(g.actor.getSnapshot().context.account?.devices).toHaveLength(1);
  });

  it('takes the what-if branch the person reports', async () => {
    const g = guided();
    await g.send({ type: 'coach.chooseJourney', journey: 'signInAppPin' });
    await g.send({ type: 'user.submitEmail', email: 'ana@example.org' });
    await g.answer('known');
    await g.send({ type: 'user.submitSignIn', password: 'whatever', method: 'appPin' });
    await g.answer('wrongPassword');
    expect(g.actor.getSnapshot().context.errors).toEqual([
      { field: 'password', rule: 'wrong', params: { attemptsLeft: 4 } },
    ]);
    await g.send({ type: 'user.submitSignIn', password: 'whatever', method: 'appPin' });
    await g.answer('ok');
    expect(g.step()).toBe('signIn.appPin');
    await g.send({ type: 'phone.submitPin', pin: '1234' });
    await g.answer('refused');
    expect(g.step()).toBe('signIn.refused');
  });

  it('refuses an answer that is not on offer and tells listeners about questions', async () => {
    const g = guided();
    const seen: (string | null)[] = [];
    g.guide.subscribe((q) => seen.push(q?.effect ?? null));
    await g.send({ type: 'coach.chooseJourney', journey: 'signInAppPin' });
    await g.send({ type: 'user.submitEmail', email: 'ana@example.org' });
    expect(g.guide.answer('maybe')).toBe(false);
    expect(g.guide.pending()?.answers).toEqual(['known', 'unknown']);
    await g.answer('unknown');
    expect(g.step()).toBe('signIn.userNotFound');
    expect(seen).toEqual(['lookupAccount', null]);
  });

  it('withdraws a question when the coach stops waiting for it: Restart, or a request that expires', async () => {
    const g = guided();
    const seen: (string | null)[] = [];
    g.guide.subscribe((q) => seen.push(q?.effect ?? null));
    await g.send({ type: 'coach.chooseJourney', journey: 'signInAppPin' });
    await g.send({ type: 'user.submitEmail', email: 'ana@example.org' });
    expect(g.guide.pending()?.effect).toBe('lookupAccount');
    await g.send({ type: 'coach.restart' });
    expect(g.guide.pending()).toBeNull();
    expect(seen).toEqual(['lookupAccount', null]);
    expect(g.guide.answer('known')).toBe(false);
  });
});
