import type { JourneyId } from './journeys.js';
import { JOURNEYS, JOURNEY_IDS } from './journeys.js';
import type { StepId } from './step-ids.js';
import { STEPS } from './steps.registry.js';

/**
 * The parts of EU Login a portal can switch off (`features` in the config): signing in with and linking a national
 * eID; security keys and trusted platforms (adding one, and signing in with one); the app's QR code with its
 * one-time code. `false` switches one off; absent or `true`, it is on.
 */
export type Feature = 'eid' | 'securityKey' | 'appQr';
export type Features = { readonly [F in Feature]?: boolean };

/**
 * The first feature switched off that one of `targets` belongs to (a StepId, or a state path): the feature named by
 * a part of its state path (`eid.country`: eid; `signIn.appQr.code`: appQr), the security key pages (`key.*`) under
 * securityKey. Undefined: every target is on.
 */
export function switchedOff(features: Features, targets: readonly string[]): Feature | undefined {
  for (const target of targets) {
    for (const part of (STEPS[target as StepId]?.path ?? target).replace(/^key\./, 'securityKey.').split('.')) {
      if (features[part as Feature] === false) return part as Feature;
    }
  }
  return undefined;
}

/** The journeys a portal with `features` offers: those with no step in a feature switched off. */
export function journeysFor(features: Features): readonly JourneyId[] {
  return JOURNEY_IDS.filter((id) => !switchedOff(features, JOURNEYS[id].path));
}
