/**
 * Facts about the person's world that a step relies on. A journey starts with some facts true; each step on its
 * path establishes more. Jumping or resuming to a step asks the effects to `prepare` a world where the facts
 * established before that step hold, so every jump lands in a consistent situation.
 */
export const FACTS = [
  'accountRegistered',
  'passwordSet',
  'signedIn',
  'appInstalled',
  'appReady',
  'deviceEnrolled',
  'oldDeviceEnrolled',
  'keyRegistered',
  'eidLinked',
] as const;

export type Fact = (typeof FACTS)[number];
