import { createContext, useCallback, useContext, useState, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import { CoachProvider, createCoachLogic } from '@eulogin-coach/react';
import type { CoachInput, GuideQuestion } from '@eulogin-coach/react';
import { createGuideEffects } from '@eulogin-coach/guide';
import type { GuideEffects } from '@eulogin-coach/guide';

const GuideEffectsContext = createContext<GuideEffects | null>(null);

export interface GuideSessionProps {
  /** Config overrides, for the coach and the guide effects alike. Read once. */
  readonly input?: CoachInput;
  readonly children?: ReactNode;
}

/**
 * A coach on guide effects: nothing is simulated, and every outcome is a question the person (or a helpdesk agent
 * for them) answers. Children reach the coach with the usual hooks (`useCoachView`) and the guide with
 * `useGuideEffects`. The helpdesk console uses it too.
 */
export function GuideSession({ input, children }: GuideSessionProps) {
  const [session] = useState(() => {
    const guide = createGuideEffects(input?.config ? { config: input.config } : {});
    return { guide, logic: createCoachLogic(guide.effects) };
  });
  return (
    <GuideEffectsContext.Provider value={session.guide}>
      <CoachProvider logic={session.logic} {...(input ? { input } : {})}>
        {children}
      </CoachProvider>
    </GuideEffectsContext.Provider>
  );
}

/** The guide effects of the `GuideSession` above. */
export function useGuideEffects(): GuideEffects {
  const guide = useContext(GuideEffectsContext);
  if (!guide) throw new Error('useGuideEffects: no GuideSession above this component.');
  return guide;
}

/** The question the coach waits for an answer to, or null; follows the guide effects. */
export function usePendingQuestion(guide: GuideEffects): GuideQuestion | null {
  const subscribe = useCallback((changed: () => void) => guide.subscribe(() => changed()), [guide]);
  // The question's id is the snapshot: `pending()` returns a new object on every call.
  const id = useSyncExternalStore(subscribe, () => guide.pending()?.id ?? null);
  return id === null ? null : guide.pending();
}
