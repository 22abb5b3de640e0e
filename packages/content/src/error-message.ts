import type { FieldError } from '@eulogin-coach/machine';
import type { Content, TemplateParams } from './content.types.js';
import { format } from './format.js';

/**
 * The message for a field and rule: the field's own text if there is one, otherwise the rule's fallback. `content`
 * is any object with the `errors` texts: the full `Content` or the steps part (`loadStepTexts`).
 */
export function errorTemplate(content: Pick<Content, 'errors'>, error: Pick<FieldError, 'field' | 'rule'>): string {
  return content.errors[error.field]?.[error.rule] ?? content.errors.fallback[error.rule];
}

/**
 * The sentence to show for a refused value, with its placeholders filled from the error's params
 * ({min}, {max}, {length}, {attemptsLeft}, {until}); `params` can add more (the error's own win).
 */
export function errorMessage(content: Pick<Content, 'errors'>, error: FieldError, params: TemplateParams = {}): string {
  return format(errorTemplate(content, error), { ...params, ...error.params });
}
