import type { CoachEffects, EffectName } from '@eulogin-coach/machine';
import { EFFECT_NAMES } from '@eulogin-coach/machine';
import type { GuideEffects } from './guide-effects.js';

/**
 * A portal's own effects, completed by guide mode: every effect the portal does not perform itself becomes a
 * question the person answers (`guide.pending()`, `guide.answer()`). A portal's backend sees the PC side of a setup
 * (accounts, mails, passwords) but not the phone: scanning the enrolment QR code, reading a sign-in QR challenge or
 * resetting the app PIN happen in the EU Login app, so a portal leaves those out and the person says what the app
 * showed.
 */
export function withGuideQuestions(portal: Partial<CoachEffects>, guide: GuideEffects): CoachEffects {
  const own = (name: EffectName) => typeof portal[name] === 'function';
  return Object.fromEntries(
    EFFECT_NAMES.map((name) => {
      const from: Partial<CoachEffects> = own(name) ? portal : guide.effects;
      const effect = from[name] as (...args: unknown[]) => Promise<unknown>;
      return [name, (...args: unknown[]) => effect.apply(from, args)];
    }),
  ) as unknown as CoachEffects;
}
