import type { CoachView } from '@eulogin-coach/react';
import { errorMessage } from '@eulogin-coach/content';
import { useContent } from '../i18n/content-context.js';

/** An error about the whole form (a service refusing, an effect failing), read out when it appears. */
export function FormError({ view }: { view: CoachView }) {
  const { content } = useContent();
  const error = view.errorFor('form');
  if (!error) return null;
  return (
    <p className="form-error" role="alert">
      {errorMessage(content, error)}
    </p>
  );
}
