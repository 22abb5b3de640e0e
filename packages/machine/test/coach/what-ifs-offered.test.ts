import { describe, expect, it } from 'vitest';
import { whatIfsForJourney } from '../../src/registry/index.js';

describe('the what-ifs a journey offers', () => {
  it('"app reinstalled" is not offered on "forgot PIN", which starts in the settings of a linked app', () => {
    expect(whatIfsForJourney('forgotPin').map((w) => w.id)).not.toContain('appReinstalled');
    expect(whatIfsForJourney('signInAppPin').map((w) => w.id)).toContain('appReinstalled');
  });
});
