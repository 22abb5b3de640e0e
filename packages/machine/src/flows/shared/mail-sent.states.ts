import { BUSY, UNAVAILABLE, assign, outputIs, stateConfig } from '../../coach.setup.js';
import { withIssued, withTask } from '../../coach.context.js';

/**
 * Waiting for a mail with a link (confirmation or reset): open the link from the mailbox, or ask for the mail
 * again. `expiredTarget` is where an expired, used or unknown link leads.
 */
export function mailSentStates(expiredTarget: '#coach.register.linkExpired' | '#coach.passwordReset.linkExpired') {
  return stateConfig({
    initial: 'waiting',
    on: {
      'mail.linkOpened': {
        target: '.opening',
        actions: assign(({ context, event }) => ({
          ...withIssued(context, {
            link: { purpose: context.task.linkPurpose, token: event.token, email: context.email },
          }),
        })),
      },
      'user.resendMail': { target: '.resending' },
    },
    states: {
      waiting: {},
      resending: {
        ...BUSY,
        invoke: {
          src: 'resendMail',
          input: ({ context }) => ({ email: context.email, purpose: context.task.linkPurpose }),
          onDone: { target: 'waiting', actions: assign({ notice: 'mailResent' }) },
          onError: { target: 'waiting', actions: UNAVAILABLE },
        },
      },
      opening: {
        ...BUSY,
        invoke: {
          src: 'openLink',
          input: ({ context }) => ({ token: context.issued.link?.token ?? '' }),
          onDone: [
            {
              guard: outputIs('valid'),
              target: '#coach.password.set',
              actions: assign(({ context, event }) => {
                const out = event.output;
                if (out.kind !== 'valid') return {};
                return {
                  ...withIssued(context, {
                    link: { purpose: out.purpose, token: context.issued.link?.token ?? '', email: out.email },
                  }),
                  ...withTask(context, { linkPurpose: out.purpose }),
                  email: out.email,
                  personal: { ...context.personal, ...out.personal },
                  forms: { ...context.forms, newPassword: { password: '', passwordConfirm: '' } },
                };
              }),
            },
            { target: expiredTarget },
          ],
          onError: { target: 'waiting', actions: UNAVAILABLE },
        },
      },
    },
  });
}
