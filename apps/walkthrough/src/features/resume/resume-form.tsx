import { useId, useState } from 'react';
import type { DecodeError, SavedProgress } from '@eulogin-coach/react';
import { usePageContent } from '../../i18n/content-context.js';
import { DecodeProblem } from './decode-problem.js';
import { useResumeDraft } from './resume-draft.js';

export interface ResumeFormProps {
  readonly busy?: boolean;
  /** A valid code was entered. */
  readonly onResume: (progress: SavedProgress) => void;
  /** The person chose a fresh start after a bad code; absent, none is offered (a rehearsal is under way). */
  readonly onFresh?: () => void;
}

/** Carry on from a share code; a bad code is explained, with a fresh start offered. */
export function ResumeForm({ busy = false, onResume, onFresh }: ResumeFormProps) {
  const { content } = usePageContent();
  const ui = content.ui.guide;
  const id = useId();
  const [code, setCode] = useResumeDraft();
  const [error, setError] = useState<DecodeError | null>(null);
  // The decoder is downloaded when a code is submitted (the start page does not need it before); if it cannot be,
  // the error boundary explains it and offers a reload.
  const [loadFailure, setLoadFailure] = useState<{ readonly error: unknown } | null>(null);
  if (loadFailure) throw loadFailure.error;
  return (
    <form
      className="resume"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        import('@eulogin-coach/machine/persist').then(
          ({ decodeShareCode }) => {
            const result = decodeShareCode(code);
            if (result.ok) {
              setError(null);
              onResume(result.value);
            } else setError(result.error);
          },
          (failure: unknown) => setLoadFailure({ error: failure }),
        );
      }}
    >
      <label htmlFor={id}>{ui.resumeLabel}</label>
      <p className="field__hint" id={`${id}-hint`}>
        {ui.resumeHint}
      </p>
      <input
        id={id}
        value={code}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => setCode(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error ${id}-hint` : `${id}-hint`}
      />
      <button type="submit" className="btn btn--secondary" disabled={busy}>
        {ui.resumeButton}
      </button>
      {error ? (
        <DecodeProblem
          id={`${id}-error`}
          error={error}
          onFresh={
            onFresh &&
            (() => {
              setError(null);
              setCode('');
              onFresh();
            })
          }
        />
      ) : null}
    </form>
  );
}
