import type { FormEvent, ReactNode } from 'react';
import type { CoachEvent, CoachView } from '@eulogin-coach/react';

/**
 * A form whose submit (the button or Enter) sends `event`, only when the coach would act on it — the same rule as
 * `SubmitButton` — and never reloads the page. Field checks are the coach's, so the browser's are off.
 */
export function CoachForm({
  view,
  event,
  className,
  label,
  children,
}: {
  view: CoachView;
  event: CoachEvent;
  className?: string;
  label?: string;
  children: ReactNode;
}) {
  return (
    <form
      className={className}
      aria-label={label}
      noValidate
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        if (!view.busy && view.can(event)) view.send(event);
      }}
    >
      {children}
    </form>
  );
}
