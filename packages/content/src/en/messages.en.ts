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
  tooLarge: {
    title: 'This is too long to be a share code',
    body: 'A share code has about a dozen letters and digits. Check that only the code was pasted, or start afresh.',
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
    title: 'This code names a position the coach cannot place',
    body: 'Its check characters are right, but part of it is out of range for this version. Ask for a new code, or start afresh.',
  },
  switchedOff: {
    title: 'This code leads to a part this site does not offer',
    body: 'It was made where that part of EU Login is in use, but this site has switched it off. Choose one of the journeys offered here.',
  },
} satisfies Content['decodeErrors'];

export const saveErrorsEn = {
  empty: {
    title: 'Your saved progress is empty',
    body: 'There is nothing in it to carry on from. Start afresh and choose your journey.',
  },
  tooLarge: {
    title: 'Your saved progress is too large to read',
    body: 'It is far bigger than anything the coach saves, so it was left unread. Start afresh; nothing changes on EU Login itself.',
  },
  malformed: {
    title: 'Your saved progress is damaged',
    body: 'It was changed or cut short after the coach saved it. Start afresh and choose your journey again.',
  },
  unsupportedVersion: {
    title: 'Your progress was saved by another version',
    body: 'The coach has changed since then, so it cannot carry on from there. Start afresh; it only takes a minute to get back.',
  },
  unknownStep: {
    title: 'The step you saved no longer exists',
    body: 'This version of the coach does not have it. Start afresh and choose your journey again.',
  },
  invalidValue: {
    title: 'Your saved progress does not add up',
    body: 'Some of its details are out of range or do not fit together. Start afresh; nothing changes on EU Login itself.',
  },
  switchedOff: {
    title: 'Your saved progress leads to a part this site does not offer',
    body: 'This site has switched that part of EU Login off since your progress was saved. Choose one of the journeys offered here.',
  },
} satisfies Content['saveErrors'];
