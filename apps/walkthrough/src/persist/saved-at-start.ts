import type { RouteCode } from '../features/console/route-code.js';
import { readRouteCode } from '../features/console/route-code.js';
import type { StoredProgress } from './local-progress.js';
import { readProgress } from './local-progress.js';

/** What the page opens with: the progress this device saved, and the share code in the address (`?code=`). */
export interface SavedAtStart {
  readonly stored: StoredProgress;
  readonly routeCode: RouteCode;
}

/**
 * Both read and checked. The start page loads this module (and the decoder with it) only when something is saved
 * or the address holds a code, so a first visit does not download the decoder. Never throws.
 */
export function readSavedAtStart(code: string | null): SavedAtStart {
  return { stored: readProgress(), routeCode: readRouteCode(code) };
}
