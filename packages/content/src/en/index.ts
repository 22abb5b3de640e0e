import type { Content } from '../content.types.js';
import { guideEn } from './guide.en.js';
import { mailsEn } from './mails.en.js';
import { enPage } from './page.en.js';
import { stepsEn } from './steps.en.js';

/** Every text of the coach in English. */
export const en: Content = {
  ...enPage,
  steps: stepsEn,
  guide: guideEn,
  mails: mailsEn,
};
