import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy… and waitFor wait for a condition; give them room for a busy 2-core machine (a language's texts, the
// simulated world and the coach are lazy chunks that can take seconds to load there). They return as soon as the
// condition holds, so an idle run is no slower.
configure({ asyncUtilTimeout: 15_000 });

afterEach(() => {
  cleanup();
  localStorage.clear();
});
