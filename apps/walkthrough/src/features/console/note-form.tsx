import { useId, useState } from 'react';

import { useContent } from '../../i18n/content-context.js';
import { MAX_NOTE_LENGTH } from './call-record.js';
import { useFormat } from '../../i18n/use-format.js';

/** A free-text note at the current step; an empty or too long note is explained and what was typed is kept. */
export function NoteForm({ stepTitle, onAdd }: { stepTitle: string; onAdd: (text: string) => void }) {
  const { content } = useContent();
  const format = useFormat();
  const texts = content.console.note;
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState(false);
  return (
    <form
      className="console-note"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const note = text.trim();
        if (note === '') setError(texts.empty);
        else if (note.length > MAX_NOTE_LENGTH) setError(format(texts.tooLong, { max: MAX_NOTE_LENGTH }));
        else {
          setError(null);
          setText('');
          setAdded(true);
          onAdd(note);
        }
      }}
    >
      <label htmlFor={id}>{format(texts.label, { step: stepTitle })}</label>
      <textarea
        id={id}
        rows={2}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          setAdded(false);
        }}
      />
      {error ? (
        <p id={`${id}-error`} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className="btn btn--secondary">
        {texts.add}
      </button>
      <span role="status">{added ? texts.added : ''}</span>
    </form>
  );
}
