import { OFF, and, assign, stateConfig } from '../../coach.setup.js';
import { withTask } from '../../coach.context.js';
import type { NoSmartphoneOption } from '../../coach.types.js';
import type { KeyKind } from '../../registry/choices.js';

function keyKindFor(option: NoSmartphoneOption): KeyKind {
  return option === 'trustedPlatform' ? 'trustedPlatform' : 'securityKey';
}

/** No smartphone (a tablet, a security key, a trusted platform): choose a way on. */
export const noSmartphoneStates = stateConfig({
  initial: 'options',
  states: {
    options: {
      on: {
        'user.chooseAlternative': [
          OFF,
          {
            guard: and([
              { type: 'eventHas', params: { option: 'tablet' } } as const,
              { type: 'signedInFor', params: { page: 'devices' } } as const,
            ]),
            target: '#coach.device.list',
          },
          {
            guard: { type: 'eventHas', params: { option: 'tablet' } },
            target: '#coach.signIn.email',
            actions: assign({ afterAuth: 'devices' }),
          },
          {
            guard: { type: 'signedInFor', params: { page: 'keys' } },
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
