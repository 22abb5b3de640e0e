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

export const decodeErrorsEn = {
  empty: {
    title: 'No code to read',
    body: 'Paste the share code you were given, or start a fresh rehearsal.',
  },
  malformed: {
    title: 'This code cannot be read',
    body: 'Part of it may be missing or changed. Copy the whole code again, or start afresh.',
  },
  checksum: {
    title: 'This code looks damaged',
    body: 'A character was probably lost or mistyped while copying. Copy it again, or start afresh.',
  },
  unsupportedVersion: {
    title: 'This code is from another version',
    body: 'The coach has changed since the code was made, so it cannot be resumed. Start afresh; it only takes a minute to get back.',
  },
  unknownStep: {
    title: 'This step no longer exists',
    body: 'The code points to a step this version of the coach does not have. Start afresh and choose your journey again.',
  },
  invalidValue: {
    title: 'This saved progress is not valid',
    body: 'Some of its details do not make sense together. Start afresh; nothing is lost on EU Login itself.',
  },
} satisfies Content['decodeErrors'];
