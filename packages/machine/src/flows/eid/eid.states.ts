import { BUSY, UNAVAILABLE, and, assign, outputIs, stateConfig, stepState } from '../../coach.setup.js';
import { withTask } from '../../coach.context.js';
import { validateCountry } from '../../rules/forms.js';
import type { EidCountry } from '../../registry/choices.js';

/** Link a national eID (My Account → "Manage my eIDs"), or sign in with one; both pass the national provider. */
export const eidStates = stateConfig({
  initial: 'manage',
  states: {
    manage: {
      ...stepState('eid.manage'),
      on: {
        'user.linkEid': {
          target: 'country',
          actions: { type: 'setTask', params: { eidPurpose: 'link' } },
        },
        'user.back': { target: '#coach.account.home' },
      },
    },
    country: {
      ...stepState('eid.country'),
      initial: 'choosing',
      on: {
        'user.chooseCountry': {
          target: '.validating',
          actions: assign(({ context, event }) => ({
            forms: { ...context.forms, country: event.country },
            errors: validateCountry(event.country),
          })),
        },
        'user.cancel': [
          { guard: { type: 'contextHas', params: { task: { eidPurpose: 'link' } } }, target: 'manage' },
          { target: '#coach.signIn.email' },
        ],
      },
      states: {
        choosing: {},
        validating: {
          always: [
            { guard: 'hasErrors', target: 'choosing' },
            {
              target: '#coach.eid.national',
              actions: assign(({ context }) => withTask(context, { eidCountry: context.forms.country as EidCountry })),
            },
          ],
        },
      },
    },
    national: {
      ...stepState('eid.national'),
      initial: 'waiting',
      on: {
        'user.eidCancel': {
          target: 'failed',
          actions: { type: 'setError', params: { field: 'country', rule: 'cancelled' } },
        },
      },
      states: {
        waiting: { on: { 'user.eidAuthenticate': { target: 'authenticating' } } },
        authenticating: {
          ...BUSY,
          invoke: {
            src: 'completeEid',
            input: ({ context }) => ({
              email: context.email,
              country: context.task.eidCountry ?? 'BE',
              purpose: context.task.eidPurpose,
            }),
            onDone: [
              {
                guard: and([outputIs('ok'), { type: 'contextHas', params: { task: { eidPurpose: 'link' } } } as const]),
                target: '#coach.eid.linked',
                actions: assign(({ context, event }) => ({
                  account: event.output.kind === 'ok' ? (event.output.account ?? context.account) : context.account,
                })),
              },
              {
                guard: outputIs('ok'),
                target: '#coach.signIn.success',
                // The eID says whose account it is, whatever address was typed before.
                actions: assign(({ context, event }) => {
                  const account = event.output.kind === 'ok' ? (event.output.account ?? context.account) : null;
                  return { auth: 'mfa' as const, account, email: account?.email ?? context.email };
                }),
              },
              {
                guard: outputIs('notLinked'),
                target: '#coach.eid.failed',
                actions: { type: 'setError', params: { field: 'country', rule: 'notLinked' } },
              },
              {
                target: '#coach.eid.failed',
                actions: { type: 'setError', params: { field: 'country', rule: 'unavailable' } },
              },
            ],
            onError: { target: 'waiting', actions: UNAVAILABLE },
          },
        },
      },
    },
    linked: {
      ...stepState('eid.linked'),
      on: { 'user.continue': { target: '#coach.account.home' } },
    },
    failed: {
      ...stepState('eid.failed'),
      on: {
        'user.tryAgain': { target: 'country' },
        'user.back': [
          { guard: { type: 'contextHas', params: { task: { eidPurpose: 'link' } } }, target: 'manage' },
          { target: '#coach.signIn.email' },
        ],
      },
    },
  },
});
