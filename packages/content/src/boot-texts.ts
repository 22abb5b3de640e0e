import type { Locale } from './content.types.js';
import { LOCALE_MODULES } from './locale-modules.js';

/** What a page says when even its own texts cannot be downloaded. */
export interface BootTexts {
  readonly heading: string;
  readonly body: string;
  readonly retry: string;
  /** Said while a new attempt is under way. */
  readonly retrying: string;
}

/**
 * The only sentences bundled with a page's code rather than downloaded with its language: without them, a page
 * whose texts fail to arrive could only stay blank. Kept to a few short texts per locale, each in its language
 * folder (`src/<lang>/boot.<lang>.ts`).
 */
export const BOOT_TEXTS: Readonly<Record<Locale, BootTexts>> = Object.freeze(
  Object.fromEntries(Object.entries(LOCALE_MODULES).map(([locale, module]) => [locale, module.boot])) as Record<
    Locale,
    BootTexts
  >,
);
