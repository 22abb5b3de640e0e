import type { ReactNode } from 'react';
import type { CoachEvent, CoachView } from '@eulogin-coach/react';
import { CoachForm } from '../../../components/coach-form.js';

/** An EU Login page body: its heading and content. */
export function Page({ heading, children }: { heading: string; children?: ReactNode }) {
  return (
    <section className="eul-page">
      <h3 className="eul-page__heading">{heading}</h3>
      {children}
    </section>
  );
}

/** An EU Login form: submitting it sends `event` when the coach would act on it. */
export function PageForm({
  view,
  event,
  label,
  children,
}: {
  view: CoachView;
  event: CoachEvent;
  label: string;
  children: ReactNode;
}) {
  return (
    <CoachForm view={view} event={event} className="eul-form" label={label}>
      {children}
    </CoachForm>
  );
}

export function Actions({ children }: { children: ReactNode }) {
  return <div className="eul-actions">{children}</div>;
}
