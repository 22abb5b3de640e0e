import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// No `resolve.conditions` here: the coach's packages resolve to their published dist/, as in any portal.
// `npm run dev` proxies the API to the example backend (`npm run serve` in another terminal).
export default defineConfig({
  plugins: [react()],
  server: { proxy: { '/api': 'http://127.0.0.1:8787' } },
});
