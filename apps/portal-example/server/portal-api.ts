// The example backend's HTTP API, on Hono: one route per coach effect, played against a simulated EU Login world
// (one per session), and the stand-in mailbox. Every body is checked (validate-body.ts) before the world sees it;
// every refusal is JSON `{ error: { code, field?, rule? } }` with a 4xx status.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { CoachConfig, EffectName } from '@eulogin-coach/machine';
import { EFFECT_NAMES } from '@eulogin-coach/machine';
import { MAX_BODY_BYTES, MAX_STRING_LENGTH, validateBody } from './validate-body.js';
import { createSessionStore } from './sessions.js';

export type ApiErrorCode = 'unknownSession' | 'unknownEffect' | 'invalidBody' | 'tooLarge' | 'effectFailed';

const SESSION_ID = /^[0-9a-f-]{36}$/;
const effectNames: ReadonlySet<string> = new Set(EFFECT_NAMES);
const isEffectName = (name: string): name is EffectName => effectNames.has(name);

/** The API on its own (no static files), so a test can call it with `app.request(...)`. */
export function createPortalApi(config: Partial<CoachConfig>) {
  const sessions = createSessionStore(config);
  const api = new Hono();

  api.post('/sessions', (c) => c.json({ sessionId: sessions.open() }, 201));

  api.use('/sessions/:id/*', async (c, next) => {
    const id = c.req.param('id');
    if (!SESSION_ID.test(id) || !sessions.get(id)) return c.json({ error: { code: 'unknownSession' } }, 404);
    await next();
  });

  api.get('/sessions/:id/mailbox', (c) => {
    const session = sessions.get(c.req.param('id'));
    const address = c.req.query('address') ?? '';
    if (!session) return c.json({ error: { code: 'unknownSession' } }, 404);
    if (address.length > MAX_STRING_LENGTH) {
      return c.json({ error: { code: 'invalidBody', field: 'address', rule: 'tooLong' } }, 400);
    }
    session.deliverNow(address);
    const mails = session.world.mailbox(address).map(({ id, kind, folder, receivedAt, token }) => ({
      id,
      kind,
      folder,
      receivedAt,
      token: token ?? null,
    }));
    return c.json({ mails });
  });

  api.post(
    '/sessions/:id/effects/:effect',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => c.json({ error: { code: 'tooLarge' } }, 413),
    }),
    async (c) => {
      const session = sessions.get(c.req.param('id'));
      const name = c.req.param('effect');
      if (!session) return c.json({ error: { code: 'unknownSession' } }, 404);
      if (!isEffectName(name)) return c.json({ error: { code: 'unknownEffect' } }, 404);
      let body: unknown;
      try {
        body = await c.req.json();
      } catch {
        return c.json({ error: { code: 'invalidBody', field: 'body', rule: 'notJson' } }, 400);
      }
      const checked = validateBody(name, body);
      if (!checked.ok) return c.json({ error: { code: 'invalidBody', ...checked.error } }, 400);
      const effect = session.world.effects[name] as (input: object) => Promise<unknown>;
      try {
        const value = await effect.call(session.world.effects, checked.value);
        return c.json({ value: value ?? null });
      } catch {
        // The simulator refuses what EU Login would refuse (an unknown enrolment, a device of another account):
        // the coach shows "unavailable" and lets the person try again.
        return c.json({ error: { code: 'effectFailed' } }, 422);
      }
    },
  );

  return api;
}
