import type { CoachView } from '@eulogin-coach/react';
import { useContent } from '../../i18n/content-context.js';
import { PC_SCREENS, pcAddress } from './pc-screens.js';

/** The pretend PC: a browser window with an address bar, showing EU Login-like pages (our own look). */
export function PcBrowser({ view, active }: { view: CoachView; active: boolean }) {
  const { content } = useContent();
  const ui = content.ui.pc;
  const Screen = PC_SCREENS[view.stepId];
  return (
    <section
      className={`surface surface--pc${active ? ' surface--active' : ''}`}
      aria-label={content.ui.app.surfaceNames.pc}
      aria-busy={view.busy}
    >
      <h2 className="surface__title">{content.ui.app.surfaceNames.pc}</h2>
      <div className="browser" role="group" aria-label={ui.browser.windowLabel}>
        <div className="browser__bar">
          <span className="browser__dots" aria-hidden="true">
            <i />
            <i />
            <i />
          </span>
          <svg
            className="browser__lock"
            role="img"
            aria-label={ui.browser.secure}
            viewBox="0 0 16 16"
            width="14"
            height="14"
          >
            <path fill="currentColor" d="M4 7V5a4 4 0 1 1 8 0v2h1v8H3V7h1Zm2 0h4V5a2 2 0 1 0-4 0v2Z" />
          </svg>
          <output className="browser__address" aria-label={ui.browser.addressBar}>
            {pcAddress(view.stepId, view.data.eidPurpose)}
          </output>
        </div>
        <div className="eul">
          <header className="eul__header">
            <span className="eul__logo" aria-hidden="true">
              ★
            </span>
            <span className="eul__brand">{ui.header.brand}</span>
            {view.data.auth !== 'none' && view.data.email ? <span className="eul__user">{view.data.email}</span> : null}
          </header>
          <div className="eul__body">
            <Screen view={view} />
          </div>
        </div>
      </div>
    </section>
  );
}
