import type { ReactNode } from 'react';

/** A screen of an app on the phone: a title bar and its content. */
export function AppScreen({
  title,
  children,
  tone = 'app',
}: {
  title: string;
  children?: ReactNode;
  tone?: 'app' | 'os';
}) {
  return (
    <section className={`phone-app phone-app--${tone}`}>
      <h3 className="phone-app__title">{title}</h3>
      <div className="phone-app__body">{children}</div>
    </section>
  );
}

/** An operating-system permission dialog over the current app. */
export function OsDialog({ title, body, children }: { title: string; body: string; children: ReactNode }) {
  return (
    <div className="os-dialog" role="group" aria-label={title}>
      <h3 className="os-dialog__title">{title}</h3>
      <p>{body}</p>
      <div className="os-dialog__actions">{children}</div>
    </div>
  );
}
