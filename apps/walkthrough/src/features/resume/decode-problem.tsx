import { Suspense, use } from 'react';
import { loadDecodeTexts } from '@eulogin-coach/content';
import type { DecodeTexts } from '@eulogin-coach/content';
import type { DecodeError } from '@eulogin-coach/react';
import { useLoadedContent, usePageContent } from '../../i18n/content-context.js';

type DecodeProblemProps = {
  error: DecodeError;
  onFresh?: () => void;
  /** The name of the `onFresh` button, where it does something else than start afresh (the console's). */
  action?: string;
  id?: string;
  heading?: string;
};

/**
 * The explanations of unreadable codes and saves: from every text of the page's language once the coach's have
 * loaded, else their own small download (the start page's texts do not carry them), started as the decoder is.
 */
function useDecodeTexts(): DecodeTexts {
  const { locale } = usePageContent();
  return useLoadedContent() ?? use(loadDecodeTexts(locale));
}

/**
 * Why a saved state or share code cannot be read, and a fresh start. Never a crash. The words follow where the text
 * came from: progress this device saved is never called a code, since the person never typed it. With `heading`
 * (the start page's message about saved progress) the message has a heading of its own. Without `onFresh` (a
 * rehearsal is under way, with its own Restart that asks first) only the explanation shows: a typo must not end it.
 */
export function DecodeProblem(props: DecodeProblemProps) {
  // Nothing, for the moment its explanation downloads (on the start page only): the form or page around it stays.
  return (
    <Suspense fallback={null}>
      <Explanation {...props} />
    </Suspense>
  );
}

function Explanation({ error, onFresh, action, id, heading }: DecodeProblemProps) {
  const { content } = usePageContent();
  const texts = useDecodeTexts();
  const text = error.source === 'save' ? texts.saveErrors[error.code] : texts.decodeErrors[error.code];
  return (
    <div className="decode-problem" role="alert" id={id}>
      {heading ? <h2 className="decode-problem__heading">{heading}</h2> : null}
      <p className="decode-problem__title">{text.title}</p>
      <p>{text.body}</p>
      {onFresh ? (
        <button type="button" className="btn btn--secondary" onClick={onFresh}>
          {action ?? content.ui.guide.startFresh}
        </button>
      ) : null}
    </div>
  );
}
