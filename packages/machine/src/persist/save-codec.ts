import type { Features } from '../registry/features.js';
import type { CoachSnapshot } from '../coach.snapshot.js';
import { currentStepId } from '../coach.snapshot.js';
import { journeyIndexAt } from '../progress.js';
import type { DecodeResult, SavedProgress } from './saved-progress.js';
import { SAVE_VERSION } from './saved-progress.js';
import { MAX_SAVE_LENGTH } from './limits.js';
import { validateProgress } from './validate-progress.js';
import { fail } from './untrusted-input.js';

/** The position to save for a snapshot: no passwords, PINs, codes or raw machine state. */
export function toSavedProgress(snapshot: CoachSnapshot): SavedProgress {
  const c = snapshot.context;
  const stepId = currentStepId(snapshot);
  return {
    v: SAVE_VERSION,
    stepId,
    journey: c.nav.journey,
    journeyIndex: journeyIndexAt(c.nav, stepId),
    whatIfs: [...c.nav.whatIfs],
    email: c.email === '' ? null : c.email,
    phone: c.phone,
  };
}

/** Saved progress as text, e.g. for localStorage. */
export function encodeSave(progress: SavedProgress): string {
  return JSON.stringify(progress);
}

/**
 * Read saved text back. Anything wrong (empty, longer than MAX_SAVE_LENGTH, not JSON, tampered, an old version) is
 * a typed error with source `save`, never a throw; the length is checked before the text is parsed. A position in a
 * feature `features` switches off is refused as `switchedOff`.
 */
export function decodeSave(text: string | null | undefined, features?: Features): DecodeResult {
  if (typeof text !== 'string' || text.trim() === '') return fail('save', 'empty', 'save');
  if (text.length > MAX_SAVE_LENGTH) return fail('save', 'tooLarge', 'length');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return fail('save', 'malformed', 'JSON');
  }
  return validateProgress(parsed, 'save', features);
}
