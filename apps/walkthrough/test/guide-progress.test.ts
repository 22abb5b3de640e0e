import { afterEach, describe, expect, it } from 'vitest';
import { createActor, waitFor } from 'xstate';
import { createCoachLogic } from '@eulogin-coach/react';
import { toSavedProgress } from '@eulogin-coach/machine/persist';
import { createGuideEffects } from '@eulogin-coach/guide';
import {
  GUIDE_PROGRESS_KEY,
  forgetGuideProgress,
  readGuideProgress,
  writeGuideProgress,
} from '../src/guide-mode/guide-progress.js';
import { PROGRESS_KEY } from '../src/persist/local-progress.js';

afterEach(() => localStorage.clear());

describe("guide mode's saved position", () => {
  it('round-trips a position under its own key, apart from the rehearsal’s save', async () => {
    const actor = createActor(createCoachLogic(createGuideEffects().effects), { input: {} }).start();
    actor.send({ type: 'coach.chooseJourney', journey: 'signInAppPin' });
    await waitFor(actor, (s) => toSavedProgress(s).stepId === 'signIn.email');
    writeGuideProgress(actor.getSnapshot(), false);
    expect(localStorage.getItem(PROGRESS_KEY)).toBeNull();
    const read = readGuideProgress();
    expect(read.kind === 'read' && read.result.ok && read.result.value.stepId).toBe('signIn.email');
    writeGuideProgress(actor.getSnapshot(), true);
    expect(readGuideProgress()).toEqual({ kind: 'none' });
    actor.stop();
  });

  it.each([
    ['a damaged save', '{"v":1,"stepId":'],
    ['a save far too long to be one', `"${'x'.repeat(5000)}"`],
    ['a save of an unknown step', JSON.stringify({ v: 1, stepId: 'nope' })],
  ])('explains %s as an error, without a throw', (_, text) => {
    localStorage.setItem(GUIDE_PROGRESS_KEY, text);
    const read = readGuideProgress();
    expect(read.kind).toBe('read');
    expect(read.kind === 'read' && read.result.ok).toBe(false);
    forgetGuideProgress();
    expect(localStorage.getItem(GUIDE_PROGRESS_KEY)).toBeNull();
  });
});
