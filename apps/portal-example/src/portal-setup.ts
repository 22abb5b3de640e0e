// Everything this portal decides about the coach, in one place: the numbers, the journeys it offers and the two
// texts it words its own way. The page and the example backend both read it.
import type { CoachConfig, JourneyId } from '@eulogin-coach/machine';
import type { Content, DeepPartial } from '@eulogin-coach/content';

/**
 * The coach's numbers, the same for the coach and the backend's world. The service this portal guards accepts a
 * password alone. When the machine gains flow switches, eID is switched off here, with one more line:
 * `features: { eid: false }`.
 */
export const PORTAL_CONFIG = { serviceRequiresMfa: false } satisfies Partial<CoachConfig>;

/**
 * The journeys this portal offers. It has no eID sign-in (its service does not accept one), so the two eID journeys
 * (`signInEid`, `linkEid`) are left out, and it has no page for security keys or lost phones.
 */
export const OFFERED_JOURNEYS = ['fullSetup', 'forgotPassword'] as const satisfies readonly JourneyId[];

/** The portal's own wording, laid over the shipped English texts (`loadContent('en', TEXT_OVERRIDES)`). */
export const TEXT_OVERRIDES: DeepPartial<Content> = {
  journeys: { fullSetup: { title: 'Open your Example Portal account' } },
  steps: { 'signIn.email': { title: 'Sign in to the Example Portal' } },
};
