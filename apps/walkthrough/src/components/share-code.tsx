import { useId } from 'react';
import { encodeShareCode, toSavedProgress } from '@eulogin-coach/machine/persist';
import { planJump } from '@eulogin-coach/machine/registry';
import { useCoachSelector } from '@eulogin-coach/react';
import { textParams } from '@eulogin-coach/content';
import { useStateFor } from '../hooks/use-synced-state.js';
import { useContent } from '../i18n/content-context.js';
import { useFormat } from '../i18n/use-format.js';

/** The share code of the position on screen, with a Copy button: for the person, and for the helpdesk agent. */
export function ShareCode({ label, hint }: { label: string; hint: string }) {
  const { content } = useContent();
  const ui = content.ui.guide;
  const id = useId();
  const format = useFormat();
  const code = useCoachSelector((s) => encodeShareCode(toSavedProgress(s)));
  // Where the code opens: the step on screen, or the one before it when this one shows what cannot be shown twice
  // (a QR code, a request, a mail link), as a resume plans it.
  const opens = useCoachSelector((s) => {
    const saved = toSavedProgress(s);
    const { landing } = planJump(saved.stepId, { ...saved, ...s.context.config }, saved.journeyIndex);
    return landing === saved.stepId ? null : landing;
  });
  const config = useCoachSelector((s) => s.context.config);
  // A result about an earlier code is no longer true once the position has moved on.
  const [result, setResult] = useStateFor<'ok' | 'failed' | null>(code, null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setResult('ok');
    } catch {
      setResult('failed');
    }
  };
  return (
    <div className="helpdesk__share">
      <p id={`${id}-label`}>{label}</p>
      <p className="field__hint" id={`${id}-hint`}>
        {hint}
      </p>
      {opens ? (
        <p className="field__hint" id={`${id}-opens`}>
          {format(ui.shareLandsAt, { step: format(content.steps[opens].title, textParams(config)) })}
        </p>
      ) : null}
      {/* Not live: the code changes with every step, and reading it out each time would drown the step's announcement. */}
      <output
        className="share-code"
        aria-labelledby={`${id}-label`}
        aria-describedby={opens ? `${id}-hint ${id}-opens` : `${id}-hint`}
        aria-live="off"
      >
        {code}
      </output>
      <button type="button" className="btn btn--secondary" onClick={() => void copy()}>
        {ui.copy}
      </button>
      <span role="status">{result === 'ok' ? ui.copied : result === 'failed' ? ui.copyFailed : ''}</span>
    </div>
  );
}
