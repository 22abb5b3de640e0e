import type { CoachSnapshot } from '@eulogin-coach/react';
import { decodeSave, encodeSave, toSavedProgress } from '@eulogin-coach/machine/persist';
import type { StoredProgress } from '../persist/local-progress.js';

/** Guide mode's own save: apart from the rehearsal's, so the pretend set-up and the real one never overwrite each other. */
export const GUIDE_PROGRESS_KEY = 'eulogin-coach.guide-progress';

/** Longest saved text read: a save is a few hundred characters; anything far longer is not ours. */
const MAX_SAVE_LENGTH = 4096;

const damaged: StoredProgress = {
  kind: 'read',
  result: { ok: false, error: { source: 'save', code: 'malformed', detail: 'unreadable' } },
};

/**
 * Guide mode's saved position, read and checked. Storage that cannot be read counts as nothing saved; a value that
 * is not text, is too long, or fails to decode in any way is explained as damaged. Never throws.
 */
export function readGuideProgress(): StoredProgress {
  let text: unknown;
  try {
    text = globalThis.localStorage?.getItem(GUIDE_PROGRESS_KEY) ?? null;
  } catch {
    return { kind: 'none' };
  }
  if (text === null) return { kind: 'none' };
  if (typeof text !== 'string' || text.length > MAX_SAVE_LENGTH) return damaged;
  try {
    return { kind: 'read', result: decodeSave(text) };
  } catch {
    return damaged;
  }
}

/** Saves the position of `snapshot`; on the journey list there is nothing to carry on from, so the save is removed. */
export function writeGuideProgress(snapshot: CoachSnapshot, atJourneys: boolean): void {
  try {
    if (atJourneys) globalThis.localStorage?.removeItem(GUIDE_PROGRESS_KEY);
    else globalThis.localStorage?.setItem(GUIDE_PROGRESS_KEY, encodeSave(toSavedProgress(snapshot)));
  } catch {
    // Storage full or blocked: the position just isn't remembered.
  }
}

export function forgetGuideProgress(): void {
  try {
    globalThis.localStorage?.removeItem(GUIDE_PROGRESS_KEY);
  } catch {
    // Nothing to do.
  }
}
