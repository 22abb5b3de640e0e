import type { DecodeResult } from '@eulogin-coach/react';

export const PROGRESS_KEY = 'eulogin-coach.progress';

/** What is saved, read back: nothing, a position to resume, or an error to explain. */
export type StoredProgress = { readonly kind: 'none' } | { readonly kind: 'read'; readonly result: DecodeResult };

/**
 * Whether anything is saved, without reading it: the start page needs the decoder (in `local-progress.ts`, loaded
 * on demand) only then. Blocked storage counts as nothing saved, as `readProgress` counts it.
 */
export function hasStoredProgress(): boolean {
  try {
    return (globalThis.localStorage?.getItem(PROGRESS_KEY) ?? null) !== null;
  } catch {
    return false;
  }
}

export function forgetProgress(): void {
  try {
    globalThis.localStorage?.removeItem(PROGRESS_KEY);
  } catch {
    // Nothing to do.
  }
}
