import type { CoachView, Field, FieldError } from '@eulogin-coach/react';
import { useStateFor } from './use-synced-state.js';

/** A form's values: one record of fields, or the single value of a one-field form. */
type FormValue = string | object;

const NONE: ReadonlySet<Field> = new Set();

function fieldValue(values: FormValue, field: Field): unknown {
  return typeof values === 'object' ? (values as Readonly<Record<string, unknown>>)[field] : values;
}

/**
 * A form's typed values and the errors to show next to its fields. The errors are the coach's, from the last
 * submit; each one goes as soon as its field becomes valid while the person types, by the coach's own checks
 * (`validate`, one of the form validators of `@eulogin-coach/machine/rules`). Typing never adds an error: new
 * ones come only with the next submit. A refusal the checks cannot see (a wrong password, an address already
 * registered) goes once the field is changed to a value the checks accept.
 *
 * `source` is what the coach remembers was typed (`view.values`); the typed values start over when it changes,
 * as with `useSyncedState`. `initial` is a different first value for a form not yet filled in.
 */
export function useFormErrors<V extends FormValue>(
  view: CoachView,
  source: V,
  validate: (values: V) => readonly FieldError[],
  initial: V = source,
): {
  values: V;
  setValues: (next: V) => void;
  errorFor: (field: Field) => FieldError | undefined;
} {
  const [values, setTyped] = useStateFor<V>(source, initial);
  // The fields whose error has gone, until the coach reports errors again.
  const [cleared, setCleared] = useStateFor<ReadonlySet<Field>>(view.errors, NONE);
  const setValues = (next: V) => {
    setTyped(next);
    if (view.errors.length === 0) return;
    const stillWrong = new Set(validate(next).map((e) => e.field));
    const ruleErrors = new Set(validate(source).map((e) => e.field));
    const gone = view.errors.filter(
      ({ field }) =>
        !cleared.has(field) &&
        !stillWrong.has(field) &&
        (ruleErrors.has(field) || fieldValue(next, field) !== fieldValue(source, field)),
    );
    if (gone.length > 0) setCleared(new Set([...cleared, ...gone.map((e) => e.field)]));
  };
  return {
    values,
    setValues,
    errorFor: (field) => (cleared.has(field) ? undefined : view.errorFor(field)),
  };
}
