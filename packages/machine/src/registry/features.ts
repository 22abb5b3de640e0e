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
 * The first feature switched off that one of `targets` (StepIds or state paths) or a step of `journey` belongs to:
 * the feature named by a part of its state path (`eid.country`: eid; `signIn.appQr.code`: appQr), with the security
 * key pages (`key.*`) under securityKey. Undefined: all of them are on.
 */
export function switchedOff(
  features: Features,
  targets: readonly string[],
  journey?: JourneyId | null,
): Feature | undefined {
  for (const target of [...targets, ...(JOURNEYS[journey as JourneyId]?.path ?? [])]) {
    for (const part of (STEPS[target as StepId]?.path ?? target).replace(/^key\b/, 'securityKey').split('.')) {
      if (features[part as Feature] === false) return part as Feature;
    }
  }
  return undefined;
}

/** The journeys a portal with `features` offers: those with no step in a feature switched off. */
export function journeysFor(features: Features): readonly JourneyId[] {
  return JOURNEY_IDS.filter((id) => !switchedOff(features, [], id));
}
