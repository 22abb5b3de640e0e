import { useId, useRef, useState } from 'react';
import { useContent } from '../../i18n/content-context.js';
import type { CallRecord } from './call-record.js';
import { callRecordToJson } from './call-record.js';

/** A file name for the downloaded record: the call's start time, safe on every file system. */
function fileName(record: CallRecord): string {
  return `call-record-${new Date(record.startedAt).toISOString().replace(/[:.]/g, '-')}.json`;
}

/** Copy the ticket summary (or select it by hand), download the record as JSON, print it, or delete it. */
export function RecordActions({
  record,
  summary,
  onDelete,
}: {
  record: CallRecord;
  summary: string;
  onDelete: () => void;
}) {
  const { content } = useContent();
  const texts = content.console.actions;
  const id = useId();
  const [copy, setCopy] = useState<'ok' | 'failed' | null>(null);
  // "Copied" is about the summary as it was: once the record has moved on, the message would mislead.
  const [copiedSummary, setCopiedSummary] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [deleted, setDeleted] = useState(false);
  // The confirmation's buttons go once answered: the focus returns to the button that asked for it.
  const deleteButton = useRef<HTMLButtonElement>(null);
  const copySummary = async () => {
    try {
      await navigator.clipboard.writeText(summary);
      setCopy('ok');
      setCopiedSummary(summary);
    } catch {
      setCopy('failed');
    }
  };
  const download = () => {
    const url = URL.createObjectURL(new Blob([callRecordToJson(record)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName(record);
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  return (
    <div className="console-record__actions">
      <div className="console-record__buttons">
        <button type="button" className="btn btn--secondary" onClick={() => void copySummary()}>
          {texts.copy}
        </button>
        <button type="button" className="btn btn--secondary" onClick={download}>
          {texts.download}
        </button>
        <button type="button" className="btn btn--secondary" onClick={() => globalThis.print()}>
          {texts.print}
        </button>
        <button
          ref={deleteButton}
          type="button"
          className="btn btn--secondary"
          aria-expanded={confirming}
          onClick={() => {
            setConfirming(true);
            setDeleted(false);
          }}
        >
          {texts.delete}
        </button>
      </div>
      <p role="status">
        {copy === 'ok' && copiedSummary === summary
          ? texts.copied
          : copy === 'failed'
            ? texts.copyFailed
            : deleted
              ? texts.deleted
              : ''}
      </p>
      {copy === 'failed' ? (
        <div className="field">
          <label htmlFor={`${id}-summary`}>{texts.summaryLabel}</label>
          <textarea id={`${id}-summary`} readOnly rows={6} value={summary} onFocus={(e) => e.currentTarget.select()} />
        </div>
      ) : null}
      {confirming ? (
        <div className="console-record__confirm" role="group" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`}>{texts.deleteConfirm}</p>
          <button
            type="button"
            className="btn btn--danger"
            onClick={() => {
              onDelete();
              setConfirming(false);
              setDeleted(true);
              setCopy(null);
              deleteButton.current?.focus();
            }}
          >
            {texts.deleteYes}
          </button>
          <button
            type="button"
            className="btn btn--secondary"
            onClick={() => {
              setConfirming(false);
              deleteButton.current?.focus();
            }}
          >
            {texts.deleteNo}
          </button>
        </div>
      ) : null}
    </div>
  );
}
