import { OFF, assign, stateConfig } from '../../coach.setup.js';

/** A lost or replaced phone: sign in with another factor, or with the password alone and use PANIC. */
export const recoveryStates = stateConfig({
  initial: 'options',
  states: {
    options: {
      on: {
        'user.chooseRecovery': [
          // With keys switched off there is no other factor to sign in with: only PANIC's way is offered.
          OFF,
          {
            // Another factor still works: sign in with it, delete the lost phone, add the new one.
            guard: { type: 'eventHas', params: { situation: 'otherFactor' } },
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
