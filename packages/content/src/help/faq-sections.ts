import type { FaqId } from './faq-links.js';

/** The help centre's sections, in the order shown. */
export const FAQ_SECTION_IDS = ['twoFactor', 'problems', 'europass'] as const;
export type FaqSectionId = (typeof FAQ_SECTION_IDS)[number];

/**
 * Which entries each section of the help centre holds, in order: the source FAQ's two-factor questions, the common
 * problems callers report, and the source FAQ's Europass questions. Every `FaqId` is in exactly one section (a test
 * checks it).
 */
export const FAQ_SECTIONS: Readonly<Record<FaqSectionId, readonly FaqId[]>> = {
  twoFactor: [
    'why-two-factor',
    'no-confirmation-mail',
    'email-already-registered',
    'forgot-password',
    'no-smartphone',
    'get-the-app',
    'set-up-the-app',
    'one-account-per-device',
    'change-app-pin',
    'screen-lock',
    'sign-in-with-the-app',
    'find-the-qr-code',
    'qr-code-invalid',
    'already-using-eid',
    'link-eid',
  ],
  problems: [
    'locked-out',
    'new-phone',
    'lost-phone',
    'app-reinstalled',
    'code-not-accepted',
    'link-expired',
    'wrong-pin',
    'no-notification',
    'request-expired',
    'qr-code-expired',
    'user-not-found',
    'new-password-refused',
    'camera-blocked',
    'password-not-offered',
    'second-factor-asked-again',
    'email-refused-at-registration',
    'security-key-problem',
    'sms-codes',
    'eid-failed',
  ],
  europass: [
    'europass-templates',
    'europass-cefr',
    'europass-language-self-assessment',
    'europass-digital-skills',
    'europass-mobility',
    'europass-certificate-supplement',
    'europass-diploma-supplement',
    'europass-language-passport',
    'europass-skills-passport',
    'europass-eqf',
  ],
};
