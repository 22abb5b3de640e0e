import type { LocaleLoaders } from '../parts.types.js';

export { bootDe as boot } from './boot.de.js';

/** The German texts, part by part, each loaded on demand in a chunk of its own. */
export const parts: LocaleLoaders = {
  steps: () => import('./parts/steps.js').then((m) => m.stepsPart),
  walkthrough: () => import('./parts/walkthrough.js').then((m) => m.walkthroughPart),
  helpdesk: () => import('./parts/helpdesk.js').then((m) => m.helpdeskPart),
  helpCentre: () => import('./parts/help-centre.js').then((m) => m.helpCentrePart),
  mails: () => import('./mails.de.js').then((m) => ({ mails: m.mailsDe })),
  page: () => import('./page.de.js').then((m) => m.dePage),
  help: () => import('./help.de.js').then((m) => m.helpDe),
};
