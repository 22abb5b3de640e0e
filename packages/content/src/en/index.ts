import type { LocaleLoaders } from '../parts.types.js';

export { bootEn as boot } from './boot.en.js';

/** The English texts, part by part, each loaded on demand in a chunk of its own. */
export const parts: LocaleLoaders = {
  steps: () => import('./parts/steps.js').then((m) => m.stepsPart),
  walkthrough: () => import('./parts/walkthrough.js').then((m) => m.walkthroughPart),
  helpdesk: () => import('./parts/helpdesk.js').then((m) => m.helpdeskPart),
  helpCentre: () => import('./parts/help-centre.js').then((m) => m.helpCentrePart),
  mails: () => import('./mails.en.js').then((m) => ({ mails: m.mailsEn })),
  page: () => import('./page.en.js').then((m) => m.enPage),
  help: () => import('./help.en.js').then((m) => m.helpEn),
};
