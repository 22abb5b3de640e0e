import type { LocaleLoaders } from '../parts.types.js';

export { bootFr as boot } from './boot.fr.js';

/** The French texts, part by part, each loaded on demand in a chunk of its own. */
export const parts: LocaleLoaders = {
  steps: () => import('./parts/steps.js').then((m) => m.stepsPart),
  walkthrough: () => import('./parts/walkthrough.js').then((m) => m.walkthroughPart),
  helpdesk: () => import('./parts/helpdesk.js').then((m) => m.helpdeskPart),
  helpCentre: () => import('./parts/help-centre.js').then((m) => m.helpCentrePart),
  mails: () => import('./mails.fr.js').then((m) => ({ mails: m.mailsFr })),
  page: () => import('./page.fr.js').then((m) => m.frPage),
  help: () => import('./help.fr.js').then((m) => m.helpFr),
};
