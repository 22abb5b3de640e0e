import { useId } from 'react';
import type { Field } from '@eulogin-coach/machine';
import { errorMessage } from '@eulogin-coach/content';
import type { Content } from '@eulogin-coach/content';
import type { CoachView } from '@eulogin-coach/machine';

export interface TextFieldProps {
  readonly field: Field;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly view: CoachView;
  readonly content: Content;
  readonly type?: 'text' | 'email' | 'password';
  readonly autoComplete?: string;
}

/** A labelled input whose refusal (from `view.errorFor(field)`) is announced and tied to it. */
export function TextField({ field, value, onChange, view, content, type = 'text', autoComplete }: TextFieldProps) {
  const id = useId();
  const error = view.errorFor(field);
  return (
    <p>
      <label htmlFor={id}>{content.fields[field].label}</label>
      <br />
      <input
        id={id}
        type={type}
        value={value}
        autoComplete={autoComplete}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {error && (
        <span id={`${id}-error`} role="alert">
          {' '}
          {errorMessage(content, error)}
        </span>
      )}
    </p>
  );
}
