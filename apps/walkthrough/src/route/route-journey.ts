import { isJourneyId } from '@eulogin-coach/machine/registry';
import type { JourneyId } from '@eulogin-coach/react';
import { MAX_QUERY_LENGTH } from './app-route.js';

/**
 * The journey the address asks guide mode to start (`?mode=guide&journey=lostPhone`, the help centre's "Guide me"),
 * or null. Untrusted: checked against the journey list (an inherited name such as "toString" is none); never throws.
 * Read by guide mode, not by `parseRoute`, so the start page carries none of it.
 */
export function routeJourney(search: string): JourneyId | null {
  if (typeof search !== 'string' || search.length > MAX_QUERY_LENGTH) return null;
  try {
    const journey = new URLSearchParams(search).get('journey');
    return isJourneyId(journey) ? journey : null;
  } catch {
    return null;
  }
}
