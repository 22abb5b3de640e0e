import type { CoachEvent, CoachView, Field, FieldError } from '@eulogin-coach/machine';

/** What a form field needs from the view, from one call (see `fieldProps`). */
export interface CoachFieldProps {
  /** Spread on the `<input>` (or `<select>`): its id and name, `aria-invalid` and `aria-describedby`. */
  readonly input: {
    readonly id: string;
    readonly name: Field;
    readonly 'aria-invalid': true | undefined;
    readonly 'aria-describedby': string | undefined;
  };
  /** The refusal of this field, as a code to look up in the texts, or `undefined`. */
  readonly error: FieldError | undefined;
  /** The id to give the element that shows the error: `aria-describedby` names it while there is one. */
  readonly errorId: string;
}

/**
 * A form field's props from the view: `id` is yours (React's `useId()`), the error is the coach's. The value stays in
 * your form's state (seed it from `view.values`): the coach keeps what was submitted, not each keystroke.
 */
export function fieldProps(view: CoachView, field: Field, id: string): CoachFieldProps {
  const error = view.errorFor(field);
  const errorId = `${id}-error`;
  return {
    input: { id, name: field, 'aria-invalid': error && true, 'aria-describedby': error && errorId },
    error,
    errorId,
  };
}

/** Whether a submit button is disabled, and why (see `submitProps`). */
export interface CoachSubmitProps {
  readonly disabled: boolean;
  /** `busy`: the coach is waiting for an effect; `refused`: the current step does not take `event`; else `null`. */
  readonly reason: 'busy' | 'refused' | null;
}

/** A submit button's state for `event`: enabled exactly when the coach would act on it now. */
export function submitProps(view: CoachView, event: CoachEvent): CoachSubmitProps {
  const reason = view.busy ? 'busy' : view.can(event) ? null : 'refused';
  return { disabled: reason !== null, reason };
}
