import { useMemo, useRef } from 'react';

/** How a download the person may try again goes on after a failure: see `useRetryOrReload`. */
export interface RetryOrReload {
  /** The person asked to try again: the next attempt is theirs. */
  readonly asked: () => void;
  /** A download arrived: a later failure is no failed retry. */
  readonly arrived: () => void;
  /**
   * A download failed. When it was the person's retry, in place, the page is loaded afresh (`reload`) and the answer
   * is true: nothing else should happen then. Otherwise false: explain the failure and offer to try again.
   */
  readonly failed: () => boolean;
}

/**
 * Trying a failed download again, as a person asks for it: first in place, and when that fails too, by loading the
 * page afresh, because some browsers (Chromium 150) remember a failed module download for the page's lifetime.
 * Saved progress survives the reload. Without `reload` (a test's texts), retries stay in place.
 */
export function useRetryOrReload(reload: (() => void) | undefined): RetryOrReload {
  const asked = useRef(false);
  return useMemo(
    () => ({
      asked: () => {
        asked.current = true;
      },
      arrived: () => {
        asked.current = false;
      },
      failed: () => {
        if (!asked.current || !reload) return false;
        reload();
        return true;
      },
    }),
    [reload],
  );
}
