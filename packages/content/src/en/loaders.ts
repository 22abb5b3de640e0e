import type { LocaleLoaders } from '../parts.types.js';

/**
 * The English texts beyond the start page's, part by part, each loaded on demand in a chunk of its own. This module
 * is itself loaded on demand (see `index.ts`): the start page does not need it.
 */
export const loaders: LocaleLoaders = {
  steps: () => import('./parts/steps.js').then((m) => m.stepsPart),
  walkthrough: () => import('./parts/walkthrough.js').then((m) => m.walkthroughPart),
  helpdesk: () => import('./parts/helpdesk.js').then((m) => m.helpdeskPart),
  helpCentre: () => import('./parts/help-centre.js').then((m) => m.helpCentrePart),
  mails: () => import('./mails.en.js').then((m) => ({ mails: m.mailsEn })),
  help: () => import('./help.en.js').then((m) => m.helpEn),
  whatIfLabels: () => import('./what-if-labels.en.js').then((m) => m.whatIfLabelsEn),
};
