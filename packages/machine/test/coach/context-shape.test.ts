import { describe, expect, it } from 'vitest';
import { rehearse } from '../harness.js';
import { walkHappyPath } from '../happy-paths.js';

// XState copies the context with Object.assign on every assign; V8 makes such a copy a slow dictionary object once
// it has more than about 19 properties, and every later update then costs about five times as much (npm run bench).
const FAST_OBJECT_LIMIT = 16;

describe("the machine's context", () => {
  it(`keeps at most ${FAST_OBJECT_LIMIT} top-level fields, before and after a whole journey`, async () => {
    const r = await rehearse();
    expect(Object.keys(r.actor.getSnapshot().context).length).toBeLessThanOrEqual(FAST_OBJECT_LIMIT);
    await walkHappyPath(r, 'fullSetup');
    expect(Object.keys(r.actor.getSnapshot().context).length).toBeLessThanOrEqual(FAST_OBJECT_LIMIT);
  });
});
