import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PHONE,
  JOURNEY_IDS,
  decodeSave,
  decodeShareCode,
  encodeSave,
  encodeShareCode,
  toSavedProgress,
} from '../../src/index.js';
import type { SavedProgress } from '../../src/index.js';
import { rehearse } from '../harness.js';

const saved: SavedProgress = {
  v: 1,
  stepId: 'device.addForm',
  journey: 'fullSetup',
  journeyIndex: 10,
  whatIfs: ['mailInSpam', 'noScreenLock'],
  email: 'ana@example.org',
  phone: { ...DEFAULT_PHONE, app: 'waitingForQr', notifications: 'allowed', screenLock: false },
};

describe('saved progress', () => {
  it('round-trips through text and never contains a password or PIN', async () => {
    const r = await rehearse({ journey: 'signInAppPin' });
    await r.send({ type: 'user.submitEmail', email: r.world.persona.email });
    await r.send({ type: 'user.submitSignIn', password: r.world.persona.password, method: 'appPin' });
    const text = encodeSave(toSavedProgress(r.actor.getSnapshot()));
    expect(text).not.toContain(r.world.persona.password);
    expect(text).not.toContain(r.world.persona.pin);
    const decoded = decodeSave(text);
    expect(decoded.ok && decoded.value.stepId).toBe('signIn.appPin');
  });

  it('resumes a saved position in a new session, on the step it saved (or its resume target)', async () => {
    const first = await rehearse({ journey: 'fullSetup', whatIfs: ['mailInSpam'] });
    await first.send({ type: 'helpdesk.jumpTo', stepId: 'device.addForm' });
    const text = encodeSave(toSavedProgress(first.actor.getSnapshot()));
    const second = await rehearse();
    const decoded = decodeSave(text);
    if (!decoded.ok) throw new Error(decoded.error.code);
    await second.send({ type: 'coach.resume', progress: decoded.value });
    expect(second.step()).toBe('device.addForm');
    expect(second.view().journey).toBe('fullSetup');
    expect(second.view().activeWhatIfs).toContain('mailInSpam');
    expect(second.view().notice).toBe('resumed');
    expect(second.view().progress?.current).toBe(first.view().progress?.current);
  });

  it.each([
    ['nothing', null, 'empty'],
    ['blank text', '   ', 'empty'],
    ['not JSON', '{"v":1,', 'malformed'],
    ['an array', '[]', 'malformed'],
    ['a number', '42', 'malformed'],
    ['no version', '{"stepId":"signIn.email"}', 'malformed'],
    ['an old version', JSON.stringify({ ...saved, v: 0 }), 'unsupportedVersion'],
    ['a future version', JSON.stringify({ ...saved, v: 2 }), 'unsupportedVersion'],
    ['an unknown step', JSON.stringify({ ...saved, stepId: 'signIn.teleport' }), 'unknownStep'],
    ['an unknown journey', JSON.stringify({ ...saved, journey: 'moonLanding' }), 'invalidValue'],
    ['a position off the path', JSON.stringify({ ...saved, journeyIndex: 99 }), 'invalidValue'],
    ['a negative position', JSON.stringify({ ...saved, journeyIndex: -1 }), 'invalidValue'],
    ['a fractional position', JSON.stringify({ ...saved, journeyIndex: 1.5 }), 'invalidValue'],
    ['an unknown what-if', JSON.stringify({ ...saved, whatIfs: ['alienAbduction'] }), 'invalidValue'],
    ['a repeated what-if', JSON.stringify({ ...saved, whatIfs: ['mailInSpam', 'mailInSpam'] }), 'invalidValue'],
    ['a bad address', JSON.stringify({ ...saved, email: 'not-an-address' }), 'invalidValue'],
    ['a bad phone', JSON.stringify({ ...saved, phone: { ...saved.phone, app: 'jailbroken' } }), 'invalidValue'],
    ['no phone', JSON.stringify({ ...saved, phone: null }), 'invalidValue'],
  ])('explains %s as a typed error instead of throwing', (_label, text, code) => {
    const result = decodeSave(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(code);
  });

  it('refuses every truncation of a valid save', () => {
    const text = encodeSave(saved);
    for (let cut = 0; cut < text.length; cut++) {
      expect(decodeSave(text.slice(0, cut)).ok).toBe(false);
    }
  });

  it('never throws on arbitrary text, and accepts only well-formed saves', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const result = decodeSave(text);
        if (result.ok) expect(decodeSave(encodeSave(result.value))).toEqual(result);
      }),
      { numRuns: 500 },
    );
  });
});

describe('share codes', () => {
  it('round-trips a position (without the address) and tolerates spaces and lower case', () => {
    const code = encodeShareCode(saved);
    expect(code).toMatch(/^[0-9A-Z]+(-[0-9A-Z]+){6}$/);
    const decoded = decodeShareCode(` ${code.toLowerCase().replace(/-/g, ' - ')} `);
    expect(decoded).toEqual({ ok: true, value: { ...saved, email: null } });
  });

  it('round-trips every journey, and no journey at all', () => {
    for (const journey of [...JOURNEY_IDS, null]) {
      const position = { ...saved, journey, journeyIndex: 0, stepId: 'account.home' as const, email: null };
      expect(decodeShareCode(encodeShareCode(position)), String(journey)).toEqual({ ok: true, value: position });
    }
  });

  it('keeps reading a code made with no journey chosen as no journey, whatever journeys are added later', () => {
    // Written by version 1 at account.home with no journey: "no journey" is the number B (11), reserved for good.
    const code = '1-N-B-0-0-CG-YT';
    expect(decodeShareCode(code)).toEqual({
      ok: true,
      value: {
        v: 1,
        stepId: 'account.home',
        journey: null,
        journeyIndex: 0,
        whatIfs: [],
        email: null,
        phone: DEFAULT_PHONE,
      },
    });
  });

  it('rejects a code with one character changed (a typo or tampering)', () => {
    const code = encodeShareCode(saved);
    const chars = [...code];
    for (let i = 0; i < chars.length; i++) {
      if (chars[i] === '-') continue;
      const changed = [...chars];
      changed[i] = chars[i] === 'Z' ? 'Y' : 'Z';
      expect(decodeShareCode(changed.join('')).ok, changed.join('')).toBe(false);
    }
  });

  it.each([
    ['', 'empty'],
    ['hello', 'malformed'],
    ['1-2-3', 'malformed'],
    ['1-1K-0-B-0-5XT-Q7-EXTRA', 'malformed'],
    ['1-1K-0-B-0-5X!-Q7', 'malformed'],
  ])('explains the code %j as %s', (code, expected) => {
    const result = decodeShareCode(code);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(expected);
  });

  it('rejects every truncation of a valid code', () => {
    const code = encodeShareCode(saved);
    for (let cut = 0; cut < code.length; cut++) expect(decodeShareCode(code.slice(0, cut)).ok).toBe(false);
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        decodeShareCode(text);
      }),
      { numRuns: 1000 },
    );
  });
});
