import { decodeShareCode } from '@eulogin-coach/machine/persist';
import type { DecodeError, SavedProgress } from '@eulogin-coach/react';

/** A share code from the page's address, decoded: nothing, a position to resume, or why it cannot be used. */
export type RouteCode =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly code: string; readonly progress: SavedProgress }
  | { readonly kind: 'bad'; readonly error: DecodeError };

/** Decodes `?code=` (already checked for length and characters by the route parser). Never throws. */
export function readRouteCode(code: string | null): RouteCode {
  if (code === null) return { kind: 'none' };
  const result = decodeShareCode(code);
  return result.ok ? { kind: 'ok', code, progress: result.value } : { kind: 'bad', error: result.error };
}

/** Takes `?code=` out of the address (after it was used or refused), so a reload does not use it again. */
export function dropCodeFromAddress(): void {
  dropFromAddress('code');
}

/**
 * Takes a one-time value (a code, a journey to start) out of the address once it has been used, so that a reload
 * carries on from where the person is rather than starting over from it.
 */
export function dropFromAddress(name: 'code' | 'journey'): void {
  try {
    const url = new URL(globalThis.location.href);
    if (!url.searchParams.has(name)) return;
    url.searchParams.delete(name);
    globalThis.history.replaceState(globalThis.history.state, '', url);
  } catch {
    // No location or history (tests, a sandboxed frame): nothing to tidy.
  }
}
