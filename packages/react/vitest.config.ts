import { defaultClientConditions } from 'vite';
import { defineConfig } from 'vitest/config';

const conditions = ['@eulogin-coach/source', ...defaultClientConditions];

export default defineConfig({
  resolve: { conditions },
  test: {
    name: 'react',
    environment: 'jsdom',
    include: ['test/**/*.test.{ts,tsx}'],
    setupFiles: ['./test/setup.ts'],
  },
});
