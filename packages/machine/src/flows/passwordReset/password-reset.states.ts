import { BUSY, UNAVAILABLE, assign, outputIs, stateConfig, stepState } from '../../coach.setup.js';
import { withTask } from '../../coach.context.js';
import { captchaLoader, validateThen } from '../shared/form-states.js';
import { validateResetRequest } from '../../rules/forms.js';
import { mailSentStates } from '../shared/mail-sent.states.js';

/** "Lost your password?": ask for a reset mail, open its link, choose a new password (see password.set). */
export const passwordResetStates = stateConfig({
  initial: 'request',
  states: {
    request: {
      ...stepState('passwordReset.request'),
      initial: 'loadingCaptcha',
      on: {
        'user.refreshCaptcha': {
          target: '.loadingCaptcha',
          actions: assign(({ context, event }) => ({
            forms: {
              ...context.forms,
              resetRequest: {
                ...context.forms.resetRequest,
                email: event.values?.email ?? context.forms.resetRequest.email,
              },
            },
          })),
        },
        'user.submitResetRequest': {
          target: '.validating',
          actions: assign(({ context, event }) => ({
            forms: { ...context.forms, resetRequest: event.values },
            errors: validateResetRequest(event.values),
          })),
        },
        'user.cancel': { target: '#coach.signIn.email' },
      },
      states: {
        loadingCaptcha: captchaLoader('resetRequest'),
        editing: {},
        validating: validateThen('requesting'),
        requesting: {
          ...BUSY,
          invoke: {
            src: 'requestPasswordReset',
            input: ({ context }) => ({
              email: context.forms.resetRequest.email.trim(),
              captcha: context.forms.resetRequest.captcha.trim(),
              captchaId: context.issued.captcha?.id ?? '',
            }),
            onDone: [
              {
                guard: outputIs('ok'),
                target: '#coach.passwordReset.mailSent',
                actions: assign(({ context }) => ({
                  email: context.forms.resetRequest.email.trim(),
                  ...withTask(context, { linkPurpose: 'reset' }),
                })),
              },
              {
                target: 'loadingCaptcha',
                actions: assign(({ event }) => ({
                  errors: event.output.kind === 'refused' ? [event.output.error] : [],
                })),
              },
            ],
            onError: { target: 'editing', actions: UNAVAILABLE },
          },
        },
      },
    },
    mailSent: {
      ...stepState('passwordReset.mailSent'),
      ...mailSentStates('#coach.passwordReset.linkExpired'),
      on: {
        ...mailSentStates('#coach.passwordReset.linkExpired').on,
        'user.tryAgain': { target: 'request' },
      },
    },
    linkExpired: {
      ...stepState('passwordReset.linkExpired'),
      on: { 'user.tryAgain': { target: 'request' } },
    },
    done: {
      ...stepState('passwordReset.done'),
      on: { 'user.continue': { target: '#coach.signIn.password' } },
    },
  },
});
