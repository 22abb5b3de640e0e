// The tests a spec file declares, collected for the runner: test('name', async ({ page }) => { ... }).
const tests = [];

/** `timeout` only catches a hung test: on a busy 2-core machine the full setup alone took over 90 s. */
export function test(name, run, { timeout = 300_000 } = {}) {
  tests.push({ name, run, timeout });
}

/** Hands over (and forgets) the tests declared since the last call. */
export function takeTests() {
  return tests.splice(0, tests.length);
}
