import { decodeShareCode } from '@eulogin-coach/machine/persist';
import type { DecodeError, SavedProgress } from '@eulogin-coach/react';

export { dropCodeFromAddress, dropFromAddress } from '../../route/drop-from-address.js';

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
