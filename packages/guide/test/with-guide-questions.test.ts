import { describe, expect, it } from 'vitest';
import type { CoachEffects } from '@eulogin-coach/machine';
import { createGuideEffects, withGuideQuestions } from '../src/index.js';

const call = { signal: new AbortController().signal };

describe('withGuideQuestions: a portal’s effects, with guide questions for what it cannot perform', () => {
  it('calls the portal’s own effects, and asks the person for the phone-side ones it leaves out', async () => {
    const guide = createGuideEffects({ now: () => 1_000 });
    const asked: string[] = [];
    const portal: Partial<CoachEffects> = {
      lookupAccount: (input) => {
        asked.push(input.email);
        return Promise.resolve({ kind: 'unknown' });
      },
    };
    const effects = withGuideQuestions(portal, guide);

    await expect(effects.lookupAccount({ email: 'ana@example.org' }, call)).resolves.toEqual({ kind: 'unknown' });
    expect(asked).toEqual(['ana@example.org']);
    expect(guide.pending()).toBeNull();

    const scanned = effects.scanEnrolmentQr({ enrolmentId: 'e1', payload: 'otpauth://totp/x' }, call);
    expect(guide.pending()?.effect).toBe('scanEnrolmentQr');
    expect(guide.answer('ok')).toBe(true);
    await expect(scanned).resolves.toEqual({ kind: 'ok' });
  });
});
