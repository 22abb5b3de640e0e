import { BUSY, UNAVAILABLE, assign, outputIs, stateConfig, stepState } from '../../coach.setup.js';
import { withTask } from '../../coach.context.js';
import { validateThen } from '../shared/form-states.js';
import { validateKey } from '../../rules/forms.js';

/** "Manage my Security Keys and Trusted Platforms": name the key, answer the browser's prompt, done. */
export const keyStates = stateConfig({
  initial: 'manage',
  states: {
    manage: {
      ...stepState('key.manage'),
      on: {
        'user.addKey': {
          target: 'addForm',
          actions: assign(({ context }) => ({
            forms: { ...context.forms, key: { ...context.forms.key, kind: context.task.keyKind } },
          })),
        },
        'user.back': { target: '#coach.account.home' },
      },
    },
    addForm: {
      ...stepState('key.addForm'),
      initial: 'editing',
      on: {
        'user.submitKey': {
          target: '.validating',
          actions: assign(({ context, event }) => ({
            forms: { ...context.forms, key: event.values },
            ...withTask(context, { keyKind: event.values.kind }),
            errors: validateKey(event.values),
          })),
        },
        'user.cancel': { target: 'manage' },
      },
      states: {
        editing: {},
        validating: validateThen('#coach.key.prompt'),
      },
    },
    prompt: {
      ...stepState('key.prompt'),
      initial: 'waiting',
      on: {
        'user.cancelPrompt': {
          target: 'failed',
          actions: { type: 'setError', params: { field: 'keyName', rule: 'cancelled' } },
        },
      },
      states: {
        waiting: { on: { 'user.touchKey': { target: 'registering' } } },
        registering: {
          ...BUSY,
          invoke: {
            src: 'registerSecurityKey',
            input: ({ context, event }) => ({
              email: context.email,
              keyName: context.forms.key.keyName.trim(),
              kind: context.forms.key.kind,
              ...(event.type === 'user.touchKey' && event.credentialId ? { credentialId: event.credentialId } : {}),
            }),
            onDone: [
              {
                guard: outputIs('ok'),
                target: '#coach.key.added',
                actions: assign(({ context, event }) => ({
                  account: event.output.kind === 'ok' ? event.output.account : context.account,
                })),
              },
              {
                target: '#coach.key.failed',
                actions: { type: 'setError', params: { field: 'keyName', rule: 'alreadyRegistered' } },
              },
            ],
            onError: { target: 'waiting', actions: UNAVAILABLE },
          },
        },
      },
    },
    added: {
      ...stepState('key.added'),
      on: {
        'user.continue': { target: '#coach.account.home' },
        'user.signOut': { target: '#coach.signIn.email', actions: 'signOut' },
      },
    },
    failed: {
      ...stepState('key.failed'),
      on: {
        'user.tryAgain': { target: 'addForm' },
        'user.back': { target: 'manage' },
      },
    },
  },
});
