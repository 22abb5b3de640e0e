import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy… and waitFor wait for a condition: room for a busy 2-core machine; an idle run returns as soon as it holds.
configure({ asyncUtilTimeout: 15_000 });

afterEach(() => cleanup());
