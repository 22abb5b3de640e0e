import { Component, useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { AppFrame } from '../app-frame.js';
import { usePageContent } from '../i18n/content-context.js';
import { forgetProgress } from '../persist/local-progress.js';

/** A failed `import()`: the browser could not download part of the app (offline, or a newer version was published). */
export function isLoadFailure(error: unknown): boolean {
  return (
    error instanceof TypeError &&
    /dynamically imported module|Importing a module script failed|Failed to fetch/i.test(error.message)
  );
}

/**
 * Around the coach: if part of it cannot be downloaded, or it fails unexpectedly, the page explains what happened
 * and offers a reload (saved progress is picked up again) instead of going blank.
 */
export class FailureBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: unknown } {
    return { error: error ?? new Error('unknown failure') };
  }

  override render(): ReactNode {
    return this.state.error ? <FailureNotice loadFailure={isLoadFailure(this.state.error)} /> : this.props.children;
  }
}

function FailureNotice({ loadFailure }: { loadFailure: boolean }) {
  const { content } = usePageContent();
  const ui = content.ui;
  const text = loadFailure ? ui.app.loadFailed : ui.app.crashed;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <AppFrame announcement={text.heading}>
      <div className="decode-problem">
        <h2 className="decode-problem__heading" tabIndex={-1} ref={heading}>
          {text.heading}
        </h2>
        <p>{text.body}</p>
        <button type="button" className="btn btn--primary" onClick={() => window.location.reload()}>
          {ui.app.reload}
        </button>
        {loadFailure ? null : (
          // If the saved progress itself leads to the failure, reloading would only repeat it.
          <button
            type="button"
            className="btn btn--secondary"
            onClick={() => {
              forgetProgress();
              window.location.reload();
            }}
          >
            {ui.guide.startFresh}
          </button>
        )}
      </div>
    </AppFrame>
  );
}
