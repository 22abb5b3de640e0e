import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@eulogin-coach/source', 'module', 'node', 'import', 'default'] },
  ssr: { resolve: { conditions: ['@eulogin-coach/source', 'module', 'node', 'import', 'default'] } },
  test: { name: 'lifecycle', environment: 'node', include: ['test/**/*.test.ts'] },
});
