import type { LocaleLoaders } from '../parts.types.js';

/**
 * The French texts beyond the start page's, part by part, each loaded on demand in a chunk of its own. This module
 * is itself loaded on demand (see `index.ts`): the start page does not need it.
 */
export const loaders: LocaleLoaders = {
  steps: () => import('./parts/steps.js').then((m) => m.stepsPart),
  walkthrough: () => import('./parts/walkthrough.js').then((m) => m.walkthroughPart),
  helpdesk: () => import('./parts/helpdesk.js').then((m) => m.helpdeskPart),
  helpCentre: () => import('./parts/help-centre.js').then((m) => m.helpCentrePart),
  mails: () => import('./mails.fr.js').then((m) => ({ mails: m.mailsFr })),
  help: () => import('./help.fr.js').then((m) => m.helpFr),
  whatIfLabels: () => import('./what-if-labels.fr.js').then((m) => m.whatIfLabelsFr),
};
