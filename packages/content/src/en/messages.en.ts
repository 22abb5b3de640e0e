import type { Content } from '../content.types.js';

export const noticesEn = {
  stepUpRequired:
    'Your account already has a second factor, so EU Login asks you to confirm with it before you change anything.',
  mailResent: 'A new mail is on its way. In this rehearsal, only the newest link works.',
  deviceDeleted: 'The device was removed from your account.',
  otherAccountUnlinked: 'The other account was removed from the app on this phone. You can link yours now.',
  passwordChanged: 'Your password was changed.',
  prepareFailed: 'This step could not be set up. Try again, or start the journey from the beginning.',
  resumed: 'Welcome back: you are where you left off.',
  jumped: 'The helpdesk moved you to this step.',
} satisfies Content['notices'];
