import { and, assign, fromPromise, setup, stateIn } from 'xstate';
import type {
  AccountPage,
  CoachContext,
  CoachEvent,
  CoachInput,
  Issued,
  NoSmartphoneOption,
  RecoverySituation,
  Task,
} from './coach.types.js';
import {
  NO_ERRORS,
  needsStepUp,
  contextFromInput,
  preferredMethod,
  previousStep,
  pushHistory,
  withIssued,
  withNav,
  withTask,
} from './coach.context.js';
import type { CoachEffects } from './effects.types.js';
import { journeyIndexAt } from './progress.js';
import { validateOtp } from './rules/forms.js';
import type { PhoneFacts } from './effects.types.js';
import type { FieldError } from './rules/rule-types.js';
import type { StepId } from './registry/step-ids.js';
import { switchedOff } from './registry/features.js';
import type { Feature } from './registry/features.js';
import type { JourneyId } from './registry/journeys.js';
import type { SavedProgress } from './persist/saved-progress.js';

/** The fields of an event that say where it leads, for the feature switches (see `featureOff`). */
type Leads = Partial<Record<'stepId' | 'method' | 'page' | 'option' | 'situation', string>> & {
  readonly type: string;
  readonly journey?: JourneyId | null;
  readonly progress?: SavedProgress;
};

/**
 * A transition that refuses an event leading into a feature switched off: first in the event's list, it takes the
 * event and does nothing, so `can()` is false (XState treats a transition without target or actions as forbidden).
 */
export const OFF = { guard: 'featureOff' } as const;

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

/**
 * The effects only one feature needs, and that feature: `createCoachLogic` lets them be left out when it is switched
 * off. A type only: at run time the feature's naming rule (`registry/features.ts`) tells them apart, and a test holds
 * the two together.
 */
export interface EffectFeatures extends Partial<Record<EffectName, Feature>> {
  readonly completeEid: 'eid';
  readonly assertSecurityKey: 'securityKey';
  readonly registerSecurityKey: 'securityKey';
  readonly startQrChallenge: 'appQr';
  readonly readQrChallenge: 'appQr';
  readonly verifyOtp: 'appQr';
}

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

/** The values an event may carry that a guard can test (`{ page: 'devices' }`, `{ option: 'tablet' }`). */
type EventFields = Partial<{
  page: AccountPage;
  option: NoSmartphoneOption;
  situation: RecoverySituation;
  output: { kind: string; error?: Partial<FieldError> };
}>;

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

/** Every value in `expected` is the one `actual` has (in nested objects too). */
function matches(actual: unknown, expected: object): boolean {
  return Object.keys(expected).every((key) => {
    const value: unknown = (expected as Record<string, unknown>)[key];
    const found = (actual as Record<string, unknown> | undefined)?.[key];
    return typeof value == 'object' ? matches(found, value as object) : found === value;
  });
}

type EffectActors = { [K in EffectName]: ReturnType<typeof effect<K>> };

/** One promise actor per effect, named after it. */
function effectActors(): EffectActors {
  return Object.fromEntries(EFFECT_NAMES.map((name) => [name, effect(name)])) as EffectActors;
}

export const coachSetup = setup({
  // Types only: XState reads them from the type of `types`, and nothing at run time (one empty object in the bundle).
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- XState reads the types from it
  types: {} as { context: CoachContext; events: CoachEvent; input: CoachInput; meta: { stepId: StepId } },
  actors: effectActors(),

  // Every guard is named here, none inline in the flows (a test checks it): visualisers show the names, and
  // `.provide({ guards })` can swap one. Guards that differ only by a value take it as a parameter
  // (`{ type: 'contextHas', params: { phone: { screenLock: true } } }`); a generic matcher keeps them small.
  guards: {
    hasErrors: ({ context }) => context.errors.length > 0,
    isRouteTo: ({ context }, params: { stepId: StepId }) => context.nav.target === params.stepId,
    /** A step-up before `page`: for the event that opens it (or any other that leads there). */
    needsStepUpFor: ({ context, event }, params: { page: StepUpPage }) =>
      (event.type !== 'user.openPage' || event.page === params.page) && needsStepUp(context, params.page),
    /** Back has somewhere to go from `stepId`: a step left before it that does not resume at it. */
    hasStepBefore: ({ context }, params: { stepId: StepId }) =>
      previousStep([...context.nav.history, params.stepId]) !== null,
    /**
     * The context has these values, in nested objects too: `{ phone: { app: 'installed' } }`, `{ task: { eidPurpose:
     * 'link' } }`, `{ forms: { signIn: { method: 'appQr' } } }`, `{ afterAuth: 'keys' }`.
     */
    contextHas: ({ context }, params: DeepPartial<CoachContext>) => matches(context, params),
    /**
     * The event has these values: the page opened or the option chosen (`{ page: 'devices' }`), or for an effect that
     * settled, its outcome (`{ output: { kind: 'ok' } }`, written `outputIs('ok')`).
     */
    eventHas: ({ event }, params: EventFields) => matches(event, params),
    /** The device to delete is one the list shows: an unknown id would fail at the backend with nothing to show. */
    deviceListed: ({ context, event }) =>
      !!context.account?.devices.some((d) => d.id === (event as { deviceId?: string }).deviceId),
    /**
     * The event leads into a feature the config switches off (see `OFF`): by a journey's steps, a jump's or resume's
     * step (and journey), the sign-in method, the My Account page (`eids`), the way on without a smartphone or after
     * losing the phone (`otherFactor`, a key), or its own type (`user.signInWithEid`). Read defensively:
     * `can({ type })` asks without the rest (an absent field is undefined, which `switchedOff` reads as empty).
     */
    featureOff: ({ context, event }) => {
      const e: Leads = event;
      const p = e.progress ?? e;
      const names = [p.stepId, e.method, e.page, e.option, e.situation, e.type] as string[];
      return !!switchedOff(context.config.features, names, p.journey);
    },
    /** Signed in, and `page` needs no step-up: the coach can go straight there. */
    signedInFor: ({ context }, params: { page: StepUpPage }) =>
      context.auth !== 'none' && !needsStepUp(context, params.page),
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
    /** Step-up: sign in again with a factor before `page`, the method preselected, the reason noted. */
    askStepUp: assign(({ context }, params: { page: StepUpPage }) => ({
      afterAuth: params.page,
      notice: 'stepUpRequired' as const,
      forms: {
        ...context.forms,
        signIn: { password: '', method: preferredMethod({ ...context, afterAuth: params.page }) },
      },
    })),
    /** The rehearsal's phone changes: the app installed or initialised, a permission given or refused, a screen lock. */
    setPhone: assign(({ context }, params: Partial<PhoneFacts>) => ({ phone: { ...context.phone, ...params } })),
    /** What the task is about from now on. */
    setTask: assign(({ context }, params: Partial<Task>) => withTask(context, params)),
    /** One error to show at the next step: `{ field, rule }`. */
    setError: assign((_, params: FieldError) => ({ errors: [params] })),
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

/**
 * The guard for an effect's outcome `kind`, as the flows write it: `guard: outputIs('ok')` stands for the named guard
 * `{ type: 'eventHas', params: { output: { kind: 'ok' } } }` (thirty uses, so the short form saves bytes).
 */
export const outputIs = <const K extends string>(kind: K) =>
  ({ type: 'eventHas', params: { output: { kind } } }) as const;

/** The named guard `contextHas`, as the flows write it: `contextHas({ phone: { camera: 'allowed' } })`. */
export const contextHas = (params: DeepPartial<CoachContext>) => ({ type: 'contextHas', params }) as const;

/** The named action `setError`, as the flows write it: `showError('pin', 'tooManyAttempts')`. */
export const showError = (field: FieldError['field'], rule: FieldError['rule']) =>
  ({ type: 'setError', params: { field, rule } }) as const;

/** The named action `setPhone`, as the flows write it: `setPhone({ camera: 'allowed' })`. */
export const setPhone = (params: Partial<PhoneFacts>) => ({ type: 'setPhone', params }) as const;

/**
 * `coachSetup.createStateConfig`, which types a part of the statechart (a flow) against the setup: it returns its
 * argument, so the flows call it by this short name (seventeen spelled-out calls cost bytes in every bundle).
 */
export const stateConfig = coachSetup.createStateConfig;

/**
 * The decorations every step state carries: its StepId, and the bookkeeping when the person leaves it. The machine
 * puts them on the state at each step's registry `path`; the flows do not spell them.
 */
export function stepState<const S extends StepId>(stepId: S) {
  return {
    meta: { stepId },
    exit: { type: 'leaveStep', params: { stepId } },
  } as const;
}

/** The named action `dropIssued` for `item`, as the flows write it: `drop('enrolment')`. */
export const drop = <const I extends keyof Issued>(item: I) => ({ type: 'dropIssued', params: { item } }) as const;

/** An effect failed: EU Login is unavailable; the person stays where they were, with what they typed. */
export const UNAVAILABLE = showError('form', 'unavailable');

/** The rehearsal's phone switches, which work at any moment, even while an effect runs (the machine and `BUSY`). */
export const PHONE_SWITCHES = {
  'phone.setForeground': {
    actions: {
      type: 'setPhone',
      params: ({ event }: { event: { foreground: boolean } }) => ({ appInForeground: event.foreground }),
    },
  },
  'phone.setOnline': {
    actions: { type: 'setPhone', params: ({ event }: { event: { online: boolean } }) => ({ online: event.online }) },
  },
} as const;

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
    ...PHONE_SWITCHES,
  },
} as const;

// The flows, the machine and the logic take xstate's functions from here rather than from xstate: a bundler such as
// esbuild keeps one import statement per importing module, so eighteen separate imports of them would cost about
// 240 bytes gzipped (two more, from the machine and the logic, about 15).
export { and, assign, contextFromInput, fromPromise, stateIn };
