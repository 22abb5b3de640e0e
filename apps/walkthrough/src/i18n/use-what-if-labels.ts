import { useCallback, useEffect, useRef, useState } from 'react';
import type { WhatIfLabels } from '@eulogin-coach/content';
import { loadWhatIfLabels } from '@eulogin-coach/content';
import { usePageContent, useTextSource } from './content-context.js';
import { useRetryOrReload } from './use-retry-or-reload.js';

/** The what-ifs' switch labels, or why they are not there. */
export interface WhatIfLabelsState {
  /** `null` until they have loaded. */
  readonly labels: WhatIfLabels | null;
  /** The download failed: the box explains it and offers `retry`. */
  readonly failed: boolean;
  /** The person's retry is under way: the explanation stays (its button `aria-disabled`) until it settles. */
  readonly retrying: boolean;
  /** Try the download again: in place first, then (when that fails too) by loading the page afresh. */
  readonly retry: () => void;
}

/**
 * The what-ifs' switch labels in the page's language, which are not in the start page's first texts: they start
 * loading once the browser is idle after the first paint (so they are there before a "make it harder" box is
 * opened), or at once when `needed` (a box was opened first). After a language switch, the previous language's
 * labels stay until the new ones are there (each language downloads once).
 */
export function useWhatIfLabels(needed: boolean): WhatIfLabelsState {
  const { locale } = usePageContent();
  const retryOrReload = useRetryOrReload(useTextSource().reload);
  const [labels, setLabels] = useState<WhatIfLabels | null>(null);
  const [failed, setFailed] = useState(false);
  const [retrying, setRetrying] = useState(false);
  // Read by the load without re-running it: whether the attempt is the person's retry.
  const retryingNow = useRef(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    // Only the language still shown counts: a late answer for another one is ignored.
    let current = true;
    const settled = () => {
      retryingNow.current = false;
      setRetrying(false);
    };
    const load = () =>
      void loadWhatIfLabels(locale).then(
        (loaded) => {
          retryOrReload.arrived();
          if (!current) return;
          setLabels(loaded);
          setFailed(false);
          settled();
        },
        () => {
          if (!current || retryOrReload.failed()) return;
          setFailed(true);
          settled();
        },
      );
    if (needed) {
      // A box opened after an earlier, unseen failure: this attempt is new, and nothing is explained until it fails.
      if (!retryingNow.current) setFailed(false);
      load();
    }
    // Safari has no requestIdleCallback: a timer then waits for the current task (the first render) to end.
    else (globalThis.requestIdleCallback ?? setTimeout)(load);
    return () => {
      current = false;
    };
  }, [needed, locale, attempt, retryOrReload]);
  const retry = useCallback(() => {
    retryOrReload.asked();
    retryingNow.current = true;
    setRetrying(true);
    setAttempt((n) => n + 1);
  }, [retryOrReload]);
  return { labels, failed, retrying, retry };
}
