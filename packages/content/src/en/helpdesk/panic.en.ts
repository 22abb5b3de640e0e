import type { FlowHelpdeskScripts } from '../../content.types.js';

export const panicHelpdeskEn = {
  'panic.confirm': {
    ask: ['Are you sure no other factor works?', 'Do you still know your password?'],
    say: ['Confirm the deletion.', 'Then add your new phone at once, because many websites need a second factor.'],
    ifThen: [
      {
        if: 'The caller still has another factor',
        then: 'Do not use PANIC; sign in with that factor and delete only the lost phone.',
      },
    ],
  },
  'panic.done': {
    ask: ['Does the page confirm the deletion?'],
    say: ['Go to "Manage my mobile devices" (https://webgate.ec.europa.eu/cas/mobile) and add your new phone.'],
    ifThen: [
      {
        if: 'The caller did not ask for this and got a security mail',
        then: 'Someone may know their password: reset it right away.',
      },
    ],
  },
} satisfies FlowHelpdeskScripts<'panic'>;
