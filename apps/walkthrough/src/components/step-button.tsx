import type { ButtonHTMLAttributes, ReactNode } from 'react';
import type { CoachEvent, CoachView } from '@eulogin-coach/react';

interface StepButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'onClick' | 'type'> {
  readonly view: CoachView;
  readonly event: CoachEvent;
  readonly children: ReactNode;
  readonly variant?: 'primary' | 'secondary' | 'link';
}

/** A button that sends `event`, enabled only when the coach would act on it. */
export function StepButton({ view, event, children, variant = 'secondary', className, ...rest }: StepButtonProps) {
  return (
    <button
      type="button"
      className={`btn btn--${variant}${className ? ` ${className}` : ''}`}
      disabled={view.busy || !view.can(event)}
      onClick={() => view.send(event)}
      {...rest}
    >
      {children}
    </button>
  );
}

/** The submit button of a form whose submit sends `event`: enabled only when the coach would act on it. */
export function SubmitButton({ view, event, children }: Pick<StepButtonProps, 'view' | 'event' | 'children'>) {
  return (
    <button type="submit" className="btn btn--primary" disabled={view.busy || !view.can(event)}>
      {children}
    </button>
  );
}
