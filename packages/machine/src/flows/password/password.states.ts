import { BUSY, UNAVAILABLE, and, assign, outputIs, stateConfig, stepState } from '../../coach.setup.js';
import { withIssued } from '../../coach.context.js';
import { validateThen } from '../shared/form-states.js';
import { validateNewPassword } from '../../rules/forms.js';

/** Choose a password, reached from a confirmation or reset link; the same rules for both. */
export const passwordStates = stateConfig({
  initial: 'set',
  states: {
    set: {
      ...stepState('password.set'),
      initial: 'editing',
      on: {
        'user.submitNewPassword': {
          target: '.validating',
          actions: assign(({ context, event }) => ({
            forms: { ...context.forms, newPassword: event.values },
            errors: validateNewPassword(event.values, context.config, { ...context.personal, email: context.email }),
          })),
        },
      },
      states: {
        editing: {},
        validating: validateThen('saving'),
        saving: {
          ...BUSY,
          invoke: {
            src: 'setPassword',
            input: ({ context }) => ({
              token: context.issued.link?.token ?? '',
              password: context.forms.newPassword.password,
            }),
            onDone: [
              {
                guard: and([
                  outputIs('ok'),
                  { type: 'contextHas', params: { task: { linkPurpose: 'register' } } } as const,
                ]),
                target: '#coach.register.done',
                actions: assign(({ context, event }) => ({
                  account: event.output.kind === 'ok' ? event.output.account : context.account,
                  auth: 'password' as const,
                  ...withIssued(context, { link: null }),
                  forms: { ...context.forms, newPassword: { password: '', passwordConfirm: '' } },
                })),
              },
              {
                guard: outputIs('ok'),
                target: '#coach.passwordReset.done',
                actions: assign(({ context, event }) => ({
                  account: event.output.kind === 'ok' ? event.output.account : context.account,
                  auth: 'none' as const,
                  ...withIssued(context, { link: null }),
                  forms: {
                    ...context.forms,
                    signInEmail: context.email,
                    newPassword: { password: '', passwordConfirm: '' },
                    signIn: { ...context.forms.signIn, password: '' },
                  },
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
  },
});
