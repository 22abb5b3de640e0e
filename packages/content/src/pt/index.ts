import type { Content } from '../content.types.js';
import { guidePt } from './guide.pt.js';
import { mailsPt } from './mails.pt.js';
import { ptPage } from './page.pt.js';
import { stepsPt } from './steps.pt.js';

/** Every text of the coach in European Portuguese. */
export const pt: Content = {
  ...ptPage,
  steps: stepsPt,
  guide: guidePt,
  mails: mailsPt,
};
