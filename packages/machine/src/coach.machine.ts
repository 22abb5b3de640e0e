import { BUSY, OFF, PHONE_SWITCHES, and, assign, coachSetup, stateConfig, stateIn, stepState } from './coach.setup.js';
import {
  NO_ERRORS,
  NO_NAVIGATION,
  NO_TASK,
  contextFromInput,
  initialContext,
  preferredMethod,
} from './coach.context.js';
import type { CoachContext } from './coach.types.js';
import { planJump } from './navigation/jump-plan.js';
import type { JumpPlan } from './navigation/jump-plan.js';
import { JOURNEYS, factsAt } from './registry/journeys.js';
import { STEP_IDS } from './registry/step-ids.js';
import type { StepId } from './registry/step-ids.js';
import { STEPS } from './registry/steps.registry.js';
import { signInStates } from './flows/signIn/sign-in.states.js';
import { registerStates } from './flows/register/register.states.js';
import { passwordStates } from './flows/password/password.states.js';
import { passwordResetStates } from './flows/passwordReset/password-reset.states.js';
import { accountStates } from './flows/account/account.states.js';
import { deviceStates } from './flows/device/device.states.js';
import { appStates } from './flows/app/app.states.js';
import { pinStates } from './flows/pin/pin.states.js';
import { eidStates } from './flows/eid/eid.states.js';
import { keyStates } from './flows/key/key.states.js';
import { noSmartphoneStates } from './flows/noSmartphone/no-smartphone.states.js';
import { recoveryStates } from './flows/recovery/recovery.states.js';
import { panicStates } from './flows/panic/panic.states.js';

/**
 * Context changes that start a jump: where to land and the journey around it. Back's trail starts afresh: every
 * jump prepares a new world, and the steps left before it showed the old one (a phone without a screen lock, a
 * device that is no longer there).
 */
function applyPlan(context: CoachContext, plan: JumpPlan): Partial<CoachContext> {
  return {
    nav: {
      journey: plan.journey,
      journeyIndex: plan.journeyIndex,
      whatIfs: plan.whatIfs,
      detour: plan.detour,
      history: [],
      target: plan.landing,
    },
    auth: plan.auth,
    afterAuth: plan.afterAuth,
    lockedUntil: null,
    errors: NO_ERRORS,
    notice: null,
    issued: { ...context.issued, enrolment: null, pinRequest: null, challenge: null, otp: null },
    task: { ...NO_TASK, ...plan.task },
  };
}

/** One guarded transition per StepId: where `routing` sends the coach for `context.nav.target`. */
const STEP_AT_PATH = new Map(STEP_IDS.map((stepId) => [STEPS[stepId].path, stepId]));

/**
 * The states, each step's state decorated from the registry: the state at a step's `path` carries its StepId and
 * leaves the step on exit (`stepState`). A flow therefore names its states only once, by the key the path reads.
 */
function withSteps<const T extends object>(states: T, prefix = ''): T {
  return Object.fromEntries(
    Object.entries(states).map(([key, state]: [string, { states?: object }]) => {
      const path = prefix + key;
      const stepId = STEP_AT_PATH.get(path);
      return [
        key,
        {
          ...(stepId && stepState(stepId)),
          ...state,
          ...(state.states && { states: withSteps(state.states, `${path}.`) }),
        },
      ];
    }),
  ) as T;
}

const routes = STEP_IDS.map((stepId: StepId) => ({
  guard: { type: 'isRouteTo' as const, params: { stepId } },
  target: `#coach.${STEPS[stepId].path}`,
}));

/**
 * Back, one candidate per StepId: guards see the context and the event but not the state, so each candidate checks
 * that its step is the one active (`stateIn`) and that something comes before it on Back's trail. The action runs
 * after the step's exit action has put the step itself on the trail.
 */
const backs = STEP_IDS.map((stepId: StepId) => ({
  guard: and([stateIn(`#coach.${STEPS[stepId].path}`), { type: 'hasStepBefore' as const, params: { stepId } }]),
  target: '.routing',
  actions: 'goBack' as const,
}));

/**
 * The EU Login coach: one statechart for every documented EU Login flow. Each state a person can be in has a
 * StepId (see `STEPS`). The machine decides what comes next and what can go wrong; every outcome comes from
 * injected effects (see `createCoachLogic`).
 */
export const coachMachine = coachSetup.createMachine({
  id: 'coach',
  context: ({ input }) => contextFromInput(input),
  initial: 'journeys',
  on: {
    'coach.restart': {
      target: '.journeys',
      actions: assign(({ context }) => initialContext(context.config)),
    },
    'helpdesk.jumpTo': [
      OFF,
      {
        target: '.jumping',
        actions: assign(({ context, event }) => ({
          // The config carries the portal's features, which a jump's plan keeps to (see JumpOrigin).
          ...applyPlan(context, planJump(event.stepId, { ...context.nav, ...context.config })),
          notice: 'jumped' as const,
        })),
      },
    ],
    'coach.resume': [
      OFF,
      {
        target: '.jumping',
        actions: assign(({ context, event }) => {
          const p = event.progress;
          const plan = planJump(p.stepId, { ...p, ...context.config }, p.journeyIndex);
          return {
            ...applyPlan(context, plan),
            email: p.email ?? '',
            phone: p.phone,
            notice: 'resumed' as const,
          };
        }),
      },
    ],
    'coach.back': backs,
    ...PHONE_SWITCHES,
  },
  states: withSteps({
    journeys: stateConfig({
      on: {
        'coach.chooseJourney': [
          OFF,
          {
            target: 'jumping',
            actions: assign(({ context, event }) => {
              const first = JOURNEYS[event.journey].path[0] ?? 'signIn.email';
              const plan = planJump(
                first,
                { journey: event.journey, whatIfs: event.whatIfs ?? [], ...context.config },
                0,
              );
              return applyPlan(context, plan);
            }),
          },
        ],
      },
    }),
    jumping: stateConfig({
      ...BUSY,
      invoke: {
        src: 'prepare',
        input: ({ context }) => ({
          journey: context.nav.journey ?? 'fullSetup',
          stepId: context.nav.target ?? 'signIn.email',
          facts: factsAt(context.nav.journey ?? 'fullSetup', context.nav.journeyIndex, context.nav.target ?? undefined),
          whatIfs: context.nav.detour ? [...context.nav.whatIfs, context.nav.detour] : context.nav.whatIfs,
          email: context.email === '' ? null : context.email,
        }),
        onDone: {
          target: 'routing',
          actions: assign(({ context, event }) => {
            const world = event.output;
            const resumed = context.notice === 'resumed';
            return {
              email: world.email,
              account: world.account,
              lockedUntil: world.lockedUntil ?? null,
              // A landing on a linked eID shows the one the prepared account has.
              task: {
                ...context.task,
                eidCountry: context.task.eidCountry ?? world.account?.eids.at(-1)?.country ?? null,
              },
              phone: resumed ? { ...context.phone, app: world.phone.app } : world.phone,
              forms: {
                ...context.forms,
                signInEmail: world.email,
                signIn: { password: '', method: preferredMethod({ ...context, account: world.account }) },
                resetRequest: { ...context.forms.resetRequest, email: world.email },
                appCredentials: { ...context.forms.appCredentials, email: world.email },
              },
            };
          }),
        },
        // The world for the landing could not be set up, and the jump's plan already replaced the position: start
        // afresh on the journey list rather than offer Back into a journey whose world was never prepared.
        onError: {
          target: 'journeys',
          actions: assign({ notice: 'prepareFailed' as const, nav: NO_NAVIGATION }),
        },
      },
    }),
    routing: {
      always: [...routes, 'journeys'],
    },
    signIn: signInStates,
    register: registerStates,
    password: passwordStates,
    passwordReset: passwordResetStates,
    account: accountStates,
    device: deviceStates,
    app: appStates,
    pin: pinStates,
    eid: eidStates,
    key: keyStates,
    noSmartphone: noSmartphoneStates,
    recovery: recoveryStates,
    panic: panicStates,
  }),
});

export type CoachMachine = typeof coachMachine;
