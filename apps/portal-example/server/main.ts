// The example backend: the portal's built page and its API on one origin.
//   node dist-server/main.js [--port 8787] [--static dist]
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { parseArgs } from 'node:util';
import { PORTAL_CONFIG } from '../src/portal-setup.js';
import { createPortalApi } from './portal-api.js';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '8787' }, static: { type: 'string', default: 'dist' } },
});
const port = Number.parseInt(values.port, 10);

const app = new Hono();
app.route('/api', createPortalApi(PORTAL_CONFIG));
app.use('/*', serveStatic({ root: values.static }));

const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, (info) => {
  console.log(`portal example on http://127.0.0.1:${info.port}/`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
