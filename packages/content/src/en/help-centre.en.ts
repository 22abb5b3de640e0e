import type { HelpCentreTexts } from '../help-centre.types.js';

export const helpCentreEn: HelpCentreTexts = {
  heading: 'Help centre',
  intro:
    'Answers to common questions about EU Login two-factor authentication and Europass. Rehearse a situation on pretend screens, or let the coach guide you through the real thing.',
  searchLabel: 'Search the help centre',
  searchHint: 'Describe your problem in your own words, or type what your screen says.',
  resultCount: '{count, plural, one {# answer found} other {# answers found}}',
  noResults: 'Nothing matches. Try other words, or browse the questions below.',
  resultsHeading: 'Best answers',
  sections: {
    twoFactor: {
      heading: 'Two-factor authentication with EU Login',
      intro: 'Setting up and using a second factor: the EU Login app, a security key or your national eID.',
    },
    problems: {
      heading: 'When something goes wrong',
      intro: 'The problems people report most often, and how to get past them.',
    },
    europass: {
      heading: 'About Europass',
      intro: 'Europass documents, language and digital skills, and the frameworks that describe qualifications.',
    },
  },
  rehearse: 'Rehearse this',
  rehearseLabel: 'Rehearse this: {question}',
  guideMe: 'Guide me',
  guideMeLabel: 'Guide me through the real thing: {question}',
  copyLink: 'Copy link',
  copyLinkLabel: 'Copy a link to: {question}',
  copied: 'Link copied.',
  copyFailed: 'Copying was not allowed. Select the link and copy it yourself:',
  loadFailed: 'The help texts could not be downloaded. Check your connection and try again.',
  retry: 'Try again',
  backToTop: 'Back to the search',
  stepLinksHeading: 'Help on this step',
};
