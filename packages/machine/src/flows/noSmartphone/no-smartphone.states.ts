import { assign, coachSetup, stepState } from '../../coach.setup.js';
import { needsStepUp, withTask } from '../../coach.context.js';
import type { NoSmartphoneOption } from '../../coach.types.js';
import type { KeyKind } from '../../registry/choices.js';

function keyKindFor(option: NoSmartphoneOption): KeyKind {
  return option === 'trustedPlatform' ? 'trustedPlatform' : 'securityKey';
}

/** No smartphone (a tablet, a security key, a trusted platform): choose a way on. */
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
