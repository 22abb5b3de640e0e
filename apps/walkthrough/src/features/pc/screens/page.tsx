import type { FormEvent, ReactNode } from 'react';

/** An EU Login page body: its heading and content. */
export function Page({ heading, children }: { heading: string; children?: ReactNode }) {
  return (
    <section className="eul-page">
      <h3 className="eul-page__heading">{heading}</h3>
      {children}
    </section>
  );
}

/** A form that never reloads the page. */
export function PageForm({ onSubmit, children, label }: { onSubmit: () => void; children: ReactNode; label: string }) {
  return (
    <form
      className="eul-form"
      aria-label={label}
      noValidate
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}

export function Actions({ children }: { children: ReactNode }) {
  return <div className="eul-actions">{children}</div>;
}
