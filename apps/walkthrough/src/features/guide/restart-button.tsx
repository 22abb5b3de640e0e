import { useEffect, useRef, useState } from 'react';
import type { CoachView } from '@eulogin-coach/react';
import { StepButton } from '../../components/step-button.js';
import { useContent } from '../../i18n/content-context.js';

/** Restart, with a confirmation while a rehearsal is under way (a finished one restarts at once). */
export function RestartButton({ view }: { view: CoachView }) {
  const { content } = useContent();
  const ui = content.ui.guide;
  const [asking, setAsking] = useState(false);
  // After "No", focus goes back to Restart instead of getting lost with the confirmation.
  const returnFocus = useRef(false);
  const restartButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!asking && returnFocus.current) {
      returnFocus.current = false;
      restartButton.current?.focus();
    }
  }, [asking]);
  const restart = { type: 'coach.restart' } as const;
  if (view.progress?.complete) {
    return (
      <StepButton view={view} event={restart} variant="link">
        {ui.chooseAnother}
      </StepButton>
    );
  }
  if (!asking) {
    return (
      <button
        ref={restartButton}
        type="button"
        className="btn btn--link"
        disabled={!view.can(restart)}
        onClick={() => setAsking(true)}
      >
        {ui.restart}
      </button>
    );
  }
  return (
    <div className="restart-confirm" role="group" aria-labelledby="restart-title">
      <p id="restart-title" className="restart-confirm__title">
        {ui.restartConfirmTitle}
      </p>
      <p>{ui.restartConfirm}</p>
      <StepButton view={view} event={restart} variant="primary">
        {ui.restartConfirmYes}
      </StepButton>
      <button
        type="button"
        className="btn btn--secondary"
        onClick={() => {
          returnFocus.current = true;
          setAsking(false);
        }}
        autoFocus
      >
        {ui.restartConfirmNo}
      </button>
    </div>
  );
}
