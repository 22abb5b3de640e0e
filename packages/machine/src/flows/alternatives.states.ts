import { BUSY, assign, coachSetup, stepState } from '../coach.setup.js';
import { needsStepUp, withTask } from '../coach.context.js';
import { stepUpBefore } from './account.states.js';
import type { NoSmartphoneOption } from '../coach.types.js';
import type { KeyKind } from '../registry/choices.js';

function keyKindFor(option: NoSmartphoneOption): KeyKind {
  return option === 'trustedPlatform' ? 'trustedPlatform' : 'securityKey';
}

/** No smartphone (a tablet, a security key, a trusted platform) and a lost or replaced phone: choose a way on. */
export const noSmartphoneStates = coachSetup.createStateConfig({
  initial: 'options',
  states: {
    options: {
      ...stepState('noSmartphone.options'),
      on: {
        'user.chooseAlternative': [
          {
            guard: ({ context, event }) =>
              event.option === 'tablet' && context.auth !== 'none' && !needsStepUp(context, 'devices'),
            target: '#coach.device.list',
          },
          {
            guard: ({ event }) => event.option === 'tablet',
            target: '#coach.signIn.email',
            actions: assign({ afterAuth: 'devices' }),
          },
          {
            guard: ({ context }) => context.auth !== 'none' && !needsStepUp(context, 'keys'),
            target: '#coach.key.manage',
            actions: assign(({ context, event }) => withTask(context, { keyKind: keyKindFor(event.option) })),
          },
          {
            target: '#coach.signIn.email',
            actions: assign(({ context, event }) => ({
              afterAuth: 'keys' as const,
              ...withTask(context, { keyKind: keyKindFor(event.option) }),
            })),
          },
        ],
      },
    },
  },
});

export const recoveryStates = coachSetup.createStateConfig({
  initial: 'options',
  states: {
    options: {
      ...stepState('recovery.options'),
      on: {
        'user.chooseRecovery': [
          {
            // Another factor still works: sign in with it, delete the lost phone, add the new one.
            guard: ({ event }) => event.situation === 'otherFactor',
            target: '#coach.signIn.email',
            actions: assign(({ context }) => ({
              afterAuth: 'devices' as const,
              auth: 'none' as const,
              forms: { ...context.forms, signIn: { password: '', method: 'securityKey' as const } },
            })),
          },
          {
            // Nothing left: sign in with the password alone and use PANIC, then enrol afresh.
            target: '#coach.signIn.email',
            actions: assign(({ context }) => ({
              afterAuth: 'account' as const,
              auth: 'none' as const,
              forms: { ...context.forms, signIn: { password: '', method: 'password' as const } },
            })),
          },
        ],
      },
    },
  },
});

export const panicStates = coachSetup.createStateConfig({
  initial: 'confirm',
  states: {
    confirm: {
      ...stepState('panic.confirm'),
      initial: 'asking',
      on: { 'user.cancel': { target: '#coach.account.home' } },
      states: {
        asking: { on: { 'user.confirm': { target: 'deleting' } } },
        deleting: {
          ...BUSY,
          invoke: {
            src: 'panic',
            input: ({ context }) => ({ email: context.email }),
            onDone: {
              target: '#coach.panic.done',
              actions: assign(({ context, event }) => ({
                account: event.output,
                phone: {
                  ...context.phone,
                  app: context.phone.app === 'initialised' ? ('installed' as const) : context.phone.app,
                },
              })),
            },
            onError: { target: 'asking', actions: 'setUnavailable' },
          },
        },
      },
    },
    done: {
      ...stepState('panic.done'),
      on: {
        // A security key survives PANIC: with one, adding a phone asks for it first, as anywhere else.
        'user.addDevice': [stepUpBefore('devices'), { target: '#coach.device.list' }],
        'user.continue': { target: '#coach.account.home' },
      },
    },
  },
});
