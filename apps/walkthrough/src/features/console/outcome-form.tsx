import { useId, useRef, useState } from 'react';

import { useContent } from '../../i18n/content-context.js';
import type { CallOutcome, CallOutcomeKind } from './call-record.js';
import { MAX_REASON_LENGTH, OUTCOME_KINDS } from './call-record.js';
import { outcomeText } from './call-summary.js';
import { useFormat } from '../../i18n/use-format.js';

/**
 * How the call ended: resolved, escalated (with a reason), or the caller will call back (with the code to carry on
 * from, filled in with their current position).
 */
export function OutcomeForm({
  position,
  saved,
  onSave,
}: {
  position: string;
  saved: CallOutcome | null;
  onSave: (outcome: CallOutcome) => void;
}) {
  const { content } = useContent();
  const format = useFormat();
  const texts = content.console.outcome;
  const id = useId();
  const [kind, setKind] = useState<CallOutcomeKind>(saved?.kind ?? 'resolved');
  const [reason, setReason] = useState(saved?.kind === 'escalated' ? saved.reason : '');
  const [code, setCode] = useState<string | null>(saved?.kind === 'callBack' ? saved.code : null);
  const [error, setError] = useState<'reason' | 'code' | null>(null);
  // A missing reason or code takes the focus, so the agent types it straight away; the error goes once it is there.
  const reasonField = useRef<HTMLInputElement>(null);
  const codeField = useRef<HTMLInputElement>(null);
  const codeValue = code ?? position;
  return (
    <form
      className="console-outcome"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (kind === 'escalated' && reason.trim() === '') {
          setError('reason');
          return reasonField.current?.focus();
        }
        if (kind === 'callBack' && codeValue.trim() === '') {
          setError('code');
          return codeField.current?.focus();
        }
        setError(null);
        onSave(
          kind === 'escalated'
            ? { kind, reason: reason.trim() }
            : kind === 'callBack'
              ? { kind, code: codeValue.trim() }
              : { kind },
        );
      }}
    >
      <fieldset>
        <legend>{texts.heading}</legend>
        {OUTCOME_KINDS.map((k) => (
          <label key={k} className="console-outcome__choice">
            <input type="radio" name={`${id}-kind`} value={k} checked={kind === k} onChange={() => setKind(k)} />{' '}
            {texts.kinds[k]}
          </label>
        ))}
      </fieldset>
      {kind === 'escalated' ? (
        <div className="field">
          <label htmlFor={`${id}-reason`}>{texts.reason}</label>
          <input
            ref={reasonField}
            id={`${id}-reason`}
            value={reason}
            maxLength={MAX_REASON_LENGTH}
            aria-invalid={error === 'reason' ? true : undefined}
            aria-describedby={error === 'reason' ? `${id}-error` : undefined}
            onChange={(e) => {
              setReason(e.target.value);
              if (error === 'reason' && e.target.value.trim() !== '') setError(null);
            }}
          />
        </div>
      ) : null}
      {kind === 'callBack' ? (
        <div className="field">
          <label htmlFor={`${id}-code`}>{texts.callBackCode}</label>
          <input
            ref={codeField}
            id={`${id}-code`}
            value={codeValue}
            maxLength={64}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={error === 'code' ? true : undefined}
            aria-describedby={error === 'code' ? `${id}-error` : undefined}
            onChange={(e) => {
              setCode(e.target.value);
              if (error === 'code' && e.target.value.trim() !== '') setError(null);
            }}
          />
        </div>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field__error" role="alert">
          {error === 'reason' ? texts.reasonMissing : texts.callBackCodeMissing}
        </p>
      ) : null}
      <button type="submit" className="btn btn--secondary">
        {texts.save}
      </button>
      <span role="status">{saved ? format(texts.saved, { outcome: outcomeText(content, saved) }) : ''}</span>
    </form>
  );
}
