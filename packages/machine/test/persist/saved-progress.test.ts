import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSave, encodeSave, toSavedProgress, validateProgress } from '../../src/persist/index.js';
import { MAX_SAVE_LENGTH } from '../../src/persist/limits.js';
import type { SavedProgress } from '../../src/index.js';
import { rehearse } from '../harness.js';
import { ERROR_CODES, refusedAs, saved, spoiledSaves, validSave } from './save-samples.js';

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
    r.actor.stop();
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
    first.actor.stop();
    second.actor.stop();
  });

  // A save edited by hand can name a step its journey does not pass at that position. The coach reads it the way
  // the helpdesk jump does: the step wins, and the journey and position are taken from where that step really is.
  it('resumes a save whose step is on another journey where that step is, counting progress along that journey', async () => {
    const edited: SavedProgress = { ...saved, stepId: 'eid.linked', journey: 'fullSetup', journeyIndex: 0 };
    const decoded = decodeSave(encodeSave(edited));
    expect(decoded).toEqual({ ok: true, value: edited });
    const r = await rehearse();
    await r.send({ type: 'coach.resume', progress: edited });
    expect(r.step()).toBe('eid.linked');
    expect(r.view().journey).toBe('linkEid');
    expect(r.view().progress).toMatchObject({ current: 7, total: 7, complete: true });
    // Saving again writes a consistent position.
    expect(toSavedProgress(r.actor.getSnapshot())).toMatchObject({
      stepId: 'eid.linked',
      journey: 'linkEid',
      journeyIndex: 6,
    });
    r.actor.stop();
  });

  it('resumes a save whose position does not match its step at that step on its journey, and carries on from there', async () => {
    // Position 3 of the full set-up is password.set; signIn.password comes at position 18 (step 19 of 21).
    const edited: SavedProgress = { ...saved, stepId: 'signIn.password', journey: 'fullSetup', journeyIndex: 3 };
    const r = await rehearse();
    await r.send({ type: 'coach.resume', progress: edited });
    expect(r.step()).toBe('signIn.password');
    expect(r.view().journey).toBe('fullSetup');
    expect(r.view().progress).toMatchObject({ current: 19, total: 21, complete: false });
    // The world was arranged for that position: the enrolled app can be used to sign in.
    await r.send({ type: 'user.submitSignIn', password: r.world.persona.password, method: 'appPin' });
    expect(r.step()).toBe('signIn.appPin');
    expect(r.view().progress).toMatchObject({ current: 20, total: 21 });
    r.actor.stop();
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
  ] as const)('explains %s as a typed error instead of throwing', (_label, text, code) => {
    expect(decodeSave(text)).toEqual(refusedAs(code));
  });

  // Before the fix these threw: String() of an object whose toString is not a function.
  it.each([
    ['a step that is an object with a toString', '{"v":1,"stepId":{"toString":1}}', 'unknownStep'],
    ['an array holding such an object', '[{"toString":1}]', 'malformed'],
    ['a version that is such an object', '{"v":{"toString":1,"valueOf":1}}', 'malformed'],
    ['a journey that is such an object', JSON.stringify({ ...saved, journey: { toString: 1 } }), 'invalidValue'],
    ['an address that is such an object', JSON.stringify({ ...saved, email: { toString: 1 } }), 'invalidValue'],
    ['a what-if that is such an object', JSON.stringify({ ...saved, whatIfs: [{ valueOf: 1 }] }), 'invalidValue'],
    ['a __proto__ key', `{"__proto__":{"v":1},"stepId":"signIn.email"}`, 'malformed'],
  ] as const)('refuses %s with a typed error instead of throwing', (_label, text, code) => {
    expect(decodeSave(text)).toEqual(refusedAs(code));
  });

  it('refuses an address the e-mail rule refuses when typed, such as one longer than 254 characters', () => {
    const long = `ana@${`${'a'.repeat(60)}.`.repeat(5)}org`;
    expect(decodeSave(JSON.stringify({ ...saved, email: long }))).toEqual({
      ok: false,
      error: { source: 'save', code: 'invalidValue', detail: 'email' },
    });
    expect(decodeSave(JSON.stringify({ ...saved, email: ' ana@example.org' }))).toEqual(refusedAs('invalidValue'));
  });

  it(`refuses a save longer than ${MAX_SAVE_LENGTH} characters as too large, before reading it`, () => {
    // Valid JSON of a valid save, padded: its size alone refuses it.
    const padded = `${encodeSave(saved)}${' '.repeat(MAX_SAVE_LENGTH)}`;
    expect(decodeSave(padded)).toEqual(refusedAs('tooLarge'));
    // The 400,007-character address that once resumed.
    const huge = JSON.stringify({ ...saved, email: `${'a'.repeat(400_000)}@ex.org` });
    expect(decodeSave(huge)).toEqual(refusedAs('tooLarge'));
    expect(decodeSave(encodeSave(saved).padEnd(MAX_SAVE_LENGTH))).toEqual({ ok: true, value: saved });
  });

  it('refuses an object whose getters throw or change, never throwing itself', () => {
    const throwing = {
      ...saved,
      get stepId(): string {
        throw new Error('trap');
      },
    };
    expect(validateProgress(throwing)).toEqual(refusedAs('malformed'));
    // A getter read twice could pass the check with one value and be kept with another; each field is read once.
    let reads = 0;
    const changing = {
      ...saved,
      get stepId() {
        reads++;
        return reads === 1 ? 'signIn.email' : { toString: 1 };
      },
    };
    expect(validateProgress(changing)).toEqual({ ok: true, value: { ...saved, stepId: 'signIn.email' } });
  });

  it('refuses every truncation of a valid save', () => {
    const text = encodeSave(saved);
    for (let cut = 0; cut < text.length; cut++) {
      expect(decodeSave(text.slice(0, cut)).ok).toBe(false);
    }
  });

  it('round-trips every valid save through text', () => {
    fc.assert(
      fc.property(validSave, (progress) => {
        expect(decodeSave(encodeSave(progress))).toEqual({ ok: true, value: progress });
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a valid save with any one field spoiled, naming that field', () => {
    fc.assert(
      fc.property(
        validSave.chain((progress) => fc.tuple(fc.constant(progress), spoiledSaves(progress))),
        ([progress, { patch, expected }]) => {
          expect(decodeSave(JSON.stringify({ ...progress, ...patch }))).toEqual({ ok: false, error: expected });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('answers arbitrary text or JSON with a typed error, never a throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const result = decodeSave(text);
        expect(result.ok).toBe(false);
        expect(!result.ok && result.error.source).toBe('save');
        expect(ERROR_CODES).toContain(!result.ok && result.error.code);
      }),
      { numRuns: 500 },
    );
  });
});
