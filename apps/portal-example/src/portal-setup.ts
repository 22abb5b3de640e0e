// Everything this portal decides about the coach, in one place: the numbers, the parts of EU Login it switches off
// (and so the journeys it offers) and the two texts it words its own way. The page and the example backend both read it.
import type { CoachConfig, JourneyId } from '@eulogin-coach/machine';
import { journeysFor } from '@eulogin-coach/machine/registry';
import type { Content, DeepPartial } from '@eulogin-coach/content';

/**
 * The coach's numbers and switches, the same for the coach and the backend's world. The service this portal guards
 * accepts a password alone and no eID, and the portal has no page for security keys: both are switched off, so the
 * coach never offers them, refuses any way into them, and needs none of their effects (see `http-effects.ts`).
 */
export const PORTAL_CONFIG = {
  serviceRequiresMfa: false,
  features: { eid: false, securityKey: false },
} as const satisfies Partial<CoachConfig>;

/** The journeys this portal offers: every journey the switches leave on. */
export const OFFERED_JOURNEYS: readonly JourneyId[] = journeysFor(PORTAL_CONFIG.features);

/** The portal's own wording, laid over the shipped English texts (`loadContent('en', TEXT_OVERRIDES)`). */
export const TEXT_OVERRIDES: DeepPartial<Content> = {
  journeys: { fullSetup: { title: 'Open your Example Portal account' } },
  steps: { 'signIn.email': { title: 'Sign in to the Example Portal' } },
};
