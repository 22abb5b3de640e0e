import type { FaqId } from '@eulogin-coach/content';
import type { JourneyId, WhatIfId } from '@eulogin-coach/react';

/** The journey that rehearses an entry, with the what-ifs to switch on at its start. */
export interface RehearsalTarget {
  readonly journey: JourneyId;
  readonly whatIfs: readonly WhatIfId[];
}

/**
 * "Rehearse this" for each help entry: the journey and what-if that act it out, or null for an entry no journey
 * rehearses (the Europass questions). Typed by `FaqId`, so a new entry fails the typecheck until it is placed; a
 * test checks that each what-if is offered on its journey.
 */
export const REHEARSAL_FOR: Readonly<Record<FaqId, RehearsalTarget | null>> = {
  'why-two-factor': { journey: 'fullSetup', whatIfs: [] },
  'no-confirmation-mail': { journey: 'fullSetup', whatIfs: ['mailInSpam'] },
  'email-already-registered': { journey: 'fullSetup', whatIfs: ['emailAlreadyRegistered'] },
  'forgot-password': { journey: 'forgotPassword', whatIfs: [] },
  'no-smartphone': { journey: 'noSmartphone', whatIfs: [] },
  'get-the-app': { journey: 'fullSetup', whatIfs: [] },
  'set-up-the-app': { journey: 'fullSetup', whatIfs: [] },
  'one-account-per-device': { journey: 'fullSetup', whatIfs: ['deviceUsedByOtherAccount'] },
  'change-app-pin': { journey: 'forgotPin', whatIfs: [] },
  'screen-lock': { journey: 'fullSetup', whatIfs: ['noScreenLock'] },
  'sign-in-with-the-app': { journey: 'signInAppPin', whatIfs: ['appInBackground'] },
  'find-the-qr-code': { journey: 'fullSetup', whatIfs: [] },
  'qr-code-invalid': { journey: 'fullSetup', whatIfs: ['scannedWithCameraApp'] },
  'already-using-eid': { journey: 'signInEid', whatIfs: [] },
  'link-eid': { journey: 'linkEid', whatIfs: [] },
  'locked-out': { journey: 'signInAppPin', whatIfs: ['wrongPassword'] },
  'new-phone': { journey: 'newPhone', whatIfs: [] },
  'lost-phone': { journey: 'lostPhone', whatIfs: [] },
  'app-reinstalled': { journey: 'newPhone', whatIfs: ['appReinstalled'] },
  'code-not-accepted': { journey: 'signInAppQr', whatIfs: ['codeReused'] },
  'link-expired': { journey: 'forgotPassword', whatIfs: ['linkExpired'] },
  'wrong-pin': { journey: 'signInAppPin', whatIfs: ['wrongPin'] },
  'no-notification': { journey: 'signInAppPin', whatIfs: ['phoneOffline'] },
  'request-expired': { journey: 'signInAppPin', whatIfs: ['requestExpired'] },
  'qr-code-expired': { journey: 'fullSetup', whatIfs: ['qrExpired'] },
  'user-not-found': { journey: 'signInAppPin', whatIfs: ['unknownEmail'] },
  'new-password-refused': { journey: 'forgotPassword', whatIfs: ['weakPassword'] },
  'camera-blocked': { journey: 'fullSetup', whatIfs: ['cameraDenied'] },
  'password-not-offered': { journey: 'signInAppPin', whatIfs: ['alwaysMfa'] },
  'second-factor-asked-again': { journey: 'fullSetup', whatIfs: ['stepUpRequired'] },
  'email-refused-at-registration': { journey: 'fullSetup', whatIfs: ['institutionEmail'] },
  'security-key-problem': { journey: 'signInSecurityKey', whatIfs: ['keyCancelled'] },
  'sms-codes': { journey: 'noSmartphone', whatIfs: [] },
  'eid-failed': { journey: 'signInEid', whatIfs: ['eidFailed'] },
  'europass-templates': null,
  'europass-cefr': null,
  'europass-language-self-assessment': null,
  'europass-digital-skills': null,
  'europass-mobility': null,
  'europass-certificate-supplement': null,
  'europass-diploma-supplement': null,
  'europass-language-passport': null,
  'europass-skills-passport': null,
  'europass-eqf': null,
};
