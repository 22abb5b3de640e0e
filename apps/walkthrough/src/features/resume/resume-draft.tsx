import { createContext, useContext, useState } from 'react';
import type { ReactNode } from 'react';

type Draft = readonly [string, (code: string) => void];

const ResumeDraftContext = createContext<Draft | null>(null);

/**
 * Keeps what was typed into a "carry on from a code" form while the page around it is swapped (the start page gives
 * way to the coach when the helpdesk opens), so nothing typed is lost.
 */
export function ResumeDraftProvider({ children }: { children: ReactNode }) {
  const draft = useState('');
  return <ResumeDraftContext.Provider value={draft}>{children}</ResumeDraftContext.Provider>;
}

/** The shared draft under a `ResumeDraftProvider`, else one of the form's own. */
export function useResumeDraft(): Draft {
  const shared = useContext(ResumeDraftContext);
  const own = useState('');
  return shared ?? own;
}
