import type { DecodeError } from '@eulogin-coach/react';
import { usePageContent } from '../../i18n/content-context.js';

/**
 * Why a saved state or share code cannot be read, and a fresh start. Never a crash. The words follow where the text
 * came from: progress this device saved is never called a code, since the person never typed it. With `heading`
 * (the start page's message about saved progress) the message has a heading of its own. Without `onFresh` (a
 * rehearsal is under way, with its own Restart that asks first) only the explanation shows: a typo must not end it.
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
  const text = error.source === 'save' ? content.saveErrors[error.code] : content.decodeErrors[error.code];
  return (
    <div className="decode-problem" role="alert" id={id}>
      {heading ? <h2 className="decode-problem__heading">{heading}</h2> : null}
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
