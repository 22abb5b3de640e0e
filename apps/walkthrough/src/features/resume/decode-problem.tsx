import type { DecodeError } from '@eulogin-coach/react';
import { usePageContent } from '../../i18n/content-context.js';

/** Why a saved state or share code cannot be read, and a fresh start. Never a crash. */
export function DecodeProblem({
  error,
  onFresh,
  id,
  heading,
}: {
  error: DecodeError;
  onFresh: () => void;
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
      <button type="button" className="btn btn--secondary" onClick={onFresh}>
        {content.ui.guide.startFresh}
      </button>
    </div>
  );
}
