import { useEffect, useRef } from 'react';
import { BOOT_TEXTS } from '@eulogin-coach/content';
import type { Locale } from '@eulogin-coach/content';

/**
 * The whole page when its own texts could not be downloaded: the few sentences bundled with the code for this case,
 * and a way to try again without losing saved progress.
 */
export function BootFailure({ locale, retrying, onRetry }: { locale: Locale; retrying: boolean; onRetry: () => void }) {
  const texts = BOOT_TEXTS[locale];
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <main className="app boot-failure" lang={locale}>
      <div className="decode-problem" aria-busy={retrying}>
        <h1 className="decode-problem__heading" tabIndex={-1} ref={heading}>
          {texts.heading}
        </h1>
        <p>{texts.body}</p>
        <button type="button" className="btn btn--primary" disabled={retrying} onClick={onRetry}>
          {texts.retry}
        </button>
      </div>
    </main>
  );
}
