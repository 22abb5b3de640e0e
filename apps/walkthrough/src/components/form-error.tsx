import type { CoachView, Field } from '@eulogin-coach/react';
import { errorMessage } from '@eulogin-coach/content';
import { useContent } from '../i18n/content-context.js';

/**
 * An error about the whole form (a service refusing, an effect failing), read out when it appears. `field` shows
 * another field's error on a page without that field (too many PINs, a failed national sign-in).
 */
export function FormError({ view, field = 'form' }: { view: CoachView; field?: Field }) {
  const { content } = useContent();
  const error = view.errorFor(field);
  if (!error) return null;
  return (
    <p className="form-error" role="alert">
      {errorMessage(content, error)}
    </p>
  );
}
