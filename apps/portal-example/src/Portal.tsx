import { useMemo } from 'react';
import { createCoachLogic, resolveConfig } from '@eulogin-coach/machine';
import { CoachProvider, useCoachView } from '@eulogin-coach/react';
import type { Content } from '@eulogin-coach/content';
import { createHttpEffects } from './http-effects.js';
import { PORTAL_CONFIG } from './portal-setup.js';
import { JourneyList } from './components/JourneyList.js';
import { StepView } from './components/StepView.js';

function CoachPage({ content, session }: { content: Content; session: string }) {
  const view = useCoachView();
  return view.stepId === 'coach.journeys' ? (
    <JourneyList view={view} content={content} />
  ) : (
    <StepView view={view} content={content} session={session} />
  );
}

/** The coach with this portal's effects (HTTP to its backend) and config. */
export function Portal({ content, session }: { content: Content; session: string }) {
  const logic = useMemo(() => createCoachLogic(createHttpEffects(session), PORTAL_CONFIG.features), [session]);
  const input = useMemo(() => ({ config: resolveConfig(PORTAL_CONFIG) }), []);
  return (
    <CoachProvider logic={logic} input={input}>
      <CoachPage content={content} session={session} />
    </CoachProvider>
  );
}
