import type { FlowStepTexts } from '../../content.types.js';

export const eidStepsEn = {
  'eid.manage': {
    title: 'Manage your eIDs',
    body: 'On the PC, in My Account, open "Manage my eIDs" and choose "Link my eID". Have your card reader or national eID app ready.',
  },
  'eid.country': {
    title: 'Pick your country',
    body: 'On the PC, pick the country that issued your eID (EU Login shows flags; here it is a list) and press "Submit".',
    assumed:
      'This rehearsal shows an example list of countries. EU Login publishes no list here; the sources only say eID works for about 19 member states.',
  },
  'eid.national': {
    title: 'Sign in with your national eID',
    body: "On the PC, your country's eID page opens. Sign in there with your card reader or national app; you then come back to EU Login.",
  },
  'eid.linked': {
    title: 'Your eID is linked',
    body: 'On the PC, EU Login confirms the link. You can now use "Sign in with eID", which counts as two factors on its own.',
  },
  'eid.failed': {
    title: 'The national eID step did not finish',
    body: 'On the PC, EU Login says the national sign-in did not finish, so nothing changed. Try again, or use another method.',
  },
} satisfies FlowStepTexts<'eid'>;
