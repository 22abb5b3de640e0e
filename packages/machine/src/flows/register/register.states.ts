import { BUSY, UNAVAILABLE, assign, outputIs, stateConfig, stepState } from '../../coach.setup.js';
import { withTask } from '../../coach.context.js';
import { captchaLoader, validateThen } from '../shared/form-states.js';
import { validateRegistration } from '../../rules/forms.js';
import { mailSentStates } from '../shared/mail-sent.states.js';

/** Create an account: the form (with captcha and privacy statement), the confirmation mail, an expired link. */
export const registerStates = stateConfig({
  initial: 'form',
  states: {
    form: {
      ...stepState('register.form'),
      initial: 'loadingCaptcha',
      on: {
        'user.refreshCaptcha': {
          target: '.loadingCaptcha',
          actions: assign(({ context, event }) => ({
            forms: { ...context.forms, register: { ...context.forms.register, ...event.values } },
          })),
        },
        'user.submitRegistration': {
          target: '.validating',
          actions: assign(({ context, event }) => ({
            forms: { ...context.forms, register: event.values },
            errors: validateRegistration(event.values),
          })),
        },
        'user.cancel': { target: '#coach.signIn.email' },
        'user.lostPassword': {
          target: '#coach.passwordReset.request',
          actions: { type: 'prefillResetEmail', params: { from: 'registration' } },
        },
      },
      states: {
        loadingCaptcha: captchaLoader('register'),
        editing: {},
        validating: validateThen('submitting'),
        submitting: {
          ...BUSY,
          invoke: {
            src: 'registerAccount',
            input: ({ context }) => ({
              ...context.forms.register,
              email: context.forms.register.email.trim(),
              captchaId: context.issued.captcha?.id ?? '',
            }),
            onDone: [
              {
                guard: outputIs('ok'),
                target: '#coach.register.mailSent',
                actions: assign(({ context }) => ({
                  email: context.forms.register.email.trim(),
                  ...withTask(context, { linkPurpose: 'register' }),
                  personal: { firstName: context.forms.register.firstName, lastName: context.forms.register.lastName },
                })),
              },
              {
                // A refused captcha is replaced by a new one, as EU Login does.
                guard: { type: 'eventHas', params: { output: { kind: 'refused', error: { field: 'captcha' } } } },
                target: 'loadingCaptcha',
                actions: assign(({ event }) => ({
                  errors: event.output.kind === 'refused' ? [event.output.error] : [],
                })),
              },
              {
                target: 'editing',
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
      ...stepState('register.mailSent'),
      ...mailSentStates('#coach.register.linkExpired'),
      on: {
        ...mailSentStates('#coach.register.linkExpired').on,
        'user.registerAgain': { target: 'form' },
      },
    },
    linkExpired: {
      ...stepState('register.linkExpired'),
      on: {
        'user.registerAgain': { target: 'form' },
        'user.resendMail': { target: '#coach.register.mailSent.resending' },
      },
    },
    done: {
      ...stepState('register.done'),
      on: {
        'user.continue': { target: '#coach.account.home', actions: assign({ afterAuth: 'account' }) },
      },
    },
  },
});
