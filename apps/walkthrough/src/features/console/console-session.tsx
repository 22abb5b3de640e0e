import { createContext, useContext, useMemo, useState, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import { createGuideEffects } from '@eulogin-coach/guide';
import type { GuideEffects } from '@eulogin-coach/guide';
import { CoachProvider, createCoachLogic } from '@eulogin-coach/react';
import type { CoachMachine, GuideQuestion } from '@eulogin-coach/react';

/**
 * The console's coach: guide-mode effects, because the caller is doing the real set-up and nothing is simulated.
 * When the coach needs an outcome (did the mail arrive, what did the app say), a question waits for the agent's
 * answer. `createSession` is the wiring; `ConsoleSession` provides the coach and the guide below it.
 */
export interface ConsoleSessionValue {
  readonly guide: GuideEffects;
  readonly logic: CoachMachine;
}

export function createSession(now: () => number = Date.now): ConsoleSessionValue {
  const guide = createGuideEffects({ now });
  return { guide, logic: createCoachLogic(guide.effects) };
}

const GuideContext = createContext<GuideEffects | null>(null);

export function ConsoleSession({ session, children }: { session?: ConsoleSessionValue; children: ReactNode }) {
  const [value] = useState(() => session ?? createSession());
  return (
    <GuideContext.Provider value={value.guide}>
      <CoachProvider logic={value.logic}>{children}</CoachProvider>
    </GuideContext.Provider>
  );
}

export function useGuide(): GuideEffects {
  const guide = useContext(GuideContext);
  if (!guide) throw new Error('useGuide must be used inside a ConsoleSession');
  return guide;
}

/** The guide's pending question as a store React can read: one object per question, so only a new one re-renders. */
function questionStore(guide: GuideEffects) {
  let current = guide.pending();
  const take = (q: GuideQuestion | null) => {
    if (q?.id !== current?.id) current = q;
  };
  return {
    subscribe: (changed: () => void) => {
      take(guide.pending());
      return guide.subscribe((q) => {
        take(q);
        changed();
      });
    },
    get: () => current,
  };
}

/** The guide question waiting for an answer now, or null; follows the guide as questions come and go. */
export function usePendingQuestion(): GuideQuestion | null {
  const guide = useGuide();
  const store = useMemo(() => questionStore(guide), [guide]);
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
