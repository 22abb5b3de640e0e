import { BUSY, UNAVAILABLE, assign, stateConfig, stepState } from '../../coach.setup.js';
import { stepUpBefore } from '../account/account.states.js';

/** PANIC: delete every factor at once, when all are lost; then add a phone afresh. */
export const panicStates = stateConfig({
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
            onError: { target: 'asking', actions: UNAVAILABLE },
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
