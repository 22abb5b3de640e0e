import { usePageContent } from '../../i18n/content-context.js';

/**
 * A "Make it harder" box whose switches cannot be shown (their labels or their code could not be downloaded): it says
 * so, with a button to try again. `retrying`: an attempt is under way; the button keeps the focus meanwhile.
 */
export function WhatIfsUnavailable({ onRetry, retrying = false }: { onRetry: () => void; retrying?: boolean }) {
  const { content } = usePageContent();
  return (
    <div role="alert" className="journey__load-failed">
      <p>{content.ui.picker.whatIfLoadFailed}</p>
      <button
        type="button"
        className="btn btn--secondary"
        // Not `disabled`: a disabled button loses the focus it has; this one keeps it while the retry runs.
        aria-disabled={retrying || undefined}
        onClick={() => !retrying && onRetry()}
      >
        {content.ui.common.retry}
      </button>
    </div>
  );
}
