// The tests a spec file declares, collected for the runner: test('name', async ({ page }) => { ... }).
const tests = [];

export function test(name, run, { timeout = 90_000 } = {}) {
  tests.push({ name, run, timeout });
}

/** Hands over (and forgets) the tests declared since the last call. */
export function takeTests() {
  return tests.splice(0, tests.length);
}
