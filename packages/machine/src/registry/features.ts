import type { JourneyId } from './journeys.js';
import { JOURNEYS, JOURNEY_IDS } from './journeys.js';

/**
 * The parts of EU Login a portal can switch off (`features` in the config): signing in with and linking a national
 * eID; security keys and trusted platforms (adding one, and signing in with one); the app's QR code with its
 * one-time code. `false` switches one off; absent or `true`, it is on.
 */
export type Feature = 'eid' | 'securityKey' | 'appQr';
export type Features = { readonly [F in Feature]?: boolean };

/**
 * The names that belong to each feature, read from the names themselves: StepIds and state paths (`eid.country`,
 * `key.addForm`, `signIn.securityKey`, `signIn.qrCode`, `signIn.appQr.scan`), sign-in methods (`appQr`), My Account
 * pages (`eids`, `keys`), the ways on without a smartphone (`securityKey`, `trustedPlatform`), the recovery that signs
 * in with a key when the phone is lost (`otherFactor`, the newPhone journey's way), event types
 * (`user.signInWithEid`) and effects (`completeEid`, `registerSecurityKey`, `startQrChallenge`, `verifyOtp`). The
 * app's enrolment QR code (`device.qrShown`, `scanEnrolmentQr`) is not `appQr`. A test checks every StepId, method,
 * page, way on and effect against this rule.
 */
const NAMES: Readonly<Record<Feature, RegExp>> = {
  eid: /eid/i,
  securityKey: /key|trustedPlatform|otherFactor/i,
  appQr: /appQr|signIn\.qr|QrChallenge|verifyOtp/,
};
const FEATURES = Object.keys(NAMES) as Feature[];

/**
 * The first feature switched off (in `features`; none when absent) that one of `targets` (StepIds, state paths, or
 * the other names above) or a step of `journey` belongs to. Undefined: all of them are on.
 */
export function switchedOff(
  features: Features | undefined,
  targets: readonly string[],
  journey?: JourneyId | null,
): Feature | undefined {
  // Only a feature switched off reads the names, as one text (join flattens the journey's path, and reads an absent
  // one as empty): with every feature on, nothing is built.
  return FEATURES.find(
    (feature) =>
      features?.[feature] === false && NAMES[feature].test([targets, JOURNEYS[journey as JourneyId]?.path].join()),
  );
}

/** The journeys a portal with `features` offers: those with no step in a feature switched off. */
export function journeysFor(features: Features): readonly JourneyId[] {
  return JOURNEY_IDS.filter((id) => !switchedOff(features, [], id));
}
