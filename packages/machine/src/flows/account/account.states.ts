import { OFF, stateConfig } from '../../coach.setup.js';
import type { StepUpPage } from '../../coach.setup.js';

/**
 * Opening `page` (from My Account, or a button that leads there) while signed in with the password alone and a
 * factor on the account: the step-up sign-in first. PANIC needs none: it is the way out when every factor is lost.
 */
export function stepUpBefore(page: StepUpPage) {
  return {
    guard: { type: 'needsStepUpFor', params: { page } },
    target: '#coach.signIn.password',
    actions: { type: 'askStepUp', params: { page } },
  } as const;
}

/** My Account: the pages for devices, eIDs, security keys and PANIC; step-up first when a factor exists. */
export const accountStates = stateConfig({
  initial: 'home',
  states: {
    home: {
      on: {
        // Each page's step-up comes just before it: the devices page, the one most opened, decides in two guards.
        // The feature switches concern only the pages after it (eIDs and keys).
        'user.openPage': [
          stepUpBefore('devices'),
          { guard: { type: 'eventHas', params: { page: 'devices' } }, target: '#coach.device.list' },
          OFF,
          stepUpBefore('eids'),
          stepUpBefore('keys'),
          { guard: { type: 'eventHas', params: { page: 'eids' } }, target: '#coach.eid.manage' },
          { guard: { type: 'eventHas', params: { page: 'keys' } }, target: '#coach.key.manage' },
          '#coach.panic.confirm',
        ],
        'user.signOut': { target: '#coach.signIn.email', actions: 'signOut' },
      },
    },
  },
});
