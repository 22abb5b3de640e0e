import { assign, coachSetup, stepState } from '../coach.setup.js';
import { needsStepUp, preferredMethod } from '../coach.context.js';
import type { AccountPage } from '../coach.types.js';
import type { AfterAuth } from '../registry/journeys.js';

const afterAuthFor: Record<Exclude<AccountPage, 'panic'>, AfterAuth> = {
  devices: 'devices',
  eids: 'eids',
  keys: 'keys',
};

/** My Account: the pages for devices, eIDs, security keys and PANIC; step-up first when a factor exists. */
export const accountStates = coachSetup.createStateConfig({
  initial: 'home',
  states: {
    home: {
      ...stepState('account.home'),
      on: {
        'user.openPage': [
          {
            guard: ({ context, event }) => needsStepUp(context, event.page),
            target: '#coach.signIn.password',
            actions: assign(({ context, event }) => ({
              afterAuth: event.page === 'panic' ? context.afterAuth : afterAuthFor[event.page],
              notice: 'stepUpRequired' as const,
              forms: { ...context.forms, signIn: { password: '', method: preferredMethod(context.account) } },
            })),
          },
          { guard: ({ event }) => event.page === 'devices', target: '#coach.device.list' },
          { guard: ({ event }) => event.page === 'eids', target: '#coach.eid.manage' },
          { guard: ({ event }) => event.page === 'keys', target: '#coach.key.manage' },
          { target: '#coach.panic.confirm' },
        ],
        'user.signOut': { target: '#coach.signIn.email', actions: 'signOut' },
      },
    },
  },
});
