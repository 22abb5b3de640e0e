import { useEffect, useState } from 'react';
import type { WhatIfLabels } from '@eulogin-coach/content';
import { loadWhatIfLabels } from '@eulogin-coach/content';
import { usePageContent } from './content-context.js';

/**
 * The what-ifs' switch labels in the page's language, which are not in the start page's first texts: they start
 * loading once the browser is idle after the first paint (so they are there before a "make it harder" box is
 * opened), or at once when `needed` (a box was opened first). `null` until they have loaded; after a language
 * switch, the previous language's labels until the new ones are there (each language downloads once). A failed
 * download is not reported here (the box stays empty); it is tried again when `needed` turns true.
 */
export function useWhatIfLabels(needed: boolean): WhatIfLabels | null {
  const { locale } = usePageContent();
  const [labels, setLabels] = useState<WhatIfLabels | null>(null);
  useEffect(() => {
    // Only the language still shown counts: a late answer for another one is ignored.
    let current = true;
    const load = () =>
      void loadWhatIfLabels(locale).then(
        (loaded) => current && setLabels(loaded),
        () => undefined,
      );
    // Safari has no requestIdleCallback: a timer then waits for the current task (the first render) to end.
    if (needed) load();
    else (globalThis.requestIdleCallback ?? setTimeout)(load);
    return () => {
      current = false;
    };
  }, [needed, locale]);
  return labels;
}
