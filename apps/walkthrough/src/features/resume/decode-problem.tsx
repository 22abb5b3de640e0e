import type { DecodeError } from '@eulogin-coach/react';
import { usePageContent } from '../../i18n/content-context.js';

/**
 * Why a saved state or share code cannot be read, and a fresh start. Never a crash. Without `onFresh` (a rehearsal
 * is under way, with its own Restart that asks first) only the explanation shows: a typo must not end it.
 */
export function DecodeProblem({
  error,
  onFresh,
  id,
  heading,
}: {
  error: DecodeError;
  onFresh?: () => void;
  id?: string;
  heading?: string;
}) {
  const { content } = usePageContent();
  const text = content.decodeErrors[error.code];
  return (
    <div className="decode-problem" role="alert" id={id}>
      {heading ? <p className="decode-problem__heading">{heading}</p> : null}
      <p className="decode-problem__title">{text.title}</p>
      <p>{text.body}</p>
      {onFresh ? (
        <button type="button" className="btn btn--secondary" onClick={onFresh}>
          {content.ui.guide.startFresh}
        </button>
      ) : null}
    </div>
  );
}
