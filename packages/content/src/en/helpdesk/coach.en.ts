import type { FlowHelpdeskScripts } from '../../content.types.js';

export const coachHelpdeskEn = {
  'coach.journeys': {
    ask: [
      'What are you trying to do today: create an account, add your phone, or sign in?',
      'Do you already have an EU Login account?',
      'Do you have a smartphone or tablet with you?',
    ],
    say: [
      'Open the coach and choose the journey that matches what you want to do.',
      'If you are not sure, choose the full set-up: it covers everything from the start.',
      'Why a second factor: even if someone steals or guesses your password, they still cannot get in without your phone, key or eID.',
    ],
    ifThen: [
      {
        if: 'The caller has no smartphone',
        then: 'Choose "No smartphone? Use a security key": a tablet, a security key or Windows Hello also works.',
      },
      {
        if: 'The caller lost their phone or changed phones',
        then: 'Old phone lost or unusable: choose "Replace a phone you can no longer use" if another factor still works, otherwise "I lost my phone". Old phone still works: add the new one first, then delete the old one.',
      },
      {
        if: 'The caller already signs in with a national eID',
        then: 'Tell them they do not need to set up anything else: the eID already counts as two factors.',
      },
    ],
  },
} satisfies FlowHelpdeskScripts<'coach'>;
