import { assign } from 'xstate';
import { coachSetup, stepState } from './coach.setup.js';
import { contextFromInput, initialContext, preferredMethod, previousStep } from './coach.context.js';
import type { CoachContext } from './coach.types.js';
import { planJump } from './navigation/jump-plan.js';
import type { JumpPlan } from './navigation/jump-plan.js';
import { JOURNEYS, factsAt } from './registry/journeys.js';
import { STEP_IDS } from './registry/step-ids.js';
import type { StepId } from './registry/step-ids.js';
import { STEPS } from './registry/steps.registry.js';
import { signInStates } from './flows/sign-in.states.js';
import { registerStates } from './flows/register.states.js';
import { passwordStates } from './flows/password.states.js';
import { passwordResetStates } from './flows/password-reset.states.js';
import { accountStates } from './flows/account.states.js';
import { deviceStates } from './flows/device.states.js';
import { appSetupStates } from './flows/app-setup.states.js';
import { pinStates } from './flows/pin.states.js';
import { eidStates } from './flows/eid.states.js';
import { keyStates } from './flows/key.states.js';
import { noSmartphoneStates, panicStates, recoveryStates } from './flows/alternatives.states.js';

/** Context changes that start a jump: where to land and the journey around it. */
function applyPlan(context: CoachContext, plan: JumpPlan): Partial<CoachContext> {
  return {
    target: plan.landing,
    journey: plan.journey,
    journeyIndex: plan.journeyIndex,
    whatIfs: plan.whatIfs,
    auth: plan.auth,
    afterAuth: plan.afterAuth,
    errors: [],
    notice: null,
    enrolment: null,
    pinRequest: null,
    challenge: null,
    otp: null,
    history: context.history,
  };
}

/** One guarded transition per StepId: where `routing` sends the coach for `context.target`. */
const routes = STEP_IDS.map((stepId: StepId) => ({
  guard: { type: 'isRouteTo' as const, params: { stepId } },
  target: `#coach.${STEPS[stepId].path}`,
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
    'helpdesk.jumpTo': {
      target: '.jumping',
      actions: assign(({ context, event }) => ({
        ...applyPlan(context, planJump(event.stepId, context)),
        notice: 'jumped' as const,
      })),
    },
    'coach.resume': {
      target: '.jumping',
      actions: assign(({ context, event }) => {
        const p = event.progress;
        const plan = planJump(p.stepId, { journey: p.journey, whatIfs: p.whatIfs }, p.journeyIndex);
        return {
          ...applyPlan(context, plan),
          email: p.email ?? '',
          phone: p.phone,
          notice: 'resumed' as const,
        };
      }),
    },
    'coach.back': {
      guard: ({ context }) => previousStep(context.history) !== null,
      target: '.routing',
      actions: assign(({ context }) => {
        const target = previousStep(context.history);
        const cut = target ? context.history.lastIndexOf(target) : -1;
        return { target, history: cut >= 0 ? context.history.slice(0, cut) : context.history };
      }),
    },
    'phone.setForeground': {
      actions: assign(({ context, event }) => ({ phone: { ...context.phone, appInForeground: event.foreground } })),
    },
    'phone.setOnline': {
      actions: assign(({ context, event }) => ({ phone: { ...context.phone, online: event.online } })),
    },
  },
  states: {
    journeys: {
      ...stepState('coach.journeys'),
      on: {
        'coach.chooseJourney': {
          target: 'jumping',
          actions: assign(({ context, event }) => ({
            ...applyPlan(
              context,
              planJump(
                JOURNEYS[event.journey].path[0] ?? 'signIn.email',
                {
                  journey: event.journey,
                  whatIfs: event.whatIfs ?? [],
                },
                0,
              ),
            ),
            history: [],
          })),
        },
      },
    },
    jumping: {
      tags: 'busy',
      invoke: {
        src: 'prepare',
        input: ({ context }) => ({
          journey: context.journey ?? 'fullSetup',
          stepId: context.target ?? 'signIn.email',
          facts: factsAt(context.journey ?? 'fullSetup', context.journeyIndex),
          whatIfs: context.whatIfs,
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
              phone: resumed ? { ...context.phone, app: world.phone.app } : world.phone,
              forms: {
                ...context.forms,
                signInEmail: world.email,
                signIn: { password: '', method: preferredMethod(world.account) },
                resetRequest: { ...context.forms.resetRequest, email: world.email },
                appCredentials: { ...context.forms.appCredentials, email: world.email },
              },
            };
          }),
        },
        onError: {
          target: 'journeys',
          actions: assign({ notice: 'prepareFailed', target: null }),
        },
      },
    },
    routing: {
      always: [...routes, { target: 'journeys' }],
    },
    signIn: signInStates,
    register: registerStates,
    password: passwordStates,
    passwordReset: passwordResetStates,
    account: accountStates,
    device: deviceStates,
    app: appSetupStates,
    pin: pinStates,
    eid: eidStates,
    key: keyStates,
    noSmartphone: noSmartphoneStates,
    recovery: recoveryStates,
    panic: panicStates,
  },
});

export type CoachMachine = typeof coachMachine;
