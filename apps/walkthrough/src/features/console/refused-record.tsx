import { useContent } from '../../i18n/content-context.js';
import type { CallRecordError } from './call-record.js';

/** The record stored in this browser could not be used: why, and a new record (the console works meanwhile). */
export function RefusedRecord({ error, onDismiss }: { error: CallRecordError; onDismiss: () => void }) {
  const { content } = useContent();
  const texts = content.console.refused;
  return (
    <div className="decode-problem" role="alert">
      <p className="decode-problem__heading">{texts.heading}</p>
      <p>{texts.reasons[error.code]}</p>
      <button type="button" className="btn btn--secondary" onClick={onDismiss}>
        {texts.startNew}
      </button>
    </div>
  );
}
