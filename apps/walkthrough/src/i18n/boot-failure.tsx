import { useEffect, useRef } from 'react';
import { BOOT_TEXTS } from '@eulogin-coach/content';
import type { LanguageFailure } from './content-context.js';

/**
 * The whole page when its own texts could not be downloaded: the few sentences bundled with the code for this case,
 * and a way to try again without losing saved progress. Focus returns to the explanation after each failed attempt,
 * so a screen reader says it again; the button stays focusable while a retry is under way.
 */
export function BootFailure({
  failure,
  retrying,
  onRetry,
}: {
  failure: LanguageFailure;
  retrying: boolean;
  onRetry: () => void;
}) {
  const texts = BOOT_TEXTS[failure.locale];
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [failure.attempt]);
  return (
    <main className="app boot-failure" lang={failure.locale}>
      <div className="decode-problem" aria-busy={retrying}>
        <h1 className="decode-problem__heading" tabIndex={-1} ref={heading}>
          {texts.heading}
        </h1>
        <p>{texts.body}</p>
        <button
          type="button"
          className="btn btn--primary"
          aria-disabled={retrying}
          onClick={() => {
            if (!retrying) onRetry();
          }}
        >
          {texts.retry}
        </button>
        <p role="status">{retrying ? texts.retrying : ''}</p>
      </div>
    </main>
  );
}
