import { BUSY, UNAVAILABLE, assign, stateConfig } from '../../coach.setup.js';
import { withIssued } from '../../coach.context.js';
import type { Field, FieldError } from '../../rules/rule-types.js';

/** The transient state after a submit: back to editing with the field errors, or on to `next`. */
export function validateThen<const T extends string>(next: T) {
  return { always: [{ guard: 'hasErrors' as const, target: 'editing' as const }, { target: next }] };
}

/** "Wrong" for `field`, with the tries left that EU Login reports. */
export function wrongAttempt(field: Field, attemptsLeft: number): FieldError[] {
  return [{ field, rule: 'wrong', params: { attemptsLeft } }];
}

/** Fetch a new captcha for a form, clearing the answer typed for the old one. */
export function captchaLoader(form: 'register' | 'resetRequest') {
  return stateConfig({
    ...BUSY,
    invoke: {
      src: 'issueCaptcha',
      onDone: {
        target: 'editing',
        actions: assign(({ context, event }) => ({
          ...withIssued(context, { captcha: event.output }),
          forms: { ...context.forms, [form]: { ...context.forms[form], captcha: '' } },
        })),
      },
      onError: { target: 'editing', actions: UNAVAILABLE },
    },
  });
}
