import type { CoachSnapshot } from '@eulogin-coach/react';
import { decodeSave, encodeSave, toSavedProgress } from '@eulogin-coach/machine/persist';
import type { StoredProgress } from './stored-progress.js';
import { PROGRESS_KEY } from './stored-progress.js';

export { PROGRESS_KEY, forgetProgress } from './stored-progress.js';
export type { StoredProgress } from './stored-progress.js';

/**
 * The saved progress, read and checked. Storage that cannot be read (blocked: a SecurityError) counts as nothing
 * saved; a value that is not text, or that fails to decode in any way, is explained as damaged. Never throws.
 */
export function readProgress(): StoredProgress {
  let text: unknown;
  try {
    text = globalThis.localStorage?.getItem(PROGRESS_KEY) ?? null;
  } catch {
    return { kind: 'none' };
  }
  if (text === null) return { kind: 'none' };
  try {
    return { kind: 'read', result: decodeSave(typeof text === 'string' ? text : '') };
  } catch {
    return { kind: 'read', result: { ok: false, error: { source: 'save', code: 'malformed', detail: 'unreadable' } } };
  }
}

/** Saves the position of `snapshot`; at the journey picker there is nothing to resume, so the save is removed. */
export function writeProgress(snapshot: CoachSnapshot, atPicker: boolean): void {
  try {
    if (atPicker) globalThis.localStorage?.removeItem(PROGRESS_KEY);
    else globalThis.localStorage?.setItem(PROGRESS_KEY, encodeSave(toSavedProgress(snapshot)));
  } catch {
    // Storage full or blocked: progress just isn't remembered.
  }
}
