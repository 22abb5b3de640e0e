import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { AppHeader } from './app-header.js';
import { usePageContent } from './i18n/content-context.js';

/** The page around every screen: skip link, header, the live announcement of the step, main area and footer. */
export function AppFrame({ announcement, children }: { announcement: string; children: ReactNode }) {
  const { content } = usePageContent();
  const ui = content.ui;
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {ui.app.skipLink}
      </a>
      <AppHeader />
      <p className="sr-only" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="app-footer">
        <p>{ui.app.disclaimer}</p>
        <p>{ui.app.notAffiliated}</p>
      </footer>
    </div>
  );
}

/** The helpdesk toggle and its panel, below the rehearsal. */
export function HelpdeskAside({
  open,
  onToggle,
  children,
}: {
  open: boolean;
  onToggle: () => void;
  children?: ReactNode;
}) {
  const { content } = usePageContent();
  const ui = content.ui;
  const toggle = useRef<HTMLButtonElement>(null);
  // Mounted open: the page around it was just swapped (the coach loaded after the toggle was pressed); keep the
  // person on the toggle rather than losing focus to the page.
  const mountedOpen = useRef(open);
  useEffect(() => {
    if (mountedOpen.current) toggle.current?.focus();
  }, []);
  return (
    <aside className="helpdesk-aside" aria-label={ui.app.helpdeskRegion}>
      <button
        ref={toggle}
        type="button"
        className="btn btn--secondary"
        aria-expanded={open}
        aria-controls="helpdesk-panel"
        onClick={onToggle}
      >
        {ui.helpdesk.toggle}
      </button>
      <div id="helpdesk-panel" hidden={!open}>
        {open ? (
          <>
            <h2>{ui.helpdesk.title}</h2>
            {children}
          </>
        ) : null}
      </div>
    </aside>
  );
}
