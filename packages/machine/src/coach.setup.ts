import { assign, fromPromise, setup } from 'xstate';
import type { AccountPage, CoachContext, CoachEvent, CoachInput, Issued } from './coach.types.js';
import {
  NO_ERRORS,
  needsStepUp,
  contextFromInput,
  preferredMethod,
  previousStep,
  pushHistory,
  withIssued,
  withNav,
} from './coach.context.js';
import type { CoachEffects } from './effects.types.js';
import { journeyIndexAt } from './progress.js';
import { validateOtp } from './rules/forms.js';
import type { AppStage } from './effects.types.js';
import type { StepId } from './registry/step-ids.js';

/** The names of the effects, each a promise actor the machine invokes. */
export const EFFECT_NAMES = [
  'prepare',
  'lookupAccount',
  'issueCaptcha',
  'registerAccount',
  'resendMail',
  'openLink',
  'setPassword',
  'requestPasswordReset',
  'signIn',
  'startPinRequest',
  'approvePinRequest',
  'startQrChallenge',
  'readQrChallenge',
  'verifyOtp',
  'assertSecurityKey',
  'addDevice',
  'scanEnrolmentQr',
  'confirmEnrolmentPin',
  'unlinkOtherAccount',
  'deleteDevice',
  'verifyAppCredentials',
  'resetAppPin',
  'completeEid',
  'registerSecurityKey',
  'panic',
] as const satisfies readonly (keyof CoachEffects)[];

export type EffectName = (typeof EFFECT_NAMES)[number];

/** The My Account pages that change factors, and so may need a step-up. */
export type StepUpPage = Exclude<AccountPage, 'panic'>;
type EffectInput<K extends EffectName> = Parameters<CoachEffects[K]>[0];
type EffectOutput<K extends EffectName> = Awaited<ReturnType<CoachEffects[K]>>;

/**
 * A placeholder that fails with the effect's name until `createCoachLogic` provides the real effect (which it checks
 * for every name before anything runs, so only the bare `coachMachine` can reach it).
 */
function effect<K extends EffectName>(name: K) {
  return fromPromise<EffectOutput<K>, EffectInput<K>>(() => Promise.reject(new Error(name)));
}

type EffectActors = { [K in EffectName]: ReturnType<typeof effect<K>> };

/** One promise actor per effect, named after it. */
function effectActors(): EffectActors {
  return Object.fromEntries(EFFECT_NAMES.map((name) => [name, effect(name)])) as EffectActors;
}

export const coachSetup = setup({
  types: {
    context: {} as CoachContext,
    events: {} as CoachEvent,
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- XState reads the input type from it
    input: {} as CoachInput,
    meta: {} as { stepId: StepId },
  },
  actors: effectActors(),

  guards: {
    hasErrors: ({ context }) => context.errors.length > 0,
    isRouteTo: ({ context }, params: { stepId: StepId }) => context.nav.target === params.stepId,
    isAppStage: ({ context }, params: { stage: AppStage }) => context.phone.app === params.stage,
    /** Back has somewhere to go from `stepId`: a step left before it that does not resume at it. */
    /** A step-up before `page`: for the event that opens it (or any other that leads there). */
    needsStepUpFor: ({ context, event }, params: { page: StepUpPage }) =>
      (event.type !== 'user.openPage' || event.page === params.page) && needsStepUp(context, params.page),
    hasStepBefore: ({ context }, params: { stepId: StepId }) =>
      previousStep([...context.nav.history, params.stepId]) !== null,
  },
  actions: {
    /**
     * Leaving a step: it joins Back's trail, it may move the furthest position reached on the journey, and its errors and
     * notice go. One assign per step change (each assign makes XState build a new snapshot); transitions that carry
     * an error or notice to the next step set it in their own actions, which run after this one.
     */
    leaveStep: assign(({ context: { nav } }, params: { stepId: StepId }) => ({
      nav: {
        journey: nav.journey,
        journeyIndex: Math.max(nav.journeyIndex, journeyIndexAt(nav, params.stepId)),
        whatIfs: nav.whatIfs,
        detour: nav.detour,
        history: pushHistory(nav.history, params.stepId),
        target: nav.target,
      },
      errors: NO_ERRORS,
      notice: null,
    })),
    /** Back: to the step before the current one on the trail (the current one is on it, having just been left). */
    goBack: assign(({ context }) => {
      const trail = context.nav.history;
      const target = previousStep(trail);
      const cut = target ? trail.lastIndexOf(target) : -1;
      return withNav(context, { target, history: cut >= 0 ? trail.slice(0, cut) : trail });
    }),
    /** Drop what EU Login issued for a task that is over or abandoned. */
    dropIssued: assign(({ context }, params: { item: keyof Issued }) => withIssued(context, { [params.item]: null })),
    setUnavailable: assign({ errors: [{ field: 'form', rule: 'unavailable' }] }),
    /** Carry the address over to "Lost your password?": the account's, or the one typed in the registration form. */
    prefillResetEmail: assign(({ context }, params: { from: 'account' | 'registration' }) => ({
      forms: {
        ...context.forms,
        resetRequest: {
          ...context.forms.resetRequest,
          email: params.from === 'account' ? context.email : context.forms.register.email.trim(),
        },
      },
    })),
    /** The rehearsal's phone switches, which work at any moment, even while an effect runs. */
    setForeground: assign(({ context, event }) =>
      event.type === 'phone.setForeground' ? { phone: { ...context.phone, appInForeground: event.foreground } } : {},
    ),
    setOnline: assign(({ context, event }) =>
      event.type === 'phone.setOnline' ? { phone: { ...context.phone, online: event.online } } : {},
    ),
    /** Step-up: sign in again with a factor before `page`, the method preselected, the reason noted. */
    askStepUp: assign(({ context }, params: { page: StepUpPage }) => ({
      afterAuth: params.page,
      notice: 'stepUpRequired' as const,
      forms: {
        ...context.forms,
        signIn: { password: '', method: preferredMethod({ ...context, afterAuth: params.page }) },
      },
    })),
    allowCamera: assign(({ context }) => ({ phone: { ...context.phone, camera: 'allowed' as const } })),
    rememberOtp: assign(({ context, event }) => {
      const otp = event.type === 'user.submitOtp' ? event.otp : context.forms.otp;
      return { forms: { ...context.forms, otp }, errors: validateOtp(otp) };
    }),
    /** Sign out: keep the address (EU Login remembers it), preselect the factor the account has. */
    signOut: assign(({ context }) => ({
      auth: 'none' as const,
      afterAuth: 'service' as const,
      forms: {
        ...context.forms,
        signInEmail: context.email,
        signIn: { password: '', method: preferredMethod({ ...context, afterAuth: 'service' }) },
        approvePin: '',
        otp: '',
      },
    })),
  },
  delays: {
    pinRequestTtl: ({ context }) => context.config.pinRequestTtlMs,
    qrChallengeTtl: ({ context }) => context.config.qrChallengeTtlMs,
    enrolmentQrTtl: ({ context }) => context.config.enrolmentQrTtlMs,
  },
});

/** The decorations every step state carries: its StepId, and the bookkeeping when the person leaves it. */
export function stepState<const S extends StepId>(stepId: S) {
  return {
    meta: { stepId },
    exit: { type: 'leaveStep', params: { stepId } },
  } as const;
}

/**
 * The decoration of a state waiting for an effect. The person's events wait until it settles, and `can()` says so:
 * leaving meanwhile would let the effect change the world behind the coach's back (a device deleted while the
 * list still shows it). Restart, jumps and resumes still work: they prepare a new world anyway, and so do the
 * rehearsal's phone switches. Timers still run: a request can expire while its answer is awaited.
 */
export const BUSY = {
  tags: 'busy',
  on: {
    'user.*': {},
    'phone.*': {},
    'mail.*': {},
    'coach.back': {},
    'phone.setForeground': { actions: 'setForeground' },
    'phone.setOnline': { actions: 'setOnline' },
  },
} as const;

// The flows take `assign` from here rather than from xstate: a bundler such as esbuild keeps one import statement
// per importing module, so eighteen separate imports of it would cost about 240 bytes gzipped.
export { assign, contextFromInput };
