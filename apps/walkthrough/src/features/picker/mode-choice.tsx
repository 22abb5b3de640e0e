import { usePageContent } from '../../i18n/content-context.js';
import type { AppMode } from '../../route/app-route.js';
import { useAppMode } from './app-mode.js';

const MODES: readonly AppMode[] = ['rehearse', 'guide'];

/** The start page's choice: rehearse on pretend screens, or be guided through the real EU Login. */
export function ModeChoice() {
  const { content } = usePageContent();
  const ui = content.ui.modeChoice;
  const api = useAppMode();
  if (!api) return null;
  return (
    <div className="mode-choice" role="group" aria-labelledby="mode-choice-legend">
      <p id="mode-choice-legend" className="mode-choice__legend">
        {ui.legend}
      </p>
      <div className="mode-choice__options">
        {MODES.map((mode) => (
          <button
            key={mode}
            type="button"
            className={`mode-choice__option btn ${api.mode === mode ? 'btn--primary' : 'btn--secondary'}`}
            aria-pressed={api.mode === mode}
            aria-describedby={`mode-${mode}-hint`}
            onClick={() => api.mode !== mode && api.choose(mode)}
          >
            {mode === 'guide' ? ui.guide : ui.rehearse}
          </button>
        ))}
      </div>
      {MODES.map((mode) => (
        <p key={mode} id={`mode-${mode}-hint`} className="field__hint">
          {mode === 'guide' ? ui.guideHint : ui.rehearseHint}
        </p>
      ))}
    </div>
  );
}
