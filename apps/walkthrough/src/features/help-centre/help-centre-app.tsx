import { useEffect, useRef } from 'react';
import { FAQ_SECTION_IDS, FAQ_SECTIONS, isFaqId } from '@eulogin-coach/content';
import { AppFrame } from '../../app-frame.js';
import { useContent } from '../../i18n/content-context.js';
import { HelpEntry } from './help-entry.js';
import { HelpCentreSearch } from './help-search.js';
import type { RehearsalTarget } from './rehearsal-for.js';
import { useHelpCentre } from './use-help-centre.js';
import './help-centre.css';

/** Focuses the heading of the entry the address's anchor names; false when it names none (untrusted: checked). */
function focusEntry(): boolean {
  const anchor = (globalThis.location?.hash ?? '').slice(1, 81);
  const target = isFaqId(anchor) ? document.getElementById(`${anchor}-q`) : null;
  if (!target) return false;
  target.focus();
  target.scrollIntoView?.();
  return true;
}

export interface HelpCentreAppProps {
  /** Leaves the help centre for the rehearsal of `target`'s journey, its what-ifs switched on. */
  readonly onRehearse: (target: RehearsalTarget) => void;
}

/** The help centre (`?view=help`): search, then every entry by section, each at its own anchor (`#lost-phone`). */
export default function HelpCentreApp({ onRehearse }: HelpCentreAppProps) {
  const { content, locale } = useContent();
  const texts = content.helpCentre;
  const state = useHelpCentre(locale);
  const heading = useRef<HTMLHeadingElement>(null);
  const ready = state.state === 'ready';
  // Once the entries are there: to the entry the address names (a link an agent sent), else to the page heading;
  // later, a search result's link moves the focus to its entry too.
  useEffect(() => {
    if (!ready) return;
    if (!focusEntry()) heading.current?.focus();
    const onHash = () => void focusEntry();
    globalThis.addEventListener('hashchange', onHash);
    return () => globalThis.removeEventListener('hashchange', onHash);
  }, [ready]);
  return (
    <AppFrame announcement={texts.heading}>
      <div className="help-centre">
        <h2 tabIndex={-1} ref={heading}>
          {texts.heading}
        </h2>
        <p>{texts.intro}</p>
        {state.state === 'loading' ? <p role="status">{content.ui.common.loading}</p> : null}
        {state.state === 'failed' ? (
          <div role="alert">
            <p>{texts.loadFailed}</p>
            <button type="button" className="btn btn--secondary" onClick={state.retry}>
              {texts.retry}
            </button>
          </div>
        ) : null}
        {state.state === 'ready' ? (
          <>
            <HelpCentreSearch help={state.help} search={state.search} />
            {FAQ_SECTION_IDS.map((section) => (
              <section key={section} className="help-centre__section" aria-labelledby={`help-section-${section}`}>
                <h3 id={`help-section-${section}`}>{texts.sections[section].heading}</h3>
                <p>{texts.sections[section].intro}</p>
                {FAQ_SECTIONS[section].map((id) => (
                  <HelpEntry key={id} id={id} entry={state.help.faq[id]} onRehearse={onRehearse} />
                ))}
              </section>
            ))}
          </>
        ) : null}
      </div>
    </AppFrame>
  );
}
