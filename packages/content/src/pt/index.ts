import type { LocaleLoaders } from '../parts.types.js';

export { bootPt as boot } from './boot.pt.js';

/** The European Portuguese texts, part by part, each loaded on demand in a chunk of its own. */
export const parts: LocaleLoaders = {
  steps: () => import('./parts/steps.js').then((m) => m.stepsPart),
  walkthrough: () => import('./parts/walkthrough.js').then((m) => m.walkthroughPart),
  helpdesk: () => import('./parts/helpdesk.js').then((m) => m.helpdeskPart),
  helpCentre: () => import('./parts/help-centre.js').then((m) => m.helpCentrePart),
  mails: () => import('./mails.pt.js').then((m) => ({ mails: m.mailsPt })),
  page: () => import('./page.pt.js').then((m) => m.ptPage),
  help: () => import('./help.pt.js').then((m) => m.helpPt),
};
