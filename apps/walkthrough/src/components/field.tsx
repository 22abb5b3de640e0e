import { useId } from 'react';
import type { InputHTMLAttributes } from 'react';
import type { Field as FieldName, FieldError } from '@eulogin-coach/react';
import { errorMessage } from '@eulogin-coach/content';
import type { TemplateParams } from '@eulogin-coach/content';
import { useContent } from '../i18n/content-context.js';
import { useFormat } from '../i18n/use-format.js';

interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> {
  readonly field: FieldName;
  readonly value: string;
  readonly onValue: (value: string) => void;
  readonly error: FieldError | undefined;
  /** A label other than the field's usual one. */
  readonly label?: string;
  /** The values for the hint's placeholders (the password hint quotes the minimum length). */
  readonly hintParams?: TemplateParams;
  /** Leave the field's usual hint out: a password typed to sign in needs no rules for choosing one. */
  readonly noHint?: boolean;
  /** The id of something else that describes the field (the password checklist), read after its error and hint. */
  readonly describedBy?: string;
}

/** A labelled input with its hint and its error, wired with aria-invalid and aria-describedby. */
export function Field({
  field,
  value,
  onValue,
  error,
  label,
  hintParams,
  noHint = false,
  describedBy: more,
  ...input
}: FieldProps) {
  const { content } = useContent();
  const format = useFormat();
  const id = useId();
  const text = content.fields[field];
  const hint = noHint || !text.hint ? null : format(text.hint, hintParams ?? {});
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId, more].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{label ?? text.label}</label>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        name={field}
        value={value}
        onChange={(e) => onValue(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...input}
      />
      {error ? (
        <p className="field__error" id={errorId}>
          {errorMessage(content, error)}
        </p>
      ) : null}
    </div>
  );
}

/** Props for PIN and one-time-code inputs: a numeric keypad, the OS's code autofill, paste allowed. */
export const CODE_INPUT = { inputMode: 'numeric', autoComplete: 'one-time-code', spellCheck: false } as const;
